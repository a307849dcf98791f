namespace ChatFlow.Bot.Turns;

/// <summary>Wakes the turn workers as soon as a channel endpoint stored an inbox row in this process. Other
/// replicas' rows are found by the workers' idle poll.</summary>
public sealed class InboxSignal
{
    private readonly SemaphoreSlim signal = new(0, int.MaxValue);

    /// <summary>Says that new inbox work may be waiting.</summary>
    public void Pulse()
    {
        if (signal.CurrentCount < 64)
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
