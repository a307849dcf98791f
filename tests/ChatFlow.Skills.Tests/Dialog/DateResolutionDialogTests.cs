using ChatFlow.Skills.Conversations;
using ChatFlow.Skills.Dialog;
using ChatFlow.Skills.Manifests;
using ChatFlow.Skills.Recognition;

namespace ChatFlow.Skills.Tests.Dialog;

/// <summary>Days in the shipped expense and time-off skills on Tuesday 24 November 2026, 10:00 in Seoul (weeks run
/// Monday 23 to Sunday 29 November, next week 30 November to 6 December): a spend on "Friday" is last Friday (the
/// expense date slot has <c>max: 0</c>), leave on "Friday" is the coming one, a weekday correcting a day stays in
/// that day's week (unless that is on the wrong side of today for the slot), and moving one end of a range with a
/// weekday stays in that range's week.</summary>
public class DateResolutionDialogTests
{
    private static readonly SkillCatalog Shipped = ShippedDialog.Catalog;
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 1, 0, 0, TimeSpan.Zero);
    private static readonly ShippedDialog Dialog = new(Now);
    private static readonly DialogEngine Engine = ShippedDialog.Engine;

    private static Turn Text(string text, string locale) => Dialog.Text(text, locale);

    private static DialogStep Run(string locale, params string[] texts) => Dialog.Run(locale, texts);

    private static string Said(DialogStep step) => ShippedDialog.Said(step);

    [Theory]
    [InlineData("en-US", "I spent $30 on a taxi on Friday", "2026-11-20")]
    [InlineData("ko-KR", "금요일에 택시비 3만원 썼어요", "2026-11-20")]
    [InlineData("en-US", "expense $30 for a taxi on Friday", "2026-11-20")]
    [InlineData("ko-KR", "금요일 택시비 3만원 경비 처리해줘", "2026-11-20")]
    [InlineData("en-US", "expense $30 for a taxi on Tuesday", "2026-11-24")]
    [InlineData("en-US", "expense $30 for a taxi on Wednesday", "2026-11-18")]
    [InlineData("en-US", "I paid $30 for a taxi on the 28th", "2026-10-28")]
    [InlineData("en-US", "expense $30 for a taxi on Dec 28", "2025-12-28")]
    [InlineData("en-US", "expense $30 for a taxi last Friday", "2026-11-20")]
    public void Handle_ExpenseOnAWeekday_IsTheLastOneNotTheNext(string locale, string text, string date)
    {
        var step = Run(locale, text);

        Assert.Equal((DialogPhase.Confirming, date), (step.State.Phase, step.State.Slots.GetValueOrDefault("date")));
    }

    [Theory]
    [InlineData("en-US", "expense $40 for lunch tomorrow")]
    [InlineData("en-US", "expense $40 for lunch next Friday")]
    [InlineData("en-US", "expense $40 for lunch on Nov 27")]
    [InlineData("ko-KR", "내일 점심 식대 2만원 청구")]
    public void Handle_ExpenseInTheFuture_IsRefusedNotSubmitted(string locale, string text)
    {
        var step = Run(locale, text);

        Assert.Equal(DialogPhase.Collecting, step.State.Phase);
        Assert.Null(step.Invocation);
    }

    [Fact]
    public void Handle_ExpenseDateAnsweredInTheFuture_SaysTodayOrEarlier()
    {
        var step = Run("en-US", "submit an expense", "$30", "tomorrow");

        Assert.Contains("today or earlier", Said(step), StringComparison.Ordinal);
        Assert.Equal("date", step.State.PendingSlot);
    }

    [Theory]
    [InlineData("en-US", "expense $40 for lunch yesterday", "no wait, the date was Friday", "2026-11-20")]
    [InlineData("en-US", "expense $40 for lunch yesterday", "actually Friday", "2026-11-20")]
    [InlineData("ko-KR", "어제 점심 식대 2만원 청구", "아니 금요일", "2026-11-20")]
    [InlineData("ko-KR", "어제 점심 식대 2만원 청구", "어제가 아니라 그제야", "2026-11-22")]
    [InlineData("en-US", "expense $40 for lunch on Nov 10", "actually Thursday", "2026-11-12")]
    [InlineData("en-US", "expense $40 for lunch last Tuesday", "actually Thursday", "2026-11-19")]
    public void Handle_ExpenseDateCorrectedToAWeekday_StaysInThePast(string locale, string first, string correction, string date)
    {
        var step = Run(locale, first, correction);

        Assert.Equal((DialogPhase.Confirming, date), (step.State.Phase, step.State.Slots.GetValueOrDefault("date")));
    }

    [Fact]
    public void Handle_ExpenseDateCorrection_SaysTheLastFriday()
    {
        var said = Said(Run("en-US", "expense $40 for lunch yesterday", "no wait, the date was Friday"));

        Assert.Contains("Nov 20", said, StringComparison.Ordinal);
        Assert.DoesNotContain("Nov 27", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US", "take Friday off as annual leave", "2026-11-27/2026-11-27")]
    [InlineData("ko-KR", "금요일에 연차 쓸게요", "2026-11-27/2026-11-27")]
    [InlineData("en-US", "I'd like to take annual leave on Friday", "2026-11-27/2026-11-27")]
    [InlineData("ko-KR", "다음주 월요일부터 수요일까지 연차", "2026-11-30/2026-12-02")]
    [InlineData("en-US", "I was off sick on Monday, sick leave please", "2026-11-23/2026-11-23")]
    public void Handle_LeaveOnAWeekday_LeansByTenseNotByBounds(string locale, string text, string dates)
    {
        var step = Run(locale, text);

        Assert.Equal(dates, step.State.Slots.GetValueOrDefault("dates"));
    }

    [Theory]
    [InlineData("ko-KR", "다음 주 화요일 연차", "아니 목요일", "2026-12-03/2026-12-03")]
    [InlineData("ko-KR", "다음 주 화요일 연차", "날짜는 목요일로 바꿔줘", "2026-12-03/2026-12-03")]
    [InlineData("en-US", "next Tuesday off, annual leave", "actually Thursday", "2026-12-03/2026-12-03")]
    [InlineData("en-US", "annual leave on Dec 10", "actually Friday", "2026-12-11/2026-12-11")]
    [InlineData("en-US", "annual leave tomorrow", "actually Friday", "2026-11-27/2026-11-27")]
    [InlineData("en-US", "annual leave on Monday", "actually Friday", "2026-12-04/2026-12-04")]
    [InlineData("ko-KR", "다음주 월요일부터 수요일까지 연차", "아니 목요일", "2026-12-03/2026-12-03")]
    [InlineData("en-US", "annual leave next Monday to Wednesday", "actually Thursday", "2026-12-03/2026-12-03")]
    [InlineData("en-US", "sick leave yesterday", "actually Friday", "2026-11-27/2026-11-27")]
    [InlineData("ko-KR", "다음 주 화요일 연차", "아니 다음 주 목요일", "2026-12-03/2026-12-03")]
    [InlineData("ko-KR", "다음 주 화요일 연차", "아니 이번 주 목요일", "2026-11-26/2026-11-26")]
    public void Handle_LeaveDayCorrectedToAWeekday_StaysInThatDaysWeek(string locale, string first, string correction, string dates)
    {
        var step = Run(locale, first, correction);

        Assert.Equal(dates, step.State.Slots.GetValueOrDefault("dates"));
    }

    [Theory]
    [InlineData("ko-KR", "다음주 월요일부터 수요일까지 휴가", "아니 화요일부터", "2026-12-01/2026-12-02")]
    [InlineData("ko-KR", "다음주 월요일부터 수요일까지 휴가", "아니 금요일까지", "2026-11-30/2026-12-04")]
    [InlineData("en-US", "annual leave from Monday to Wednesday", "actually from Tuesday", "2026-12-01/2026-12-02")]
    [InlineData("en-US", "annual leave from Monday to Wednesday", "actually until Friday", "2026-11-30/2026-12-04")]
    [InlineData("en-US", "annual leave from Thursday to Friday", "actually until Monday", "2026-11-26/2026-11-30")]
    [InlineData("ko-KR", "12월 24일부터 26일까지 연차", "아니 월요일까지", "2026-12-24/2026-12-28")]
    [InlineData("ko-KR", "다음주 월요일부터 수요일까지 휴가", "아니 다음 주 화요일부터", "2026-12-01/2026-12-02")]
    public void Handle_RangeEndMovedToAWeekday_StaysInTheRangesWeek(string locale, string first, string correction, string dates)
    {
        var step = Run(locale, first, correction);

        Assert.Equal(dates, step.State.Slots.GetValueOrDefault("dates"));
    }

    [Fact]
    public void Handle_RangeStartMoved_DoesNotSayNineDays()
    {
        var said = Said(Run("ko-KR", "다음주 월요일부터 수요일까지 휴가", "아니 화요일부터"));

        Assert.Contains("12월 1일 (화) ~ 12월 2일 (수), 2일", said, StringComparison.Ordinal);
    }
}
