using ChatFlow.Skills.Conversations;
using ChatFlow.Skills.Dialog;
using ChatFlow.Skills.Manifests;
using ChatFlow.Skills.Recognition;

namespace ChatFlow.Skills.Tests.Dialog;

/// <summary>How the shipped time-off skill counts and books days, on Wednesday 4 March 2026, 10:00 in Seoul: working
/// days (Monday to Friday) in the confirmation, a weekend-only range said to have none, and half days (morning or
/// afternoon; 반차 is annual leave) asked for, confirmed as 0.5 days and sent to the connector.</summary>
public class LeaveDaysDialogTests
{
    private static readonly SkillCatalog Shipped = ShippedDialog.Catalog;
    private static readonly DateTimeOffset Now = new(2026, 3, 4, 1, 0, 0, TimeSpan.Zero);
    private static readonly ShippedDialog Dialog = new(Now);
    private static readonly DialogEngine Shared = ShippedDialog.Engine;

    private static Turn Text(string text, string locale) => Dialog.Text(text, locale);

    private static DialogStep Run(string locale, params string[] texts) => Dialog.Run(locale, texts);

    private static IReadOnlyList<KeyValuePair<string, string>> Facts(DialogStep step) =>
        step.Replies.Single(r => r.Confirmation is not null).Confirmation!.Facts;

    private static string Said(DialogStep step) => ShippedDialog.Said(step);

    [Theory]
    [InlineData("en-US", "annual leave Mar 6 - Mar 9", "Dates", "Fri, Mar 6 – Mon, Mar 9, 2026 (2 working days)")]
    [InlineData("en-US", "annual leave from Mar 13 to Mar 24", "Dates", "Fri, Mar 13 – Tue, Mar 24, 2026 (8 working days)")]
    [InlineData("ko-KR", "3월 6일부터 3월 9일까지 연차 쓸게요", "기간", "2026년 3월 6일 (금) ~ 3월 9일 (월), 근무일 2일")]
    public void Handle_RangeOverAWeekend_ConfirmationCountsWorkingDays(string locale, string text, string label, string dates)
    {
        var step = Run(locale, text);

        Assert.Contains(new KeyValuePair<string, string>(label, dates), Facts(step));
    }

    [Theory]
    [InlineData("en-US", "I need 3 days off starting Friday, annual leave", "Dates", "Fri, Mar 6 – Tue, Mar 10, 2026 (3 working days)")]
    [InlineData("ko-KR", "금요일부터 3일 연차 쓸게요", "기간", "2026년 3월 6일 (금) ~ 3월 10일 (화), 근무일 3일")]
    [InlineData("ko-KR", "3월 16일부터 2주 동안 연차 쓸게요", "기간", "2026년 3월 16일 (월) ~ 3월 29일 (일), 근무일 10일")]
    public void Handle_DaysCountedFromADay_AreWorkingDays(string locale, string text, string label, string dates)
    {
        var step = Run(locale, text);

        Assert.Contains(new KeyValuePair<string, string>(label, dates), Facts(step));
    }

    [Theory]
    [InlineData("en-US", "annual leave Mar 9 to Mar 11", "Dates", "Mon, Mar 9 – Wed, Mar 11, 2026 (3 days)")]
    [InlineData("ko-KR", "3월 9일부터 3월 11일까지 연차 쓸게요", "기간", "2026년 3월 9일 (월) ~ 3월 11일 (수), 3일")]
    public void Handle_WeekdaysOnly_ConfirmationIsAsBefore(string locale, string text, string label, string dates)
    {
        var step = Run(locale, text);

        Assert.Contains(new KeyValuePair<string, string>(label, dates), Facts(step));
        Assert.DoesNotContain(Facts(step), f => f.Key is "Half day" or "반차");
        Assert.Equal("", Run(locale, text, locale == "ko-KR" ? "네" : "yes").Invocation!.Arguments["halfDay"]);
    }

