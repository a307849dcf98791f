using System.Globalization;
using ChatFlow.Skills.Manifests;

namespace ChatFlow.Skills.Recognition.Entities;

/// <summary>The days a <c>date</c> or <c>daterange</c> slot accepts: its <c>validation.min</c> and <c>max</c> count
/// days from the user's today (<c>max: 0</c>: today or earlier, e.g. an expense; <c>min: 0</c>: today or later;
/// <c>min: -90</c>: not more than 90 days ago). A slot that forbids the future reads <c>Friday</c> as the last
/// Friday, one that forbids the past as the next (<see cref="DateLean"/>).</summary>
internal static class DateBounds
{
    /// <summary>Whether <paramref name="slot"/> is a date slot with a bound.</summary>
    internal static bool Bounded(SlotDefinition slot) =>
        slot.Type is SlotType.Date or SlotType.DateRange && (slot.Validation.Min is not null || slot.Validation.Max is not null);

    /// <summary>The lean <paramref name="slot"/>'s bounds give: <see cref="DateLean.Past"/> when it accepts no day
    /// after today, <see cref="DateLean.Future"/> when it accepts none before; otherwise the lean
    /// <paramref name="context"/> already has (from the user's tense).</summary>
    internal static EntityContext Lean(SlotDefinition slot, EntityContext context)
    {
        if (slot.Type is not (SlotType.Date or SlotType.DateRange))
        {
            return context;
        }

        var lean = slot.Validation.Max is <= 0 ? DateLean.Past
            : slot.Validation.Min is >= 0 ? DateLean.Future
            : context.Lean;
        return lean == context.Lean ? context : context with { Lean = lean };
    }

    /// <summary>The first and last day <paramref name="slot"/> accepts, relative to <paramref name="today"/>;
    /// <c>null</c> ends are open.</summary>
    internal static (DateOnly? Earliest, DateOnly? Latest) Of(SlotDefinition slot, DateOnly today) =>
        slot.Type is SlotType.Date or SlotType.DateRange
            ? (Day(slot.Validation.Min, today), Day(slot.Validation.Max, today))
            : (null, null);

    /// <summary>Whether the normalised value <paramref name="value"/> (<c>yyyy-MM-dd</c> or
    /// <c>yyyy-MM-dd/yyyy-MM-dd</c>) of <paramref name="slot"/> has a day outside its bounds.</summary>
    internal static bool Outside(SlotDefinition slot, string value, EntityContext context)
    {
        if (!Bounded(slot))
        {
            return false;
        }

        var (earliest, latest) = Of(slot, context.Today);
        foreach (var part in value.Split('/'))
        {
            if (DateOnly.TryParseExact(part, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                && (day < earliest || day > latest))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="day"/> lies on the side of today <paramref name="lean"/> allows (today
    /// included); always for <see cref="DateLean.Default"/>.</summary>
    internal static bool Fits(DateOnly day, DateOnly today, DateLean lean) => lean switch
    {
        DateLean.Past => day <= today,
        DateLean.Future => day >= today,
        _ => true,
    };

    /// <summary>Today moved by <paramref name="days"/>; <c>null</c> (open) for none or for more days than a calendar
    /// holds.</summary>
    private static DateOnly? Day(decimal? days, DateOnly today) =>
        days is { } d && Math.Abs(d) <= 100_000 ? today.AddDays((int)decimal.Truncate(d)) : null;
}
