using ChatFlow.Skills.Conversations;
using ChatFlow.Skills.Dialog;
using ChatFlow.Skills.Manifests;
using ChatFlow.Skills.Recognition;

using ChatFlow.Skills.Tests.Dialog;

namespace ChatFlow.Skills.Tests.Entities;

/// <summary>Dates written with their weekday, weekdays listed together, whole weeks and holidays in the shipped
/// time-off and expense skills, on Tuesday 24 November 2026, 10:00 in Seoul (4 December is a Friday, 7 December a
/// Monday; this Thursday and Friday are 26 and 27 November, next week is 30 November to 6 December).</summary>
public class DateMentionDialogTests
{
    private static readonly SkillCatalog Shipped = ShippedDialog.Catalog;
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 1, 0, 0, TimeSpan.Zero);
    private static readonly ShippedDialog Dialog = new(Now);
    private static readonly DialogEngine Engine = ShippedDialog.Engine;

    private static Turn Text(string text, string locale) => Dialog.Text(text, locale);

    private static DialogStep Run(string locale, params string[] texts) => Dialog.Run(locale, texts);

    private static string Said(DialogStep step) => ShippedDialog.Said(step);

    [Theory]
    [InlineData("en-US", "I want to take annual leave from Friday Dec 4 through Monday Dec 7", "2026-12-04/2026-12-07")]
    [InlineData("en-US", "annual leave Friday Dec 4", "2026-12-04/2026-12-04")]
    [InlineData("en-US", "annual leave from Fri 12/4 to Mon 12/7", "2026-12-04/2026-12-07")]
    [InlineData("en-US", "annual leave on Friday the 4th", "2026-12-04/2026-12-04")]
    [InlineData("ko-KR", "금요일 12월 4일 연차 쓸게", "2026-12-04/2026-12-04")]
    [InlineData("ko-KR", "12월 4일 금요일부터 12월 7일 월요일까지 연차 쓸게요", "2026-12-04/2026-12-07")]
    [InlineData("ko-KR", "12월 4일 (금) 연차 쓸게요", "2026-12-04/2026-12-04")]
    [InlineData("ko-KR", "4일 금요일 연차 쓸게요", "2026-12-04/2026-12-04")]
    public void Handle_LeaveOnADateWithItsWeekday_IsThatDate(string locale, string text, string dates)
    {
        var step = Run(locale, text);

        Assert.Equal(dates, step.State.Slots.GetValueOrDefault("dates"));
        Assert.False(step.State.Slots.TryGetValue("reason", out var reason), $"reason: {reason}");
    }

    [Theory]
    [InlineData("en-US", "expense $25 lunch on Monday Nov 16")]
    [InlineData("ko-KR", "11월 16일 월요일 점심 2만5천원 경비 청구해줘")]
    [InlineData("ko-KR", "월요일 11월 16일 점심 2만5천원 경비 청구해줘")]
    public void Handle_ExpenseOnADateWithItsWeekday_IsThatDateAndNotInTheMemo(string locale, string text)
    {
        var step = Run(locale, text);

        Assert.Equal("2026-11-16", step.State.Slots.GetValueOrDefault("date"));
        Assert.DoesNotContain("16", step.State.Slots.GetValueOrDefault("memo") ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_WeekdayNotMatchingTheDate_KeepsTheDateAndShowsItsOwnWeekday()
    {
        var step = Run("en-US", "annual leave Friday Dec 5");

        Assert.Equal((DialogPhase.Confirming, "2026-12-05/2026-12-05"), (step.State.Phase, step.State.Slots.GetValueOrDefault("dates")));
        var facts = step.Replies.Select(r => r.Confirmation).OfType<ChatFlow.Skills.Forms.ConfirmationSpec>().SelectMany(c => c.Facts);
        Assert.Contains(facts, f => f.Value.Contains("Sat, Dec 5", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en-US", "take annual leave next Thursday and Friday", "2026-12-03/2026-12-04")]
    [InlineData("en-US", "take annual leave Thursday and Friday", "2026-11-26/2026-11-27")]
    [InlineData("ko-KR", "목요일이랑 금요일 연차 쓸게요", "2026-11-26/2026-11-27")]
    [InlineData("ko-KR", "목, 금 연차 쓸게요", "2026-11-26/2026-11-27")]
    public void Handle_LeaveOnTwoWeekdays_IsBothDays(string locale, string text, string dates)
    {
        var step = Run(locale, text);

        Assert.Equal(dates, step.State.Slots.GetValueOrDefault("dates"));
        Assert.False(step.State.Slots.TryGetValue("reason", out var reason), $"reason: {reason}");
    }

    [Theory]
    [InlineData("ko-KR", "연차 쓸게요", "목요일 금요일 이틀이요", "2026-11-26/2026-11-27")]
    [InlineData("en-US", "request annual leave", "next Thursday and Friday", "2026-12-03/2026-12-04")]
    [InlineData("en-US", "request annual leave", "Thursday and Friday", "2026-11-26/2026-11-27")]
    public void Handle_TwoWeekdaysAnsweringTheDatesPrompt_AreBothDays(string locale, string first, string answer, string dates)
    {
        var step = Run(locale, first, answer);

        Assert.Equal(dates, step.State.Slots.GetValueOrDefault("dates"));
    }

    [Theory]
    [InlineData("en-US", "take annual leave Monday and Wednesday")]
    [InlineData("ko-KR", "월요일이랑 수요일 연차 쓸게요")]
    public void Handle_LeaveOnTwoDaysApart_AsksForTheDaysRatherThanBookingOne(string locale, string text)
    {
        var step = Run(locale, text);

        // The words stay as typed (the form shows them) but are no valid range: the dates are asked for.
        Assert.Equal((DialogPhase.Collecting, "dates"), (step.State.Phase, step.State.PendingSlot));
        Assert.Null(step.Invocation);
    }

    [Theory]
    [InlineData("ko-KR", "다음주 내내 연차 쓸래")]
    [InlineData("ko-KR", "다음 주 전부 연차 쓸게요")]
    [InlineData("en-US", "annual leave all next week")]
    [InlineData("en-US", "I'd like the whole of next week off, annual leave")]
    public void Handle_LeaveForAWholeWeek_IsMondayToFriday(string locale, string text)
    {
        Assert.Equal("2026-11-30/2026-12-04", Run(locale, text).State.Slots.GetValueOrDefault("dates"));
    }

    [Theory]
    [InlineData("en-US", "can I take christmas eve off? annual leave", "2026-12-24/2026-12-24")]
    [InlineData("en-US", "annual leave on new year's eve", "2026-12-31/2026-12-31")]
    [InlineData("ko-KR", "크리스마스 이브에 연차 쓸게요", "2026-12-24/2026-12-24")]
    [InlineData("ko-KR", "성탄절 연차 쓸게요", "2026-12-25/2026-12-25")]
    public void Handle_LeaveOnAHoliday_IsThatDay(string locale, string text, string dates)
    {
        Assert.Equal(dates, Run(locale, text).State.Slots.GetValueOrDefault("dates"));
    }

    [Theory]
    [InlineData("en-US", "annual leave on Dec 7", "actually Friday Dec 11", "2026-12-11/2026-12-11")]
    [InlineData("en-US", "annual leave from Dec 7 to Dec 8", "actually until Friday Dec 11", "2026-12-07/2026-12-11")]
    [InlineData("ko-KR", "12월 7일 연차 쓸게요", "아니 12월 11일 금요일", "2026-12-11/2026-12-11")]
    public void Handle_LeaveCorrectedToADateWithItsWeekday_IsThatDate(string locale, string first, string correction, string dates)
    {
        Assert.Equal(dates, Run(locale, first, correction).State.Slots.GetValueOrDefault("dates"));
    }

    [Fact]
    public void Handle_ExpenseCorrectedToADateWithItsWeekday_IsThatDate()
    {
        var step = Run("en-US", "expense $40 for lunch yesterday", "actually Monday Nov 16");

        Assert.Equal("2026-11-16", step.State.Slots.GetValueOrDefault("date"));
    }
}
