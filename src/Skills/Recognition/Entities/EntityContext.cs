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

    /// <summary>The time zone a client reported: an IANA or Windows id (<c>Asia/Seoul</c>, <c>America/New_York</c>)
    /// or a UTC offset (<c>+09:00</c>, <c>-05:30</c>, <c>Z</c>).</summary>
    /// <param name="idOrOffset">What the client sent; may be <c>null</c>.</param>
    /// <returns>The zone, or <c>null</c> when <paramref name="idOrOffset"/> is empty or names no zone.</returns>
    public static TimeZoneInfo? FindTimeZone(string? idOrOffset)
    {
        var text = idOrOffset?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (text is "Z" or "UTC" or "Etc/UTC")
        {
            return TimeZoneInfo.Utc;
        }

        if (text.Length == 6 && text[0] is '+' or '-' && text[3] == ':'
            && int.TryParse(text.AsSpan(1, 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var hours)
            && int.TryParse(text.AsSpan(4, 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var minutes)
            && hours <= 14 && minutes < 60)
        {
            var offset = new TimeSpan(hours, minutes, 0) * (text[0] == '-' ? -1 : 1);
            return TimeZoneInfo.CreateCustomTimeZone("UTC" + text, offset, "UTC" + text, "UTC" + text);
        }

        if (text == "Asia/Seoul")
        {
            return Seoul;
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(text);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return null;
        }
    }

    /// <summary>The calendar date of <see cref="Now"/> in <see cref="TimeZone"/>.</summary>
    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Now, TimeZone).DateTime);
}
