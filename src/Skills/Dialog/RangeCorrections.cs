using System.Globalization;
using System.Text.RegularExpressions;
using ChatFlow.Skills.Manifests;
using ChatFlow.Skills.Recognition.Entities;

namespace ChatFlow.Skills.Dialog;

/// <summary>Moves one end of a date range already given: <c>아니 27일까지</c>, <c>actually until Friday</c>,
/// <c>make it end on the 28th</c> move the last day; <c>start on Tuesday instead</c>, <c>화요일부터</c> the first.
/// A whole new range (<c>Monday to Wednesday</c>) is not an edit: it replaces the value as usual. A weekday alone
/// stays in the week(s) already given: a range's start moves within the start's week, its end within the end's
/// week, and a day or range corrected to <c>목요일</c> / <c>actually Thursday</c> becomes the Thursday of its week
/// (<c>다음 주 화요일</c> → <c>아니 목요일</c>: next week's Thursday), unless that day is on the wrong side of today
/// for the slot (a spend "yesterday" corrected to "Friday" is last Friday).</summary>
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

    /// <summary>The value of date or date-range <paramref name="slot"/> after the correction <paramref name="text"/>,
    /// given its current value <paramref name="current"/> (<c>yyyy-MM-dd</c> or <c>yyyy-MM-dd/yyyy-MM-dd</c>): one end
    /// of a range moved, or a weekday alone placed in the week of the value corrected; <c>null</c> when the text is
    /// neither (it is then read as a new value on its own). The slot's bounds (<see cref="DateBounds"/>) decide which
    /// way a weekday leans, and a day they exclude is never chosen here.</summary>
    internal static string? Apply(SlotDefinition slot, string current, string text, EntityContext context)
    {
        context = DateBounds.Lean(slot, context);
        var value = slot.Type switch
        {
            SlotType.DateRange => Apply(current, text, context) ?? InWeekOf(current, text, context, range: true),
            SlotType.Date => InWeekOf(current, text, context, range: false),
            _ => null,
        };
        return value is not null && DateBounds.Outside(slot, value, context) ? null : value;
    }

    /// <summary>The range <paramref name="current"/> (<c>yyyy-MM-dd/yyyy-MM-dd</c>) with the end
    /// <paramref name="text"/> moves, as <c>yyyy-MM-dd/yyyy-MM-dd</c>; <c>null</c> when the text is not such an edit
    /// or the result would end before it starts. A weekday alone (<c>화요일부터</c>, <c>until Friday</c>) is that
    /// day in the week of the end it moves (an end before the start moves on a week).</summary>
    internal static string? Apply(string current, string text, EntityContext context)
    {
        if (Edge(text, context) is not { } edge || Parse(current) is not { } range)
        {
            return null;
        }

        var (isEnd, date, bareDay, weekday) = edge;
        var (start, end) = range;
        if (weekday is { } wd && date is { } said)
        {
            var lean = EntityExtractor.LeanOf(text, context);
            var moved = DateScanner.WeekStart(isEnd ? end : start).AddDays(wd);
            while (isEnd && moved < start)
            {
                moved = moved.AddDays(7);
            }

            date = DateBounds.Fits(moved, context.Today, lean) ? moved : said;
        }

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

    /// <summary>A weekday alone (<c>아니 목요일</c>, <c>actually Thursday</c>, <c>the date was Friday</c>) correcting
    /// <paramref name="current"/>: that weekday in the week of the (first) day corrected, when it fits the lean (a
    /// past-only slot never gets a day to come); else <c>null</c>, and the weekday reads as it would on its own.</summary>
    private static string? InWeekOf(string current, string text, EntityContext context, bool range)
    {
        if (Until().IsMatch(text) || From().IsMatch(text) || Weekday(text, context) is not { } wd)
        {
            return null;
        }

        var parts = current.Split('/');
        if (parts.Length != (range ? 2 : 1) || Day(parts[0]) is not { } anchor)
        {
            return null;
        }

        var day = DateScanner.WeekStart(anchor).AddDays(wd);
        if (!DateBounds.Fits(day, context.Today, EntityExtractor.LeanOf(text, context)))
        {
            return null; // "yesterday" (Monday) corrected to "Friday" for a spend: not this Friday to come, the last one
        }

        return range ? Iso(day) + "/" + Iso(day) : Iso(day);
    }

    /// <summary>The Monday-based index of the one weekday alone that is the only date in <paramref name="text"/>.</summary>
    private static int? Weekday(string text, EntityContext context)
    {
        var entities = EntityExtractor.Extract(text, context);
        if (entities.Any(e => e.Kind == EntityKind.DateRange) || entities.Count(e => e.Kind == EntityKind.Date) != 1)
        {
            return null;
        }

        var date = entities.First(e => e.Kind == EntityKind.Date);
        return DateScanner.Find(text, context.Today, EntityExtractor.LeanOf(text, context))
            .FirstOrDefault(t => t.Index == date.Index).Weekday;
    }

    private static (bool IsEnd, DateOnly? Date, int? BareDay, int? Weekday)? Edge(string text, EntityContext context)
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
            return (until, dates[0].Start, null, Weekday(text, context));
        }

        var bare = BareDay().Matches(text);
        return dates.Count == 0 && bare.Count == 1 && int.Parse(bare[0].Groups["d"].Value, CultureInfo.InvariantCulture) is >= 1 and <= 31 and var d
            ? (until, null, d, null)
            : null;
    }

    private static (DateOnly Start, DateOnly End)? Parse(string value)
    {
        var parts = value.Split('/');
        return parts.Length == 2 && Day(parts[0]) is { } start && Day(parts[1]) is { } end ? (start, end) : null;
    }

    private static DateOnly? Day(string value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
