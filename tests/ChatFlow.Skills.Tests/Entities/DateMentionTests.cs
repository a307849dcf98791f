using ChatFlow.Skills.Recognition.Entities;

namespace ChatFlow.Skills.Tests.Entities;

/// <summary>How a date is written: a weekday next to a date, weekdays listed together, a named week, a holiday by
/// name; on Wednesday 4 March 2026 in Seoul (weeks run Monday 2 to Sunday 8 March; 3 April 2026 is a Friday).</summary>
public class DateMentionTests
{
    private static readonly EntityContext Clock = EntityExtractorTests.Clock;

    /// <summary>Tuesday 24 November 2026, 10:00 in Seoul (4 December is a Friday, 7 December a Monday).</summary>
    private static readonly EntityContext November = new(new DateTimeOffset(2026, 11, 24, 1, 0, 0, TimeSpan.Zero), EntityContext.Seoul);

    private static string All(string text, EntityContext context) =>
        string.Join(", ", EntityExtractor.Extract(text, context).Select(e => $"{e.Kind}={e.Value}@{text.Substring(e.Index, e.Length)}"));

    [Theory]
    [InlineData("Friday Dec 4", "Date=2026-12-04@Friday Dec 4")]
    [InlineData("Fri 12/4", "Date=2026-12-04@Fri 12/4")]
    [InlineData("Friday, December 4th", "Date=2026-12-04@Friday, December 4th")]
    [InlineData("Dec 4 (Fri)", "Date=2026-12-04@Dec 4 (Fri)")]
    [InlineData("Dec 4, Friday", "Date=2026-12-04@Dec 4, Friday")]
    [InlineData("Friday the 4th", "Date=2026-12-04@Friday the 4th")]
    [InlineData("Friday 4th", "Date=2026-12-04@Friday 4th")]
    [InlineData("금요일 12월 4일", "Date=2026-12-04@금요일 12월 4일")]
    [InlineData("12월 4일 금요일", "Date=2026-12-04@12월 4일 금요일")]
    [InlineData("12월 4일 (금)", "Date=2026-12-04@12월 4일 (금)")]
    [InlineData("12/4(금)", "Date=2026-12-04@12/4(금)")]
    [InlineData("4일 금요일", "Date=2026-12-04@4일 금요일")]
    [InlineData("4일 (금)", "Date=2026-12-04@4일 (금)")]
    [InlineData("I want to take annual leave from Friday Dec 4 through Monday Dec 7", "DateRange=2026-12-04/2026-12-07@from Friday Dec 4 through Monday Dec 7")]
    [InlineData("from Fri 12/4 to Mon 12/7", "DateRange=2026-12-04/2026-12-07@from Fri 12/4 to Mon 12/7")]
    [InlineData("12월 4일 금요일부터 12월 7일 월요일까지 연차 쓸게요", "DateRange=2026-12-04/2026-12-07@12월 4일 금요일부터 12월 7일 월요일까지")]
    [InlineData("금요일 12월 4일 연차 쓸게", "Date=2026-12-04@금요일 12월 4일")]
    [InlineData("expense $25 lunch on Monday Nov 16", "Money=25.00 USD@$25, Date=2026-11-16@Monday Nov 16")]
    [InlineData("11월 16일 월요일 점심 2만5천원", "Date=2026-11-16@11월 16일 월요일, Money=25000 KRW@2만5천원")]
    [InlineData("actually Friday Dec 11", "Date=2026-12-11@Friday Dec 11")]
    [InlineData("Friday Jan 8", "Date=2027-01-08@Friday Jan 8")]
    public void Extract_WeekdayNextToADate_IsPartOfThatDate(string text, string expected)
    {
        Assert.Equal(expected, All(text, November));
    }

