using System.Globalization;
using System.Text.RegularExpressions;

namespace ChatFlow.Skills.Recognition.Entities;

/// <summary>Finds lengths of time: <c>3 days</c>, <c>two weeks</c>, <c>a month</c>, <c>2시간</c>, <c>3일</c>,
/// <c>사흘</c>, <c>일주일</c>, <c>한 달</c>, normalised to ISO 8601 (<c>P3D</c>, <c>P2W</c>, <c>PT2H</c>).</summary>
internal static partial class DurationScanner
{
    /// <summary>A duration in the text: <paramref name="Count"/> of <paramref name="Unit"/> (<c>Y</c>, <c>M</c>,
    /// <c>W</c>, <c>D</c>, <c>H</c>, <c>MIN</c>).</summary>
    internal readonly record struct Token(int Index, int Length, decimal Count, string Unit)
    {
        /// <summary>ISO 8601 form.</summary>
        public string Iso => Unit switch
        {
            "H" => $"PT{NumberScanner.Format(Count)}H",
            "MIN" => $"PT{NumberScanner.Format(Count)}M",
            _ => $"P{NumberScanner.Format(Count)}{Unit}",
        };

        /// <summary>Days covered from a start day (weeks × 7; months and years by the calendar), or <c>null</c> for
        /// hours and minutes. A count of days from a working day counts working days, Monday to Friday, as days off
        /// are counted (<c>3 days starting Friday</c> ends on Tuesday, 5 days); from a Saturday or Sunday, calendar
        /// days.</summary>
        public int? DaysFrom(DateOnly start) => Unit switch
        {
            "D" => WorkingSpan(start, (int)Count),
            "W" => (int)Count * 7,
            "M" => start.AddMonths((int)Count).DayNumber - start.DayNumber,
            "Y" => start.AddYears((int)Count).DayNumber - start.DayNumber,
            _ => null,
        };

        private static int WorkingSpan(DateOnly start, int count)
        {
            if (count <= 0 || WorkingDays.IsWeekend(start))
            {
                return count;
            }

            var end = start;
            for (var counted = 1; counted < count; counted++)
            {
                end = WorkingDays.After(end);
            }

            return end.DayNumber - start.DayNumber + 1;
        }
    }

    private const string EnglishCount = @"\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty";

    [GeneratedRegex(
        @"\b(?<n>" + EnglishCount + @")[\s-]?(?<u>days?|weeks?|wks?|hours?|hrs?|h|minutes?|mins?|months?|years?|yrs?)\b"
        + @"|(?:(?<![가-힣])|(?<=부터))(?<kw>하루|이틀|사흘|나흘|닷새|엿새|이레|여드레|아흐레|열흘|보름|일주일|이주일|한\s?주|한\s?달|두\s?달|세\s?달|석\s?달|네\s?달|넉\s?달|반년|한\s?시간|두\s?시간|세\s?시간|네\s?시간|반나절)"
        + @"|(?:(?<![\d.가-힣])|(?<=부터))(?<kn>\d+(?:\.\d+)?)\s?(?<ku>일(?!\s?(?:후|뒤))|주일|주(?!\s?(?:후|뒤))|시간|분|개월|달|년)(?:\s?(?:동안|간))?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    internal static List<Token> Find(string text)
    {
        var tokens = new List<Token>();
        foreach (Match m in Pattern().Matches(text))
        {
            if (Resolve(m) is { } t)
            {
                tokens.Add(new Token(m.Index, m.Length, t.Count, t.Unit));
            }
        }

        return tokens;
    }

    /// <summary>The duration starting exactly at <paramref name="index"/>, or <c>null</c>.</summary>
    internal static Token? At(string text, int index)
    {
        var m = Pattern().Match(text, index);
        return m.Success && m.Index == index && Resolve(m) is { } t ? new Token(m.Index, m.Length, t.Count, t.Unit) : null;
    }

    private static (decimal Count, string Unit)? Resolve(Match m)
    {
        var g = m.Groups;
        if (g["n"].Success)
        {
            var n = g["n"].Value.ToLowerInvariant() switch
            {
                "a" or "an" => 1m,
                var w when char.IsAsciiDigit(w[0]) => decimal.Parse(w, NumberStyles.Number, CultureInfo.InvariantCulture),
                var w => NumberScanner.ParseWhole(w) ?? 0m,
            };
            var u = g["u"].Value.ToLowerInvariant();
            var unit = u[0] switch
            {
                'd' => "D",
                'w' => "W",
                'h' => "H",
                'y' => "Y",
                _ => u.StartsWith("mo", StringComparison.Ordinal) ? "M" : "MIN",
            };
            return n > 0 ? (n, unit) : null;
        }

        if (g["kw"].Success)
        {
            return g["kw"].Value.Replace(" ", "", StringComparison.Ordinal) switch
            {
                "하루" => (1, "D"),
                "이틀" => (2, "D"),
                "사흘" => (3, "D"),
                "나흘" => (4, "D"),
                "닷새" => (5, "D"),
                "엿새" => (6, "D"),
                "이레" => (7, "D"),
                "여드레" => (8, "D"),
                "아흐레" => (9, "D"),
                "열흘" => (10, "D"),
                "보름" => (15, "D"),
                "일주일" or "한주" => (1, "W"),
                "이주일" => (2, "W"),
                "한달" => (1, "M"),
                "두달" => (2, "M"),
                "세달" or "석달" => (3, "M"),
                "네달" or "넉달" => (4, "M"),
                "반년" => (6, "M"),
                "한시간" => (1, "H"),
                "두시간" => (2, "H"),
                "세시간" => (3, "H"),
                "네시간" => (4, "H"),
                "반나절" => (4, "H"),
                _ => null,
            };
        }

        if (g["kn"].Success)
        {
            var n = decimal.Parse(g["kn"].Value, NumberStyles.Number, CultureInfo.InvariantCulture);
            var unit = g["ku"].Value switch
            {
                "일" => "D",
                "주" or "주일" => "W",
                "시간" => "H",
                "분" => "MIN",
                "년" => "Y",
                _ => "M",
            };
            return n > 0 ? (n, unit) : null;
        }

        return null;
    }
}
