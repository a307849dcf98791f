using System.Globalization;
using System.Text.RegularExpressions;

namespace ChatFlow.Skills.Recognition.Entities;

/// <summary>Finds calendar months, English and Korean, relative to a day: <c>last month</c>, <c>this month</c>,
/// <c>October</c>, <c>Oct 2026</c>, <c>2026-10</c>, <c>10/2026</c>, <c>지난달</c>, <c>이번 달</c>, <c>10월</c>,
/// <c>10월달</c>, <c>2026년 10월</c>, <c>작년 12월</c>.</summary>
/// <remarks>A month named without a year is in the current year (as a month and day are, see
/// <see cref="DateScanner"/>). The English <c>may</c> counts as a month only with a year or after
/// <c>in</c>/<c>for</c>/<c>of</c>/<c>last</c>/<c>this</c>/<c>next</c>, so "may I …" is not May. Dates are found
/// before months, so <c>10월 5일</c> and <c>2026-10-05</c> are dates.</remarks>
internal static partial class MonthScanner
{
    /// <summary>A month in the text: its first day.</summary>
    internal readonly record struct Token(int Index, int Length, DateOnly First);

    private const string Names = "january|february|march|april|june|july|august|september|october|november|december"
        + "|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec";

    [GeneratedRegex(
        @"(?<![\d.\-/])(?<iy>\d{4})\s?[-/.]\s?(?<im>\d{1,2})(?![\d]|\s?[-/.]\s?\d)"
        + @"|(?<![\d/.\-])(?<sm>\d{1,2})\s?/\s?(?<sy>\d{4})(?![\d/])"
        + @"|(?<![\d.])(?:(?:(?<ky>\d{4})\s*년|(?<kyrel>올해|금년|작년|지난해|내년|재작년))\s*)?(?<km>\d{1,2})\s*월(?:\s?달)?(?!\s*\d{1,2}\s*일|요일|[\d])"
        + @"|\b(?<rel>last|previous|past|this|current|next)\s+month\b|\bthe\s+month\s+before\s+last\b(?<beforelast>)"
        + @"|\b(?<ago>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a)\s+months?\s+ago\b"
        + @"|(?<![가-힣\d])(?<kago>\d{1,2}|한|두|세|네|다섯|여섯)\s?(?:달|개월)\s?전"
        + @"|(?<![가-힣])(?<krel>지지난\s?달|지난\s?달|저번\s?달|전\s?달|지난\s?월|이번\s?달|이달|금월|다음\s?달|담달|다다음\s?달|다음\s?월)"
        + @"|\b(?:(?<nrel>last|this|next|in|for|of)\s+)?(?<mon>" + Names + @"|may)\b\.?(?:,?\s+(?:of\s+)?(?<my>\d{4})\b)?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    /// <summary>The months in <paramref name="text"/>, resolved against <paramref name="today"/>.</summary>
    internal static List<Token> Find(string text, DateOnly today)
    {
        var tokens = new List<Token>();
        foreach (Match m in Pattern().Matches(text))
        {
            if (Resolve(m, today) is { } first)
            {
                // "for October": the span is the month itself (the preposition stays with the sentence).
                var start = m.Groups["nrel"].Success && m.Groups["nrel"].Value.ToLowerInvariant() is "in" or "for" or "of"
                    ? m.Groups["mon"].Index
                    : m.Index;
                tokens.Add(new Token(start, m.Index + m.Length - start, first));
            }
        }

        return tokens;
    }

    /// <summary>The ISO 8601 form of a month, <c>yyyy-MM</c>.</summary>
    internal static string Iso(DateOnly first) => first.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static DateOnly? Resolve(Match m, DateOnly today)
    {
        var g = m.Groups;
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        if (g["iy"].Success)
        {
            return Make(Int(g["iy"]), Int(g["im"]));
        }

        if (g["sm"].Success)
        {
            return Make(Int(g["sy"]), Int(g["sm"]));
        }

        if (g["km"].Success)
        {
            var year = g["ky"].Success ? Int(g["ky"])
                : g["kyrel"].Success ? today.Year + g["kyrel"].Value switch
                {
                    "작년" or "지난해" => -1,
                    "재작년" => -2,
                    "내년" => 1,
                    _ => 0,
                }
                : today.Year;
            return Make(year, Int(g["km"]));
        }

        if (g["rel"].Success)
        {
            return thisMonth.AddMonths(g["rel"].Value.ToLowerInvariant() switch
            {
                "last" or "previous" or "past" => -1,
                "next" => 1,
                _ => 0,
            });
        }

        if (g["beforelast"].Success)
        {
            return thisMonth.AddMonths(-2);
        }

        if ((g["ago"].Success ? g["ago"].Value : g["kago"].Success ? g["kago"].Value : null) is { } ago
            && Count(ago.ToLowerInvariant()) is > 0 and <= 24 and var back)
        {
            return thisMonth.AddMonths(-back); // "two months ago", "두 달 전", "3개월 전"
        }

        if (g["krel"].Success)
        {
            return thisMonth.AddMonths(g["krel"].Value.Replace(" ", "", StringComparison.Ordinal) switch
            {
                "지지난달" => -2,
                "지난달" or "저번달" or "전달" or "지난월" => -1,
                "다음달" or "담달" or "다음월" => 1,
                "다다음달" => 2,
                _ => 0,
            });
        }

        if (g["mon"].Success)
        {
            var name = g["mon"].Value.ToLowerInvariant();
            var rel = g["nrel"].Success ? g["nrel"].Value.ToLowerInvariant() : null;
            if (name == "may" && !g["my"].Success && rel is null)
            {
                return null;
            }

            var month = Month(name);
            if (g["my"].Success)
            {
                return Make(Int(g["my"]), month);
            }

            // "last October": the latest October before this month; "next May": the first May after it.
            return rel switch
            {
                "last" => new DateOnly(month < today.Month ? today.Year : today.Year - 1, month, 1),
                "next" => new DateOnly(month > today.Month ? today.Year : today.Year + 1, month, 1),
                _ => new DateOnly(today.Year, month, 1),
            };
        }

        return null;
    }

    private static int Count(string word) => word switch
    {
        "a" or "one" or "한" => 1, "two" or "두" => 2, "three" or "세" => 3, "four" or "네" => 4, "five" or "다섯" => 5,
        "six" or "여섯" => 6, "seven" => 7, "eight" => 8, "nine" => 9, "ten" => 10, "eleven" => 11, "twelve" => 12,
        _ => int.TryParse(word, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0,
    };

    private static int Month(string name) => name[..3] switch
    {
        "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
        "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, _ => 12,
    };

    private static int Int(Group g) => int.Parse(g.Value, CultureInfo.InvariantCulture);

    private static DateOnly? Make(int year, int month) =>
        year is >= 1900 and <= 2999 && month is >= 1 and <= 12 ? new DateOnly(year, month, 1) : null;
}
