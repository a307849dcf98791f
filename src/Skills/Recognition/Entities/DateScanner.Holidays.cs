using System.Globalization;
using System.Text.RegularExpressions;

namespace ChatFlow.Skills.Recognition.Entities;

/// <summary>Holidays by name.</summary>
internal static partial class DateScanner
{
    /// <summary>Holiday names the pattern knows, English (<c>hol</c>) and Korean (<c>khol</c>). <c>설</c> alone only
    /// before <c>연휴</c> or <c>당일</c> (it is also a prefix of many words); <c>연말</c> (the end of the year) and
    /// <c>새해</c> (the new year) name seasons, not days, and are not here.</summary>
    private const string HolidayNames =
        @"\b(?<hol>lunar\s+new\s+year(?:['’]?s)?(?:\s+day)?|seollal|chuseok|christmas\s+eve|x-?mas\s+eve|christmas(?:\s+day)?|x-?mas(?:\s+day)?"
        + @"|new\s+year(?:['’]?s)?\s+(?:eve|day)|new\s+year['’]s)\b"
        + @"|(?<![가-힣])(?<khol>크리스마스\s?이브|크리스마스|성탄절|성탄일|신정|새해\s?첫\s?날|설날|구정|설(?=\s?(?:연휴|당일))|추석|한가위)";

    /// <summary>Month and day of holidays on a fixed day of the solar calendar, by name without spaces or
    /// apostrophes.</summary>
    private static readonly (string Prefix, int Month, int Day)[] Fixed =
    [
        ("christmaseve", 12, 24), ("xmaseve", 12, 24), ("크리스마스이브", 12, 24),
        ("christmas", 12, 25), ("xmas", 12, 25), ("크리스마스", 12, 25), ("성탄", 12, 25),
        ("newyearseve", 12, 31), ("newyeareve", 12, 31),
        ("newyear", 1, 1), ("신정", 1, 1), ("새해", 1, 1),
    ];

    /// <summary>The day the holiday <paramref name="name"/> falls on: this year's, or next year's once this year's has
    /// passed (last year's, leaning to the past, while this year's is still to come). Christmas Eve and Day, New
    /// Year's Eve and Day (크리스마스 이브, 크리스마스, 성탄절, 신정, 새해 첫날) are fixed; 설날 (Lunar New Year, lunar
    /// 1/1) and 추석 (Chuseok, lunar 8/15) come from .NET's <see cref="KoreanLunisolarCalendar"/> table (years 918 to
    /// 2050; outside it there is no date). The day itself only: the three-day breaks (<c>설 연휴</c>, <c>추석
    /// 연휴</c>) are ranges, see <see cref="HolidayBreak"/>; substitute holidays are not counted.</summary>
    /// <returns>The day, or <c>null</c> for a name that is not a holiday or a year outside the table.</returns>
    internal static DateOnly? Holiday(string name, DateOnly today, DateLean lean)
    {
        var key = Regex.Replace(name.ToLowerInvariant(), @"[\s'’\-]", "");
        Func<int, DateOnly?>? inYear = key switch
        {
            _ when key.StartsWith("lunarnewyear", StringComparison.Ordinal) || key is "seollal" or "설날" or "구정" or "설" => y => Lunar(y, 1, 1),
            "chuseok" or "추석" or "한가위" => y => Lunar(y, 8, 15),
            _ => Fixed.FirstOrDefault(f => key.StartsWith(f.Prefix, StringComparison.Ordinal)) is { Prefix: not null } f
                ? y => Make(y, f.Month, f.Day)
                : null,
        };
        if (inYear?.Invoke(today.Year) is not { } day)
        {
            return null;
        }

        return lean switch
        {
            DateLean.Past when day > today => inYear(today.Year - 1),
            not DateLean.Past when day < today => inYear(today.Year + 1),
            _ => day,
        };
    }

    /// <summary>A holiday break: <c>설 연휴</c>, <c>추석 연휴</c>, <c>Chuseok holidays</c>, <c>Lunar New Year
    /// holiday</c>: the day before the holiday, the day, and the day after.</summary>
    /// <returns>The first and last day, or <c>null</c> when <paramref name="holiday"/> is not a three-day one.</returns>
    internal static (DateOnly First, DateOnly Last)? HolidayBreak(string holiday, DateOnly today, DateLean lean)
    {
        var key = Regex.Replace(holiday.ToLowerInvariant(), @"[\s'’\-]", "");
        if (!(key.StartsWith("lunarnewyear", StringComparison.Ordinal) || key is "seollal" or "설날" or "구정" or "설" or "chuseok" or "추석" or "한가위")
            || Holiday(holiday, today, lean) is not { } day)
        {
            return null;
        }

        return (day.AddDays(-1), day.AddDays(1));
    }

    /// <summary>The solar day of lunar month <paramref name="month"/>, day <paramref name="day"/> of lunar year
    /// <paramref name="year"/> (not a leap month), or <c>null</c> outside the calendar's table.</summary>
    internal static DateOnly? Lunar(int year, int month, int day)
    {
        var calendar = new KoreanLunisolarCalendar();
        if (year <= calendar.MinSupportedDateTime.Year || year >= calendar.MaxSupportedDateTime.Year)
        {
            return null;
        }

        // GetLeapMonth is the index of the leap month (윤달) in the year: a leap month at or before the month asked
        // for pushes that month one index on.
        var leap = calendar.GetLeapMonth(year);
        var index = month + (leap > 0 && leap <= month ? 1 : 0);
        return DateOnly.FromDateTime(calendar.ToDateTime(year, index, day, 0, 0, 0, 0));
    }
}
