using System.Text.RegularExpressions;

namespace ChatFlow.Skills.Recognition.Entities;

/// <summary>Weekdays next to a date, and weekdays listed together.</summary>
internal static partial class DateScanner
{
    /// <summary>A weekday right before a date: <c>Friday Dec 4</c>, <c>Fri, 12/4</c>, <c>next Friday the 4th</c>,
    /// <c>금요일 12월 4일</c>, <c>(금) 12/4</c>.</summary>
    [GeneratedRegex(@"(?:\b(?:(?:next|this|coming)\s+(?:week\s+)?)?(?<en>" + Weekdays + @")\b\.?|(?<![가-힣])(?:(?:다음|담|이번)\s?주\s?)?(?<ko>[월화수목금토일])요일|\(\s?(?<ko>[월화수목금토일])(?:요일)?\s?\))\s*,?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WeekdayBefore();

    /// <summary>A weekday right after a date: <c>Dec 4 (Fri)</c>, <c>Dec 4, Friday</c>, <c>12월 4일 금요일</c>,
    /// <c>12월 4일 (금)</c>, <c>12/4 금</c>.</summary>
    [GeneratedRegex(@"\G\s*,?\s*(?:\(\s?(?:(?<en>" + Weekdays + @")\.?|(?<ko>[월화수목금토일])(?:요일)?)\s?\)|(?<en>" + Weekdays + @")\b\.?|(?<ko>[월화수목금토일])(?:요일|(?![가-힣\d])))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WeekdayAfter();

    /// <summary>A day of the month right before a weekday: <c>4일 금요일</c>, <c>4일, 금요일</c>.</summary>
    [GeneratedRegex(@"(?<![\d가-힣./\-])(?<d>\d{1,2})\s?일\s?$", RegexOptions.CultureInvariant)]
    private static partial Regex DayNumberBefore();

    /// <summary>An ordinal day of the month right after a weekday: <c>Friday 4th</c> (not <c>Friday 4th of
    /// December</c>, where the month comes after, nor a bare number: <c>Friday 30 dollars</c>).</summary>
    [GeneratedRegex(@"\G,?\s+(?<d>\d{1,2})(?:st|nd|rd|th)\b(?!\s*(?:of\s+)?(?:" + Months + @")\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayNumberAfter();

    /// <summary>What may stand between days listed together: <c>and</c>, a comma, <c>이랑</c>, <c>하고</c>, or
    /// nothing but a space (<c>목요일 금요일</c>).</summary>
    [GeneratedRegex(@"^\s*(?:,|and|&|\+|이랑|랑|하고|와|과|및|그리고|,\s*and)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex ListJoin();

    /// <summary><paramref name="tokens"/> with each explicit date joined to a weekday written right before or after it
    /// (the weekday token, if any, is consumed). The written date is kept; the weekday only picks what it leaves
    /// unsaid: the month of <c>Friday the 4th</c> (this month's or one of the next two, the first that is that
    /// weekday and not past; leaning to the past, the last one not to come), the year of <c>Friday Jan 8</c> (the
    /// following year's, or leaning to the past the previous one, when that one is the weekday and the usual one is
    /// not). A weekday that matches no such choice leaves the date as written.</summary>
    private static List<Token> WithWeekdays(string text, List<Token> tokens, DateOnly today, DateLean lean)
    {
        var result = new List<Token>(tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (!t.Explicit)
            {
                result.Add(t.Weekday is { } alone && DayOfMonthWith(text, t, alone, today, lean) is { } dated ? dated : t);
                continue;
            }

            var start = t.Index;
            var end = t.Index + t.Length;
            var named = t.Named;
            var before = WeekdayBefore().Match(text, 0, t.Index);
            if (named is null && before.Success && (result.Count == 0 || result[^1].Index + result[^1].Length <= before.Index
                || result[^1] is { Explicit: false, Named: not null }))
            {
                named = WeekdayIndex(before);
                start = before.Index;
                while (result.Count > 0 && result[^1].Index + result[^1].Length > start)
                {
                    result.RemoveAt(result.Count - 1); // the weekday token the date takes in
                }
            }
            else if (named is null && WeekdayAfter().Match(text, end) is { Success: true } after
                && !tokens.Skip(i + 1).Any(n => n.Explicit && n.Index >= after.Index + after.Length
                    && text.AsSpan(after.Index + after.Length, n.Index - after.Index - after.Length).Trim(" ,").IsEmpty))
            {
                // Not when that weekday is written right before the next date: it is that one's ("Dec 3 Friday Dec 4").
                named = WeekdayIndex(after);
                end = after.Index + after.Length;
                while (i + 1 < tokens.Count && tokens[i + 1].Index < end)
                {
                    i++; // the weekday token the date takes in
                }
            }

            var date = named is { } wd ? Fit(t, wd, today, lean) : t.Date;
            result.Add(t with { Index = start, Length = end - start, Date = date, Weekday = null, Named = named });
        }

        return result;
    }

    /// <summary>The weekday token <paramref name="t"/> with a day of the month written next to it (<c>4일 금요일</c>,
    /// <c>Friday 4th</c>) as one date: the first such day (this month's or one of the next two; leaning to the past,
    /// the last) that is that weekday; <c>null</c> when there is none (<c>3일 월요일부터</c> is then three days from
    /// Monday, not a date).</summary>
    private static Token? DayOfMonthWith(string text, Token t, int weekday, DateOnly today, DateLean lean)
    {
        var before = DayNumberBefore().Match(text, 0, t.Index);
        var after = before.Success ? Match.Empty : DayNumberAfter().Match(text, t.Index + t.Length);
        var number = before.Success ? before : after;
        if (!number.Success || !int.TryParse(number.Groups["d"].ValueSpan, out var day) || day is < 1 or > 31)
        {
            return null;
        }

        var past = lean == DateLean.Past;
        for (var k = 0; k <= 2; k++)
        {
            var month = today.AddMonths(past ? -k : k);
            if (Make(month.Year, month.Month, day) is { } d && WeekdayOf(d) == weekday && (past ? d <= today : d >= today))
            {
                var start = before.Success ? before.Index : t.Index;
                var end = before.Success ? t.Index + t.Length : after.Index + after.Length;
                return new Token(start, end - start, d, true, null, weekday, Unsaid.Month);
            }
        }

        return null;
    }

    private static int WeekdayIndex(Match m) =>
        m.Groups["en"].Success ? Weekday(m.Groups["en"].Value[..2].ToLowerInvariant()) : "월화수목금토일".IndexOf(m.Groups["ko"].Value[0], StringComparison.Ordinal);

    /// <summary>The date <paramref name="t"/> names with the weekday <paramref name="weekday"/> written next to it.</summary>
    private static DateOnly Fit(Token t, int weekday, DateOnly today, DateLean lean)
    {
        if (WeekdayOf(t.Date) == weekday)
        {
            return t.Date;
        }

        var past = lean == DateLean.Past;
        switch (t.Unsaid)
        {
            case Unsaid.Year:
                var other = t.Date.AddYears(past ? -1 : 1);
                return other.Day == t.Date.Day && WeekdayOf(other) == weekday ? other : t.Date;
            case Unsaid.Month:
                for (var k = 0; k <= 2; k++)
                {
                    var month = today.AddMonths(past ? -k : k);
                    if (Make(month.Year, month.Month, t.Date.Day) is { } d && WeekdayOf(d) == weekday && (past ? d <= today : d >= today))
                    {
                        return d;
                    }
                }

                return t.Date;
            default:
                return t.Date;
        }
    }

    /// <summary><paramref name="tokens"/> with each bare weekday listed right after another named day (<c>next
    /// Thursday and Friday</c>, <c>목요일 금요일</c>, <c>Friday Dec 4 and Saturday</c>) moved into that day's week,
    /// on or after it: the list is of days in one stretch, not each weekday's own next occurrence.</summary>
    private static List<Token> Chained(string text, List<Token> tokens)
    {
        for (var i = 1; i < tokens.Count; i++)
        {
            var (prev, t) = (tokens[i - 1], tokens[i]);
            if (t.Weekday is { } wd && (prev.Named is not null || prev.Explicit)
                && ListJoin().IsMatch(text.AsSpan(prev.Index + prev.Length, t.Index - prev.Index - prev.Length)))
            {
                var day = WeekStart(prev.Date).AddDays(wd);
                tokens[i] = t with { Date = day < prev.Date ? day.AddDays(7) : day };
            }
        }

        return tokens;
    }
}
