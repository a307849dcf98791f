namespace ChatFlow.Skills.Recognition.Entities;

/// <summary>What relative expressions (<c>tomorrow</c>, <c>다음 주 금요일</c>) are relative to: an instant and the
/// user's time zone.</summary>
/// <param name="Now">The current instant (e.g. when the turn was received).</param>
/// <param name="TimeZone">The user's time zone; "today" is <paramref name="Now"/>'s calendar date there.</param>
public sealed record EntityContext(DateTimeOffset Now, TimeZoneInfo TimeZone)
{
    private static readonly Lazy<TimeZoneInfo> SeoulZone = new(() =>
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Seoul");
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("Asia/Seoul", TimeSpan.FromHours(9), "Korea Standard Time", "KST");
        }
    });

    /// <summary>Asia/Seoul (UTC+9, no daylight saving); a fixed +9 h zone when the system has no time-zone data.</summary>
    public static TimeZoneInfo Seoul => SeoulZone.Value;

    /// <summary>The calendar date of <see cref="Now"/> in <see cref="TimeZone"/>.</summary>
    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Now, TimeZone).DateTime);
}
