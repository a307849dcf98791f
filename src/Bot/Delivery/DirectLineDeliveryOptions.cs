namespace ChatFlow.Bot.Delivery;

/// <summary>Timing and retry policy of Direct Line delivery (fixed defaults; tests may override).</summary>
internal sealed class DirectLineDeliveryOptions
{
    /// <summary>Fallback poll when no pulse comes (rows written by other replicas). Default 1 s.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Rows read per batch. Default 50.</summary>
    public int BatchSize { get; set; } = 50;

    /// <summary>Attempts before a row is dead-lettered. Default 8.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>First retry delay, doubled per attempt. Default 1 s.</summary>
    public TimeSpan InitialBackoff { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest retry delay. Default 5 min.</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The delay before the next attempt after <paramref name="attempts"/> failed ones (1-based).</summary>
    public TimeSpan Backoff(int attempts)
    {
        var factor = Math.Pow(2, Math.Clamp(attempts - 1, 0, 30));
        var delay = TimeSpan.FromTicks((long)Math.Min(InitialBackoff.Ticks * factor, MaxBackoff.Ticks));
        return delay;
    }
}
