namespace ChatFlow.Skills.Recognition.Entities;

/// <summary>What relative expressions (<c>tomorrow</c>, <c>다음 주 금요일</c>) are relative to: an instant, the
/// user's time zone and which way a date that names no week, month or year leans (<see cref="Lean"/>).</summary>
/// <param name="Now">The current instant (e.g. when the turn was received).</param>
/// <param name="TimeZone">The user's time zone; "today" is <paramref name="Now"/>'s calendar date there.</param>
public sealed record EntityContext(DateTimeOffset Now, TimeZoneInfo TimeZone)
{
    /// <summary>Which way <c>Friday</c>, <c>the 20th</c> or <c>March 5</c> resolve: <see cref="DateLean.Default"/>
    /// (the next Friday, this month, this year), <see cref="DateLean.Past"/> (the latest one not after today: a spend
    /// already made) or <see cref="DateLean.Future"/> (the first one not before today). Set from a slot's bounds
    /// (<see cref="DateBounds"/>) or the tense of what the user wrote (<see cref="WithTenseOf"/>); when
    /// <see cref="DateLean.Default"/>, the tense of the text being read decides.</summary>
    public DateLean Lean { get; init; }

    /// <summary>This context leaning to the past when <paramref name="text"/> speaks of the past (<c>I spent</c>,
    /// <c>the date was</c>, <c>썼어요</c>, <c>결제했어</c>) and no lean is set yet; otherwise this context. Values taken
    /// out of the text (<c>Friday</c> from "I spent $30 on Friday") keep the tense of the sentence they came from.</summary>
    /// <param name="text">What the user wrote, or <c>null</c>.</param>
    public EntityContext WithTenseOf(string? text) =>
        Lean == DateLean.Default && text is not null && Tense.IsPast(text) ? this with { Lean = DateLean.Past } : this;

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
