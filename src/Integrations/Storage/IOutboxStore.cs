namespace ChatFlow.Integrations.Storage;

/// <summary>Replies waiting for delivery.</summary>
public interface IOutboxStore
{
    /// <summary>Undelivered rows of a channel whose next attempt is due, oldest first.</summary>
    Task<IReadOnlyList<PendingOutboxMessage>> GetDueAsync(string channel, int max, CancellationToken cancellationToken);

    /// <summary>Marks a row delivered.</summary>
    Task MarkDeliveredAsync(long outboxId, CancellationToken cancellationToken);

    /// <summary>Records a failed attempt: retried after <paramref name="retryAfter"/>, or dead-lettered once
    /// <paramref name="maxAttempts"/> is reached.</summary>
    Task MarkFailedAsync(long outboxId, string error, TimeSpan retryAfter, int maxAttempts, CancellationToken cancellationToken);
}
