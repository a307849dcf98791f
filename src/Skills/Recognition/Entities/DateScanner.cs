using System.Globalization;
using System.Text.RegularExpressions;

namespace ChatFlow.Skills.Recognition.Entities;

/// <summary>Finds calendar dates, English and Korean, relative to a day: <c>tomorrow</c>, <c>next Monday</c>,
/// <c>March 5</c>, <c>2026-03-05</c>, <c>3/5</c>, <c>내일</c>, <c>모레</c>, <c>글피</c>, <c>다음 주 금요일</c>,
/// <c>3월 5일</c>, <c>in 3 days</c>, <c>3일 후</c>, holidays by name (<c>Christmas Eve</c>, <c>추석</c>, see
/// <see cref="Holiday"/>).</summary>
/// <remarks>Weeks start on Monday. A bare weekday is its next occurrence (today included); <c>this</c>/<c>이번 주</c>
/// is the day in the current week, <c>next</c>/<c>다음 주</c> in the following week, <c>last</c>/<c>지난주</c> in the
/// previous one. A month and day without a year are in the current year, <c>the 20th</c> in the current month.
/// Leaning to the past (<see cref="DateLean.Past"/>: a slot that forbids future days, or a sentence in the past
/// tense) a bare weekday is its last occurrence (today included) and a day without a month or year that is still to
/// come is last month's or last year's; leaning to the future the other way round. A date said not to be the one
/// (<c>어제가 아니라 그제</c>, <c>어제 말고</c>, <c>not Thursday</c>, <c>instead of Thursday</c>) is left out.
/// <para>A weekday written next to a date (<c>Friday Dec 4</c>, <c>Fri 12/4</c>, <c>Dec 4 (Fri)</c>,
/// <c>Friday the 4th</c>, <c>12월 4일 금요일</c>, <c>금요일 12월 4일</c>, <c>4일 (금)</c>) is part of that date, never a
/// second one (<see cref="WithWeekdays"/>): the written date wins. The weekday only chooses what the text leaves
/// unsaid (the month of <c>Friday the 4th</c>, the year of <c>Friday Jan 8</c>); when it does not match the date as
/// written (<c>Friday Dec 5</c>, a Saturday) the date is kept as written, and the reply that shows it with its own
/// weekday (<c>Sat, Dec 5</c>) lets the user see and correct it, rather than any other day being guessed.</para>
/// <para>A bare weekday listed right after another day (<c>next Thursday and Friday</c>, <c>목요일 금요일</c>) is in
/// that day's week, on or after it (<see cref="Chained"/>).</para></remarks>
internal static partial class DateScanner
{
    /// <summary>A date in the text; <paramref name="Explicit"/> when it names a month and day or a holiday;
    /// <paramref name="Weekday"/> (0 = Monday) when it is a weekday alone, naming no week (<c>Friday</c>,
    /// <c>금요일</c>, not <c>next Friday</c> nor <c>Friday Dec 4</c>); <paramref name="Named"/> the weekday the text
    /// names for it in any form (<c>Friday</c>, <c>next Friday</c>, <c>Friday Dec 4</c>); <paramref name="Unsaid"/>
    /// what an explicit date leaves to be inferred.</summary>
    internal readonly record struct Token(
        int Index, int Length, DateOnly Date, bool Explicit, int? Weekday = null, int? Named = null, Unsaid Unsaid = Unsaid.None);

    /// <summary>What of an explicit date the text does not say, and a weekday next to it may choose.</summary>
    internal enum Unsaid
    {
        /// <summary>Nothing: <c>2026-12-04</c>, <c>the 3rd of next month</c>, a holiday.</summary>
        None,

        /// <summary>The year: <c>Dec 4</c>, <c>12/4</c>, <c>12월 4일</c>.</summary>
        Year,

        /// <summary>The month and year: <c>the 4th</c>, <c>4일 금요일</c>.</summary>
        Month,
    }

    /// <summary>Words after a date that say it is not the one meant: <c>어제가 아니라</c>, <c>목요일 아니고</c>,
    /// <c>어제 말고</c>.</summary>
    [GeneratedRegex(@"^\s?(?:이|가|은|는)?\s?(?:아니라(?!면)|아니고|말고)", RegexOptions.CultureInvariant)]
    private static partial Regex NegatedAfter();

