using System.Diagnostics;
using ChatFlow.Bot.Delivery;
using ChatFlow.Integrations.Storage;
using Microsoft.Extensions.Options;

namespace ChatFlow.Bot.Turns;

/// <summary>Claims inbox rows in batches and runs them through the <see cref="TurnProcessor"/>: several loops per
/// process, in order per conversation (the store gives a batch at most one row per conversation and none whose
/// conversation has an earlier unfinished row), each claim under a lease so a crashed worker's rows are taken over by
/// another after <see cref="TurnWorkerOptions.Lease"/>.</summary>
/// <remarks>Two sources of rows: the <see cref="LocalTurnQueue"/> (rows this process claimed when it stored them, or
/// when a commit claimed a conversation's next row: the common path, no claim query) and the claim query (rows of other
/// replicas, rows released for a retry, rows whose lease expired after a crash), run when
/// <see cref="InboxSignal"/> is pulsed or every <see cref="TurnWorkerOptions.IdlePollInterval"/>.</remarks>
/// <remarks>Per batch: one claim statement, one read of the batch's conversation states, the turns processed
/// concurrently (each in its own DI scope, at most <see cref="TurnWorkerOptions.TurnParallelism"/> at a time), then one transaction that commits every turn's state, replies and inbox
/// completion (<see cref="IInboxStore.CommitBatchAsync(IReadOnlyList{TurnCommit}, TimeSpan, CancellationToken)"/>); a turn whose commit is lost (claim taken over, state
/// changed) does not hold back the others and is released to run again. A failing turn is released with backoff, or
/// dead-lettered after <see cref="TurnWorkerOptions.MaxAttempts"/>.</remarks>
internal sealed class TurnWorker(
    IInboxStore inbox,
    IConversationStateStore states,
    IServiceScopeFactory scopes,
    InboxSignal signal,
    LocalTurnQueue local,
    OutboxSignal outboxSignal,
    IOptions<TurnWorkerOptions> options,
    ILogger<TurnWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var loops = Enumerable.Range(0, options.Value.Concurrency)
            .SelectMany(_ => new[] { LoopAsync(ClaimedStepAsync, stoppingToken), LoopAsync(LocalStepAsync, stoppingToken) });
        try
        {
            await Task.WhenAll(loops);
        }
        finally
        {
            await ReleaseQueuedAsync();
        }
    }

    /// <summary>Repeats <paramref name="step"/> until the host stops; a failed step is logged and followed by a pause of
    /// <see cref="TurnWorkerOptions.IdlePollInterval"/> (the loop must survive a store outage; the rows' leases bring
    /// them back).</summary>
    private async Task LoopAsync(Func<TurnWorkerOptions, CancellationToken, Task> step, CancellationToken stoppingToken)
    {
        var settings = options.Value;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await step(settings, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // See the summary.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                TurnLog.BatchFailed(logger, exception);
                try
                {
                    // A plain delay: waiting on the inbox signal would let this loop take a pulse meant for a
                    // claim loop (pulses coalesce).
                    await Task.Delay(settings.IdlePollInterval, stoppingToken);
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    return;
                }
            }
        }
    }

    /// <summary>Runs what waits in the <see cref="LocalTurnQueue"/> (rows this process claimed itself) as one batch.</summary>
    private async Task LocalStepAsync(TurnWorkerOptions settings, CancellationToken stoppingToken)
    {
        await local.WaitAsync(stoppingToken);
        var batch = local.Take(settings.ClaimBatchSize);
        if (batch.Count > 0)
            await RunBatchAsync(batch, settings, stoppingToken);
    }

    /// <summary>Claims a batch with the claim query and runs it, or waits for a pulse or the idle poll when there is none.</summary>
    private async Task ClaimedStepAsync(TurnWorkerOptions settings, CancellationToken stoppingToken)
    {
        var claimed = await inbox.ClaimBatchAsync(settings.Lease, settings.ClaimBatchSize, stoppingToken);
        if (claimed.Count == 0)
            await signal.WaitAsync(settings.IdlePollInterval, stoppingToken);
        else
            await RunBatchAsync(claimed, settings, stoppingToken);
    }

    /// <summary>On shutdown, gives back the claimed rows no loop started, so a restarted host runs them at once
    /// instead of after their lease.</summary>
    private async Task ReleaseQueuedAsync()
    {
        foreach (var row in local.Take(int.MaxValue))
        {
            try
            {
                // Not a failure: int.MaxValue keeps a row given back at shutdown from being dead-lettered.
                await inbox.ReleaseAsync(row.Id, row.ClaimToken, "host stopped", TimeSpan.Zero, int.MaxValue, CancellationToken.None);
            }
#pragma warning disable CA1031 // Best effort: the lease brings the row back anyway.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                TurnLog.BatchFailed(logger, exception);
                return;
            }
        }
    }

    private async Task RunBatchAsync(IReadOnlyList<ClaimedInboxItem> claimed, TurnWorkerOptions settings, CancellationToken stoppingToken)
    {
        var started = Stopwatch.GetTimestamp();
        var keys = new string[claimed.Count];
        for (var i = 0; i < keys.Length; i++)
            keys[i] = claimed[i].Item.ConversationKey;
        var stored = await states.GetManyAsync(keys, stoppingToken);

        // Turns of a batch are independent (distinct conversations); at most TurnParallelism run at once, which also
        // bounds the concurrent calls to connectors.
        // A free slot is taken synchronously, so a turn starts inline, without a thread-pool hop.
        using var slots = new SemaphoreSlim(settings.TurnParallelism);
        var prepared = await Task.WhenAll(claimed.Select(async row =>
        {
            await slots.WaitAsync(stoppingToken);
            try
            {
                return await PrepareAsync(row, stored.GetValueOrDefault(row.Item.ConversationKey), settings, stoppingToken);
            }
            finally
            {
                slots.Release();
            }
        }));
        var ready = new List<(ClaimedInboxItem Row, TurnCommit Commit)>(prepared.Length);
        for (var i = 0; i < prepared.Length; i++)
        {
            if (prepared[i] is { } commit)
                ready.Add((claimed[i], commit));
        }

        if (ready.Count == 0)
            return;

        var result = await inbox.CommitBatchAsync(ready.Select(r => r.Commit).ToList(), settings.Lease, stoppingToken);
        foreach (var next in result.Next)
            local.Post(next);
        var committed = result.Committed;
        var elapsedMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var anyCommitted = false;
        for (var i = 0; i < ready.Count; i++)
        {
            var row = ready[i].Row;
            if (committed[i])
            {
                anyCommitted = true;
                TurnLog.TurnProcessed(logger, row.Item.EventId, row.Item.Channel, elapsedMs);
                continue;
            }

            // Claim taken over (the release below then changes nothing) or state changed: run it again on fresh state.
            TurnLog.CommitLost(logger, row.Item.EventId);
            await inbox.ReleaseAsync(row.Id, row.ClaimToken, "commit lost", TimeSpan.Zero, settings.MaxAttempts, stoppingToken);
        }

        if (anyCommitted)
            outboxSignal.Pulse();
    }

    /// <summary>One turn in its own scope; a failure releases its row and yields <c>null</c>.</summary>
    private async Task<TurnCommit?> PrepareAsync(ClaimedInboxItem claimed, ConversationStateRecord? record, TurnWorkerOptions settings,
        CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<TurnProcessor>().PrepareAsync(claimed, record, stoppingToken);
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            TurnLog.TurnFailed(logger, ex, claimed.Item.EventId, claimed.Attempts);
            var backoff = TimeSpan.FromMilliseconds(Math.Min(30_000, 500 * Math.Pow(2, claimed.Attempts - 1)));
            await inbox.ReleaseAsync(claimed.Id, claimed.ClaimToken, ex.GetType().Name, backoff, settings.MaxAttempts, stoppingToken);
            return null;
        }
    }
}
