namespace ChatFlow.Integrations.Storage;

/// <summary>Replies waiting for delivery.</summary>
public interface IOutboxStore
{
    /// <summary>Undelivered rows of a channel whose next attempt is due, oldest first.</summary>
    /// <remarks>A row waiting for a retry holds back the later rows of its (channel, conversation id), so replies stay in
    /// order; dead rows do not. Rows are not leased: with several replicas, run one delivery worker per channel or
    /// rely on idempotent delivery (Direct Line: <see cref="IDirectLineStore.AppendBotActivityAsync"/>).</remarks>
    Task<IReadOnlyList<PendingOutboxMessage>> GetDueAsync(string channel, int max, CancellationToken cancellationToken);

    /// <summary>Marks a row delivered.</summary>
    Task MarkDeliveredAsync(long outboxId, CancellationToken cancellationToken);

    /// <summary>Marks several rows delivered in one transaction (rows already delivered or dead are left as they are).</summary>
    /// <param name="outboxIds">The delivered rows.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    async Task MarkDeliveredAsync(IReadOnlyCollection<long> outboxIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outboxIds);
        foreach (var id in outboxIds)
            await MarkDeliveredAsync(id, cancellationToken);
    }

    /// <summary>Records a failed attempt: retried after <paramref name="retryAfter"/>, or dead-lettered once
    /// <paramref name="maxAttempts"/> is reached.</summary>
    /// <remarks>Increments <see cref="PendingOutboxMessage.Attempts"/>; the row becomes dead when it reaches
    /// <paramref name="maxAttempts"/>. <paramref name="error"/> is stored (first 2000 characters): never pass secrets.</remarks>
    Task MarkFailedAsync(long outboxId, string error, TimeSpan retryAfter, int maxAttempts, CancellationToken cancellationToken);
}
