namespace ChatFlow.Integrations.Storage;

/// <summary>What <see cref="IInboxStore.EnqueueAsync(InboxItem, TimeSpan, CancellationToken)"/> did with an event.</summary>
/// <param name="Stored"><c>true</c> if the row was written now; <c>false</c> for a duplicate (nothing written).</param>
/// <param name="Claimed">A row of the event's conversation claimed for the caller in the same transaction (the event's
/// own row when its conversation had no unfinished row before it), or <c>null</c>: the conversation's earlier row is
/// still being processed, and its commit claims the next one (<see cref="IInboxStore.CommitBatchAsync(IReadOnlyList{TurnCommit}, TimeSpan, CancellationToken)"/>).</param>
public sealed record InboxEnqueueResult(bool Stored, ClaimedInboxItem? Claimed)
{
    /// <summary>A duplicate: nothing written, nothing claimed.</summary>
    public static InboxEnqueueResult Duplicate { get; } = new(false, null);
}
