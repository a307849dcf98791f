using System.Globalization;
using System.Text.RegularExpressions;
using ChatFlow.Skills.Recognition.Entities;

namespace ChatFlow.Skills.Dialog;

/// <summary>Moves one end of a date range already given: <c>아니 27일까지</c>, <c>actually until Friday</c>,
/// <c>make it end on the 28th</c> move the last day; <c>start on Tuesday instead</c>, <c>화요일부터</c> the first.
/// A whole new range (<c>Monday to Wednesday</c>) is not an edit: it replaces the value as usual.</summary>
internal static partial class RangeCorrections
{
    [GeneratedRegex(@"까지|\buntil\b|\btill\b|\bthrough\b|\bthru\b|\bend(?:s|ing)?\b|^\s*to\b|^\s*(?:up\s+)?to\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Until();

    [GeneratedRegex(@"부터|\bfrom\b|\bstart(?:s|ing)?\b|\bbegin(?:s|ning)?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex From();

    /// <summary>A day of the month on its own: <c>27일</c>, <c>the 27th</c>, <c>28</c>.</summary>
    [GeneratedRegex(@"(?<![\d/.\-월])(?:the\s+)?(?<d>\d{1,2})\s*(?:일|st|nd|rd|th)?(?!\s*(?:간|동안|후|뒤|days?|weeks?|월|/|\.|-|\d))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BareDay();

    /// <summary>Whether <paramref name="text"/> moves one end of a range: it says "until" or "from" (not both) and
    /// names one day.</summary>
    internal static bool Looks(string text, EntityContext context) => Edge(text, context) is not null;

    /// <summary>The range <paramref name="current"/> (<c>yyyy-MM-dd/yyyy-MM-dd</c>) with the end
    /// <paramref name="text"/> moves, as <c>yyyy-MM-dd/yyyy-MM-dd</c>; <c>null</c> when the text is not such an edit
    /// or the result would end before it starts.</summary>
    internal static string? Apply(string current, string text, EntityContext context)
    {
        if (Edge(text, context) is not { } edge || Parse(current) is not { } range)
        {
            return null;
        }

        var (isEnd, date, bareDay) = edge;
        var (start, end) = range;

        if (bareDay is { } d)
        {
            // "27일까지" means the 27th on or after the range's first day, whatever month that is.
            var anchor = isEnd ? start : end;
            var same = DateScanner.Make(anchor.Year, anchor.Month, d);
            var next = anchor.AddMonths(1);
            date = same is { } s && (!isEnd || s >= start) ? s : DateScanner.Make(next.Year, next.Month, d);
        }

        if (date is not { } day)
        {
            return null;
        }

        if (isEnd)
        {
            // "until Jan 3" for a range from Dec 22: the January after.
            day = day < start && bareDay is null && day.AddYears(1) >= start ? day.AddYears(1) : day;
            return day >= start ? Iso(start) + "/" + Iso(day) : null;
        }

        var last = end >= day ? end : day.AddDays(end.DayNumber - start.DayNumber);
        return Iso(day) + "/" + Iso(last);
    }

    private static (bool IsEnd, DateOnly? Date, int? BareDay)? Edge(string text, EntityContext context)
    {
        var until = Until().IsMatch(text);
        if (until == From().IsMatch(text))
        {
            return null;
        }

        var entities = EntityExtractor.Extract(text, context);
        if (entities.Any(e => e.Kind == EntityKind.DateRange))
        {
            return null;
        }

        var dates = entities.Where(e => e.Kind == EntityKind.Date).ToList();
        if (dates.Count == 1)
        {
            return (until, dates[0].Start, null);
        }

        var bare = BareDay().Matches(text);
        return dates.Count == 0 && bare.Count == 1 && int.Parse(bare[0].Groups["d"].Value, CultureInfo.InvariantCulture) is >= 1 and <= 31 and var d
            ? (until, null, d)
            : null;
    }

    private static (DateOnly Start, DateOnly End)? Parse(string value)
    {
        var parts = value.Split('/');
        return parts.Length == 2
            && DateOnly.TryParseExact(parts[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
            && DateOnly.TryParseExact(parts[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end)
            ? (start, end)
            : null;
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