    /// <summary>Words before a date that say it is not the one meant: <c>not Thursday</c>, <c>instead of the 20th</c>,
    /// <c>rather than Friday</c>.</summary>
    [GeneratedRegex(@"\b(?:not|instead\s+of|rather\s+than)\s+(?:on\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NegatedBefore();

    /// <summary>English weekday names and abbreviations, for a weekday next to a date.</summary>
    private const string Weekdays = "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun";

    private const string Months = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";

    [GeneratedRegex(
        @"(?<!\d)(?<iy>\d{4})\s?[-/.]\s?(?<im>\d{1,2})\s?[-/.]\s?(?<id>\d{1,2})(?!\d)\.?"
        + @"|" + HolidayNames
        + @"|(?<![\d.])(?:(?<ky>\d{4})\s*년\s*)?(?<km>\d{1,2})\s*월\s*(?<kd>\d{1,2})\s*일"
        + @"|(?<![\d/.])(?<sm>\d{1,2})/(?<sd>\d{1,2})(?:/(?<sy>\d{4}|\d{2}))?(?![\d/])"
        + @"|\b(?<mon>" + Months + @")\.?\s+(?<md>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?<my>\d{4})\b)?"
        + @"|\bthe\s+(?<od>\d{1,2})(?:st|nd|rd|th)\b(?:\s+of\s+(?:(?<odrel>next|this)\s+month\b|(?<odmon>" + Months + @")\b\.?))?"
        + @"|(?<![가-힣])(?<kmrel>다음\s?달|담달|이번\s?달|이달)\s?(?<kmd>\d{1,2})\s?일(?!\s?(?:간|동안))"
        + @"|\b(?<dd>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<dmon>" + Months + @")\b\.?(?:,?\s+(?<dy>\d{4})\b)?"
        + @"|\b(?<rel>(?:the\s+)?day\s+after\s+tomorrow|(?:the\s+)?day\s+before\s+yesterday|today|tonight|this\s+(?:morning|afternoon|evening)|earlier\s+today|tomorrow|yesterday|last\s+night)\b"
        + @"|\b(?:(?<wrel>next|this|last|coming)\s+(?:week\s+)?)?(?<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|(?<=(?:next|this|last|coming)\s+(?:week\s+)?)(?:sat|sun))\b\.?"
        + @"|\bin\s+(?<in>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?<inu>days?|weeks?)\b"
        + @"|(?<![가-힣])(?<krel>내일\s?모레|그저께|그제|오늘|내일|모레|글피|어젯(?=밤|저녁)|어제)"
        + @"|(?<![가-힣])(?:(?<kwrel>다음\s?주|담주|이번\s?주|금주|지난\s?주|저번\s?주)\s?)?(?<kwd>[월화수목금토일])요일"
        + @"|(?<![\d가-힣./\-])(?<kbd>\d{1,2})\s?일\s?\(\s?(?<kbw>[월화수목금토일])(?:요일)?\s?\)"
        + @"|(?<![\d가-힣])(?<kn>\d+)\s?(?<knu>일|주)\s?(?:후|뒤)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    /// <summary>The dates in <paramref name="text"/>, by position, without those said not to be meant.</summary>
    /// <param name="text">The text.</param>
    /// <param name="today">The user's today.</param>
    /// <param name="lean">Which way a date naming no week, month or year leans.</param>
    internal static List<Token> Find(string text, DateOnly today, DateLean lean = DateLean.Default)
    {
        var tokens = new List<Token>();
        foreach (Match m in Pattern().Matches(text))
        {
            if (Resolve(m, today, lean) is { Date: { } date } r)
            {
                tokens.Add(new Token(m.Index, m.Length, date, r.Explicit, r.Weekday, r.Named ?? r.Weekday, r.Unsaid));
            }
        }

        tokens = Chained(text, WithWeekdays(text, tokens, today, lean));
        tokens.RemoveAll(t => NegatedAfter().IsMatch(text.AsSpan(t.Index + t.Length)) || NegatedBefore().IsMatch(text.AsSpan(0, t.Index)));
        return tokens;
    }

    private readonly record struct Resolved(DateOnly? Date, bool Explicit, int? Weekday = null, int? Named = null, Unsaid Unsaid = Unsaid.None);

    private static Resolved Resolve(Match m, DateOnly today, DateLean lean)
    {
        var g = m.Groups;
        if (g["hol"].Success || g["khol"].Success)
        {
            return new(Holiday(g["hol"].Success ? g["hol"].Value : g["khol"].Value, today, lean), true);
        }

        if (g["kbd"].Success)
        {
            // "4일 (금)": the day of the month; the weekday then picks the month (WithWeekdays).
            return new(DayOfMonth(today, lean, Int(g["kbd"])), true, null, "월화수목금토일".IndexOf(g["kbw"].Value[0], StringComparison.Ordinal), Unsaid.Month);
        }

        if (g["iy"].Success)
        {
            return new(Make(Int(g["iy"]), Int(g["im"]), Int(g["id"])), true, null);
        }

        if (g["km"].Success)
        {
            return new(g["ky"].Success ? Make(Int(g["ky"]), Int(g["km"]), Int(g["kd"])) : InYear(today, lean, Int(g["km"]), Int(g["kd"])), true,
                Unsaid: g["ky"].Success ? Unsaid.None : Unsaid.Year);
        }

        if (g["sm"].Success)
        {
            return new(g["sy"].Success ? Make(Year(Int(g["sy"])), Int(g["sm"]), Int(g["sd"])) : InYear(today, lean, Int(g["sm"]), Int(g["sd"])), true,
                Unsaid: g["sy"].Success ? Unsaid.None : Unsaid.Year);
        }

        if (g["mon"].Success)
        {
            return new(g["my"].Success ? Make(Int(g["my"]), Month(g["mon"].Value), Int(g["md"])) : InYear(today, lean, Month(g["mon"].Value), Int(g["md"])), true,
                Unsaid: g["my"].Success ? Unsaid.None : Unsaid.Year);
        }

        if (g["od"].Success || g["kmd"].Success)
        {
            // "the 20th" (this month), "the 3rd of next month", "the 5th of March", "다음 달 5일".
            var next = g["odrel"].Value.Equals("next", StringComparison.OrdinalIgnoreCase) || (g["kmrel"].Success && !g["kmrel"].Value.StartsWith('이'));
            var month = next ? today.AddMonths(1) : today;
            if (g["odmon"].Success)
            {
                return new(InYear(today, lean, Month(g["odmon"].Value), Int(g["od"])), true, Unsaid: Unsaid.Year);
            }

            var day = Int(g["od"].Success ? g["od"] : g["kmd"]);
            return !g["odrel"].Success && !g["kmrel"].Success
                ? new(DayOfMonth(today, lean, day), true, Unsaid: Unsaid.Month)
                : new(Make(month.Year, month.Month, day), true);
        }

        if (g["dmon"].Success)
        {
            return new(g["dy"].Success ? Make(Int(g["dy"]), Month(g["dmon"].Value), Int(g["dd"])) : InYear(today, lean, Month(g["dmon"].Value), Int(g["dd"])), true,
                Unsaid: g["dy"].Success ? Unsaid.None : Unsaid.Year);
        }

        if (g["rel"].Success)
        {
            var rel = Regex.Replace(g["rel"].Value.ToLowerInvariant(), @"\s+", " ");
            return new(today.AddDays(rel switch
            {
                "yesterday" or "last night" => -1,
                "tomorrow" => 1,
                _ when rel.EndsWith("after tomorrow", StringComparison.Ordinal) => 2,
                _ when rel.EndsWith("before yesterday", StringComparison.Ordinal) => -2,
                _ => 0,
            }), false, null);
        }

        if (g["wd"].Success)
        {
            var day = Weekday(g["wd"].Value[..2].ToLowerInvariant());
            if (!g["wrel"].Success)
            {
                return new(OnWeekday(today, day, null, lean), false, day);
            }

            return new(OnWeekday(today, day, g["wrel"].Value.ToLowerInvariant() switch
            {
                "next" => 1,
                "this" => 0,
                "last" => -1,
                _ => null, // "coming Friday": the next one, whatever the lean
            }, DateLean.Default), false, null, day);
        }

        if (g["in"].Success)
        {
            var n = g["in"].Value.ToLowerInvariant() switch
            {
                "a" or "an" => 1,
                var w when char.IsAsciiDigit(w[0]) => int.Parse(w, CultureInfo.InvariantCulture),
                var w => (int)(NumberScanner.ParseWhole(w) ?? 0),
            };
            return new(today.AddDays(n * (g["inu"].Value.StartsWith('w') || g["inu"].Value.StartsWith('W') ? 7 : 1)), false, null);
        }

        if (g["krel"].Success)
        {
            return new(today.AddDays(g["krel"].Value.Replace(" ", "", StringComparison.Ordinal) switch
            {
                "그저께" or "그제" => -2,
                "어제" or "어젯" => -1, // 어젯밤, 어젯저녁
                "오늘" => 0,
                "내일" => 1,
                "모레" or "내일모레" => 2,
                "글피" => 3,
                _ => 0,
            }), false, null);
        }

        if (g["kwd"].Success)
        {
            var day = "월화수목금토일".IndexOf(g["kwd"].Value[0], StringComparison.Ordinal);
            int? week = g["kwrel"].Success
                ? g["kwrel"].Value.Replace(" ", "", StringComparison.Ordinal) switch
                {
                    "다음주" or "담주" => 1,
                    "이번주" or "금주" => 0,
                    _ => -1,
                }
                : null;
            return new(OnWeekday(today, day, week, lean), false, week is null ? day : null, day);
        }

        if (g["kn"].Success && int.TryParse(g["kn"].Value, CultureInfo.InvariantCulture, out var count) && count < 10_000)
        {
            return new(today.AddDays(count * (g["knu"].Value == "주" ? 7 : 1)), false, null);
        }

        return new(null, false, null);
    }

    /// <summary>Day <paramref name="day"/> of this month, or, leaning, of the month before or after when this month's
    /// is on the wrong side of today (<c>the 20th</c>).</summary>
    private static DateOnly? DayOfMonth(DateOnly today, DateLean lean, int day)
    {
        var step = lean switch
        {
            DateLean.Past when Make(today.Year, today.Month, day) is not { } d || d > today => -1,
            DateLean.Future when Make(today.Year, today.Month, day) is not { } d || d < today => 1,
            _ => 0,
        };
        var month = today.AddMonths(step);
        return Make(month.Year, month.Month, day);
    }

    /// <summary>Month <paramref name="month"/>, day <paramref name="day"/> of this year, or, leaning, of the year before
    /// or after when this year's is over a month on the wrong side of today ("Dec 28" for a spend, said on Jan 3, is
    /// last December's; "Nov 27" said on Nov 24 stays this year's, which a past-only slot then refuses, rather than
    /// becoming a date a year ago).</summary>
    private static DateOnly? InYear(DateOnly today, DateLean lean, int month, int day)
    {
        var date = Make(today.Year, month, day);
        return lean switch
        {
            DateLean.Past when date > today.AddDays(NearMiss) => Make(today.Year - 1, month, day) ?? date,
            DateLean.Future when date < today.AddDays(-NearMiss) => Make(today.Year + 1, month, day) ?? date,
            _ => date,
        };
    }

    /// <summary>Days a month and day may lie on the wrong side of today and still be this year's.</summary>
    private const int NearMiss = 30;

    /// <summary>Monday of the week containing <paramref name="day"/>.</summary>
    internal static DateOnly WeekStart(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    /// <summary>The day with Monday-based index <paramref name="weekday"/> (0 = Monday): in the week
    /// <paramref name="week"/> weeks from this one, or, when <c>null</c>, its next occurrence from today (its last
    /// occurrence when <paramref name="lean"/> is <see cref="DateLean.Past"/>), today included.</summary>
    internal static DateOnly OnWeekday(DateOnly today, int weekday, int? week, DateLean lean = DateLean.Default)
    {
        if (week is { } w)
        {
            return WeekStart(today).AddDays((7 * w) + weekday);
        }

        var todayIndex = WeekdayOf(today);
        return lean == DateLean.Past
            ? today.AddDays(-((todayIndex - weekday + 7) % 7))
            : today.AddDays((weekday - todayIndex + 7) % 7);
    }

    /// <summary>Monday-based index of <paramref name="day"/>'s weekday (0 = Monday … 6 = Sunday).</summary>
    internal static int WeekdayOf(DateOnly day) => ((int)day.DayOfWeek + 6) % 7;

    private static int Weekday(string prefix) => prefix switch
    {
        "mo" => 0, "tu" => 1, "we" => 2, "th" => 3, "fr" => 4, "sa" => 5, _ => 6,
    };

    private static int Month(string name) => name[..3].ToLowerInvariant() switch
    {
        "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
        "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, _ => 12,
    };

    private static int Int(Group g) => int.Parse(g.Value, CultureInfo.InvariantCulture);

    private static int Year(int y) => y < 100 ? 2000 + y : y;

    internal static DateOnly? Make(int year, int month, int day) =>
        year is >= 1900 and <= 2999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
}