    [Theory]
    [InlineData("en-US", "annual leave on Saturday Mar 7", "(no working days)")]
    [InlineData("ko-KR", "3월 7일 토요일 연차 쓸게요", "근무일 없음")]
    public void Handle_WeekendOnly_ConfirmationSaysItHasNoWorkingDays(string locale, string text, string expected)
    {
        var step = Run(locale, text);

        Assert.Contains(Facts(step), f => f.Value.EndsWith(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en-US", "I need a half day off tomorrow afternoon, dentist appointment", "annual", "Dates", "Thu, Mar 5, 2026 (0.5 days)", "Half day", "Afternoon", "annual")]
    [InlineData("en-US", "take tomorrow morning off as a half day", "sick", "Dates", "Thu, Mar 5, 2026 (0.5 days)", "Half day", "Morning", "sick")]
    [InlineData("ko-KR", "내일 오후 반차 쓸게요", null, "기간", "2026년 3월 5일 (목), 0.5일", "반차", "오후", "annual")]
    [InlineData("ko-KR", "모레 오전 반차 신청", null, "기간", "2026년 3월 6일 (금), 0.5일", "반차", "오전", "annual")]
    [InlineData("ko-KR", "내일 병가 오전 반차 낼게요", null, "기간", "2026년 3월 5일 (목), 0.5일", "반차", "오전", "sick")]
    public void Handle_HalfDayWithItsHalf_ConfirmsHalfADayAndSendsIt(
        string locale, string text, string? typeAnswer, string datesLabel, string dates, string halfLabel, string half, string type)
    {
        var step = typeAnswer is null ? Run(locale, text) : Run(locale, text, typeAnswer);
        var facts = Facts(step);
        var run = Run(locale, typeAnswer is null ? [text, locale == "ko-KR" ? "네" : "yes"] : [text, typeAnswer, "yes"]);

        Assert.Contains(new KeyValuePair<string, string>(datesLabel, dates), facts);
        Assert.Contains(new KeyValuePair<string, string>(halfLabel, half), facts);
        Assert.DoesNotContain(facts, f => f.Value.Contains("1 day", StringComparison.Ordinal) || f.Value.EndsWith(", 1일", StringComparison.Ordinal));
        Assert.Equal(type, run.Invocation!.Arguments["type"]);
        Assert.Equal(half is "Morning" or "오전" ? "morning" : "afternoon", run.Invocation.Arguments["halfDay"]);
    }

    [Theory]
    [InlineData("en-US", "half day off tomorrow please, annual leave", "Morning or afternoon?", "PM", "afternoon")]
    [InlineData("en-US", "I'd like a half-day on Friday, vacation", "Morning or afternoon?", "morning please", "morning")]
    [InlineData("ko-KR", "내일 반차 쓸게요", "오전 반차인가요, 오후 반차인가요?", "오후요", "afternoon")]
    [InlineData("ko-KR", "금요일 반나절 연차 낼게요", "오전 반차인가요, 오후 반차인가요?", "오전", "morning")]
    public void Handle_HalfDayWithoutItsHalf_AsksMorningOrAfternoon(string locale, string text, string question, string answer, string half)
    {
        var asked = Run(locale, text);
        var answered = Run(locale, text, answer);

        Assert.Contains(question, Said(asked), StringComparison.Ordinal);
        Assert.Equal("halfDay", asked.State.PendingSlot);
        Assert.Equal(half, answered.State.Slots["halfDay"]);
        Assert.Equal("annual", answered.State.Slots["type"]);
        Assert.Equal(DialogPhase.Confirming, answered.State.Phase);
    }

    [Theory]
    [InlineData("ko-KR", "반차 말고 연차 하루 쓸게", "annual")]
    [InlineData("en-US", "I am off sick tomorrow", "sick")]
    [InlineData("en-US", "not a half day, a full day of annual leave tomorrow", "annual")]
    public void Handle_NoHalfDaySaid_BooksWholeDays(string locale, string text, string type)
    {
        var step = Run(locale, text);

        Assert.False(step.State.Slots.ContainsKey("halfDay"));
        Assert.Equal(type, step.State.Slots["type"]);
    }

    [Theory]
    [InlineData("ko-KR", "오후 반차요", "afternoon", DialogPhase.Confirming)]
    [InlineData("ko-KR", "반차요", "반차", DialogPhase.Collecting)]
    [InlineData("en-US", "annual, afternoon only", "afternoon", DialogPhase.Confirming)]
    public void Handle_HalfDaySaidAsTheTypeOfLeave_KeepsItToo(string locale, string answer, string half, DialogPhase phase)
    {
        var step = Run(locale, locale == "ko-KR" ? "휴가 신청" : "request time off", locale == "ko-KR" ? "내일" : "tomorrow", answer);

        Assert.Equal("annual", step.State.Slots["type"]);
        Assert.Equal(half, step.State.Slots["halfDay"]);
        Assert.Equal(phase, step.State.Phase);
    }
}
