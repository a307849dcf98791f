namespace ChatFlow.Bot.Delivery;

/// <summary>Wakes delivery workers in this process as soon as a turn has queued replies; workers also poll, so a
/// pulse is a latency hint, never the only way a row gets delivered (other replicas write to the same store).</summary>
internal sealed class OutboxSignal(TimeProvider time)
{
    private readonly Lock gate = new();
    private TaskCompletionSource pulsed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long version;

    /// <summary>Counts pulses; read it before looking for work and pass it to <see cref="WaitAsync(long, TimeSpan, CancellationToken)"/>
    /// so that a pulse arriving in between is not lost.</summary>
    public long Version
    {
        get
        {
            lock (gate)
                return version;
        }
    }

    /// <summary>Call after committing outbox rows: wakes every waiting worker.</summary>
    public void Pulse()
    {
        TaskCompletionSource previous;
        lock (gate)
        {
            version++;
            previous = pulsed;
            pulsed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        previous.TrySetResult();
    }

    /// <summary>Waits for the next pulse or the timeout.</summary>
    /// <returns><c>true</c> if pulsed, <c>false</c> on timeout.</returns>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> is cancelled.</exception>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => WaitAsync(Version, timeout, cancellationToken);

    /// <summary>Returns at once if a pulse happened since <paramref name="sinceVersion"/>, else waits for one or the timeout.</summary>
    /// <returns><c>true</c> if pulsed, <c>false</c> on timeout.</returns>
    public async Task<bool> WaitAsync(long sinceVersion, TimeSpan timeout, CancellationToken cancellationToken)
    {
        Task next;
        lock (gate)
        {
            if (version != sinceVersion)
                return true;
            next = pulsed.Task;
        }

        try
        {
            await next.WaitAsync(timeout, time, cancellationToken);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }
}