    [Theory]
    [InlineData("Friday Dec 5", "Date=2026-12-05@Friday Dec 5")]
    [InlineData("12월 5일 금요일", "Date=2026-12-05@12월 5일 금요일")]
    [InlineData("Monday 2026-12-04", "Date=2026-12-04@Monday 2026-12-04")]
    public void Extract_WeekdayNotMatchingTheDate_KeepsTheDateAsWritten(string text, string expected)
    {
        Assert.Equal(expected, All(text, November));
    }

    [Theory]
    [InlineData("3일 월요일부터", "Duration=P3D@3일, Date=2026-11-30@월요일")]
    [InlineData("Friday 30 dollars", "Date=2026-11-27@Friday, Money=30.00 USD@30 dollars")]
    public void Extract_NumberNextToAWeekdayThatNoDayFits_IsNotADate(string text, string expected)
    {
        Assert.Equal(expected, All(text, November));
    }

    [Theory]
    [InlineData("take annual leave next Thursday and Friday", "DateRange=2026-12-03/2026-12-04@next Thursday and Friday")]
    [InlineData("목요일 금요일 이틀이요", "DateRange=2026-11-26/2026-11-27@목요일 금요일, Duration=P2D@이틀")]
    [InlineData("Thursday and Friday", "DateRange=2026-11-26/2026-11-27@Thursday and Friday")]
    [InlineData("목, 금 연차", "DateRange=2026-11-26/2026-11-27@목, 금")]
    [InlineData("목금 쉴게요", "DateRange=2026-11-26/2026-11-27@목금")]
    [InlineData("목요일이랑 금요일", "DateRange=2026-11-26/2026-11-27@목요일이랑 금요일")]
    [InlineData("Mon, Tue and Wed", "DateRange=2026-11-30/2026-12-02@Mon, Tue and Wed")]
    [InlineData("Friday Dec 4 and Saturday", "DateRange=2026-12-04/2026-12-05@Friday Dec 4 and Saturday")]
    [InlineData("Friday and Monday", "DateRange=2026-11-27/2026-11-30@Friday and Monday")]
    [InlineData("오늘 내일 쉴게요", "DateRange=2026-11-24/2026-11-25@오늘 내일")]
    [InlineData("다음 주 목요일 금요일", "DateRange=2026-12-03/2026-12-04@다음 주 목요일 금요일")]
    public void Extract_WeekdaysListedTogether_AreOneStretch(string text, string expected)
    {
        Assert.Equal(expected, All(text, November));
    }

    [Theory]
    [InlineData("Monday and Wednesday")]
    [InlineData("take Monday and Wednesday off")]
    [InlineData("월요일, 수요일")]
    [InlineData("월요일이랑 수요일 연차")]
    [InlineData("월, 수 휴가")]
    [InlineData("다음주 월수")]
    public void Extract_DaysListedApart_AreNeitherADateNorARange(string text)
    {
        Assert.DoesNotContain(EntityExtractor.Extract(text, November), e => e.Kind is EntityKind.Date or EntityKind.DateRange);
    }

    [Theory]
    [InlineData("다음주 내내 연차 쓸래", "2026-03-09/2026-03-13")]
    [InlineData("다음 주 전부 쉴게요", "2026-03-09/2026-03-13")]
    [InlineData("all next week", "2026-03-09/2026-03-13")]
    [InlineData("the whole of next week", "2026-03-09/2026-03-13")]
    [InlineData("the entire next week", "2026-03-09/2026-03-13")]
    [InlineData("next week", "2026-03-09/2026-03-13")]
    [InlineData("this week", "2026-03-04/2026-03-06")]
    [InlineData("이번 주 내내", "2026-03-04/2026-03-06")]
    [InlineData("the rest of the week", "2026-03-04/2026-03-06")]
    [InlineData("all week", "2026-03-04/2026-03-06")]
    [InlineData("I was off sick all last week", "2026-02-23/2026-02-27")]
    [InlineData("I was sick this week", "2026-03-02/2026-03-04")]
    [InlineData("오늘부터 일주일", "2026-03-04/2026-03-10")]
    public void Extract_AWholeWeek_IsItsWorkingDays(string text, string expected)
    {
        var range = Assert.Single(EntityExtractor.Extract(text, Clock), e => e.Kind == EntityKind.DateRange);

        Assert.Equal(expected, range.Value);
    }

