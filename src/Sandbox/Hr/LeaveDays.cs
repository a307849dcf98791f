using System.Globalization;

namespace ChatFlow.Sandbox.Hr;

/// <summary>How much leave a request takes: working days are Monday to Friday; Saturdays and Sundays inside a range
/// are not counted (a range may start or end on one). Public holidays are not known here and count as working days.
/// A half day (<see cref="Morning"/> or <see cref="Afternoon"/>) is one working day and takes 0.5.</summary>
internal static class LeaveDays
{
    /// <summary>The first half of the day.</summary>
    public const string Morning = "morning";

    /// <summary>The second half of the day.</summary>
    public const string Afternoon = "afternoon";

    /// <summary>The allowed values of <c>halfDay</c>.</summary>
    public static readonly string[] HalfDays = [Morning, Afternoon];

    /// <summary>Whether <paramref name="day"/> is a working day (Monday to Friday).</summary>
    public static bool IsWorkingDay(DateOnly day) => day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    /// <summary>Working days from <paramref name="start"/> to <paramref name="end"/>, both included; 0 when
    /// <paramref name="end"/> is before <paramref name="start"/>.</summary>
    public static int WorkingDays(DateOnly start, DateOnly end)
    {
        var count = 0;
        for (var day = start; day <= end; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Days of leave taken: 0.5 for a half day, else the working days of the range.</summary>
    /// <param name="start">First day.</param>
    /// <param name="end">Last day.</param>
    /// <param name="halfDay"><see cref="Morning"/>, <see cref="Afternoon"/>, or <see langword="null"/> for whole days.</param>
    public static decimal Taken(DateOnly start, DateOnly end, string? halfDay) =>
        halfDay is null ? WorkingDays(start, end) : 0.5m;

    /// <summary>A day as people read it in an error message: <c>Sat, Dec 5, 2026</c>.</summary>
    public static string Show(DateOnly day) => day.ToString("ddd, MMM d, yyyy", CultureInfo.InvariantCulture);
}
