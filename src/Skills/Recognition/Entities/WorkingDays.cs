namespace ChatFlow.Skills.Recognition.Entities;

/// <summary>Working days, Monday to Friday, as leave is counted (public holidays are not known here and count as
/// working days).</summary>
internal static class WorkingDays
{
    /// <summary>Whether <paramref name="day"/> is a Saturday or a Sunday.</summary>
    internal static bool IsWeekend(DateOnly day) => day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    /// <summary>The first working day after <paramref name="day"/>.</summary>
    internal static DateOnly After(DateOnly day)
    {
        var next = day.AddDays(1);
        while (IsWeekend(next))
        {
            next = next.AddDays(1);
        }

        return next;
    }

    /// <summary>The working days from <paramref name="start"/> to <paramref name="end"/>, both included (0 when
    /// <paramref name="end"/> is before <paramref name="start"/>).</summary>
    internal static int Between(DateOnly start, DateOnly end)
    {
        var count = 0;
        for (var day = start; day <= end; day = day.AddDays(1))
        {
            count += IsWeekend(day) ? 0 : 1;
        }

        return count;
    }
}
