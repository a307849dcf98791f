namespace ChatFlow.Bot.Delivery;

/// <summary>The polling loop every channel's outbox delivery worker runs: deliver a batch of due rows; when the batch
/// was full, go again at once; otherwise wait for an <see cref="OutboxSignal"/> pulse (a turn of this process queued
/// replies) or the poll interval (rows written by other replicas, retries coming due). A failed pass (e.g. the store
/// is down) is logged and retried after the wait; only the stopping token ends the loop.</summary>
/// <param name="signal">Wakes the loop when replies are queued in this process.</param>
internal abstract class OutboxDeliveryLoop(OutboxSignal signal) : BackgroundService
{
    /// <summary>Rows per pass; a pass that handled this many goes again without waiting.</summary>
    protected abstract int BatchSize { get; }

    /// <summary>Longest wait between passes without a pulse.</summary>
    protected abstract TimeSpan PollInterval { get; }

    /// <summary>One pass over the due rows of this worker's channel.</summary>
    /// <param name="cancellationToken">Stops the pass.</param>
    /// <returns>How many rows the pass handled (compared with <see cref="BatchSize"/>).</returns>
    internal abstract Task<int> DeliverDueAsync(CancellationToken cancellationToken);

    /// <summary>Logs a pass that failed as a whole; the loop goes on after the wait.</summary>
    /// <param name="exception">The failure.</param>
    protected abstract void OnPassFailed(Exception exception);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var seen = signal.Version;
            var handled = 0;
            try
            {
                handled = await DeliverDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // The loop must survive a store outage; the failure is logged and retried.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                OnPassFailed(exception);
            }

            if (handled >= BatchSize)
                continue;

            try
            {
                await signal.WaitAsync(seen, PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }
}
