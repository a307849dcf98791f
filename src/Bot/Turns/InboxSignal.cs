namespace ChatFlow.Bot.Turns;

/// <summary>Wakes the turn workers as soon as a channel endpoint stored an inbox row in this process. Other
/// replicas' rows are found by the workers' idle poll.</summary>
public sealed class InboxSignal
{
    private readonly SemaphoreSlim signal = new(0, int.MaxValue);

    /// <summary>Says that new inbox work may be waiting. Pulses coalesce: while one is pending, more add nothing, so a
    /// burst of stored events wakes one idle worker loop, which claims them as one batch (a loop that claimed rows
    /// claims again at once without waiting for a pulse).</summary>
    public void Pulse()
    {
        if (signal.CurrentCount == 0)
        {
            signal.Release();
        }
    }

    /// <summary>Waits for a pulse or the timeout.</summary>
    /// <param name="timeout">Longest wait (the idle poll interval).</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns><c>true</c> when pulsed.</returns>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => signal.WaitAsync(timeout, cancellationToken);
}