    [Fact]
    public void Extract_ThisWeekAtTheWeekend_IsItsMondayToFriday()
    {
        var saturday = new EntityContext(new DateTimeOffset(2026, 3, 7, 1, 0, 0, TimeSpan.Zero), EntityContext.Seoul);

        Assert.Equal("2026-03-02/2026-03-06", Assert.Single(EntityExtractor.Extract("this week", saturday)).Value);
    }

    [Theory]
    [InlineData("can I take christmas eve off? annual leave", "Date=2026-12-24@christmas eve")]
    [InlineData("Christmas Day", "Date=2026-12-25@Christmas Day")]
    [InlineData("xmas", "Date=2026-12-25@xmas")]
    [InlineData("New Year's Eve", "Date=2026-12-31@New Year's Eve")]
    [InlineData("new year's day", "Date=2027-01-01@new year's day")]
    [InlineData("크리스마스 이브에 쉬고 싶어요", "Date=2026-12-24@크리스마스 이브")]
    [InlineData("크리스마스", "Date=2026-12-25@크리스마스")]
    [InlineData("성탄절 연차", "Date=2026-12-25@성탄절")]
    [InlineData("신정", "Date=2027-01-01@신정")]
    [InlineData("새해 첫날", "Date=2027-01-01@새해 첫날")]
    [InlineData("추석", "Date=2026-09-25@추석")]
    [InlineData("설날", "Date=2027-02-07@설날")]
    [InlineData("추석 연휴", "DateRange=2026-09-24/2026-09-26@추석 연휴")]
    [InlineData("설 연휴에 쉬고 싶어요", "DateRange=2027-02-06/2027-02-08@설 연휴")]
    [InlineData("Chuseok holidays", "DateRange=2026-09-24/2026-09-26@Chuseok holidays")]
    [InlineData("christmas eve and christmas", "DateRange=2026-12-24/2026-12-25@christmas eve and christmas")]
    [InlineData("from christmas eve to new year's day", "DateRange=2026-12-24/2027-01-01@from christmas eve to new year's day")]
    public void Extract_HolidayByName_IsItsNextDay(string text, string expected)
    {
        Assert.Equal(expected, All(text, Clock));
    }

    [Theory]
    [InlineData("I took christmas off", "2025-12-25")]
    [InlineData("christmas", "2026-12-25")]
    public void Extract_HolidayLeaningToThePast_IsItsLastDay(string text, string expected)
    {
        Assert.Equal(expected, Assert.Single(EntityExtractor.Extract(text, Clock)).Value);
    }

    [Theory]
    [InlineData("설날", 2020, "2020-01-25")]
    [InlineData("추석", 2020, "2020-10-01")]
    [InlineData("설날", 2023, "2023-01-22")]
    [InlineData("추석", 2023, "2023-09-29")]
    [InlineData("설날", 2024, "2024-02-10")]
    [InlineData("추석", 2024, "2024-09-17")]
    [InlineData("설날", 2025, "2025-01-29")]
    [InlineData("추석", 2025, "2025-10-06")]
    [InlineData("설날", 2026, "2026-02-17")]
    [InlineData("추석", 2026, "2026-09-25")]
    public void Holiday_LunarHoliday_IsTheKnownDay(string name, int year, string expected)
    {
        // 2020 (leap 4th month) and 2023 (leap 2nd month) check that a leap month before the 8th is skipped.
        Assert.Equal(expected, DateScanner.Holiday(name, new DateOnly(year, 1, 1), DateLean.Default)?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Extract_SeasonWords_AreNotDates()
    {
        Assert.DoesNotContain(EntityExtractor.Extract("연말 정산 설명해 주세요", Clock), e => e.Kind is EntityKind.Date or EntityKind.DateRange);
    }
}
