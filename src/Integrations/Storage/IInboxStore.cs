namespace ChatFlow.Integrations.Storage;

/// <summary>The durable inbox: channel events stored before they are acknowledged, processed once, in order per
/// conversation.</summary>
public interface IInboxStore
{
    /// <summary>Stores an event unless one with the same (channel, event id) exists; the task completes once the row is
    /// committed (durable), so an acknowledgement sent after it never loses the event.</summary>
    /// <remarks>Concurrent calls are group-committed: many rows per transaction.</remarks>
    /// <returns><c>true</c> if stored now; <c>false</c> if it was a duplicate (nothing written).</returns>
    Task<bool> EnqueueAsync(InboxItem item, CancellationToken cancellationToken);

    /// <summary>Stores an event as <see cref="EnqueueAsync(InboxItem, CancellationToken)"/> does and, in the same
    /// transaction, claims its conversation's head row for the caller: the event's own row when the conversation has
    /// no unfinished row before it. The caller then processes the claimed row itself, with no claim query.</summary>
    /// <param name="item">The event.</param>
    /// <param name="claimLease">Lease of the claim (&gt; 0).</param>
    /// <param name="cancellationToken">Stops waiting only before the row was handed to a writer.</param>
    /// <returns>Whether the event was stored, and the claimed row (<c>null</c> when its conversation's earlier row is
    /// still unfinished, or when a row of the same conversation in the same group commit got it).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="claimLease"/> is not positive.</exception>
    Task<InboxEnqueueResult> EnqueueAsync(InboxItem item, TimeSpan claimLease, CancellationToken cancellationToken);

    /// <summary>Claims the oldest pending row whose conversation has no earlier unfinished row and that is not under
    /// another worker's lease (PostgreSQL: <c>FOR UPDATE SKIP LOCKED</c>).</summary>
    /// <param name="lease">How long the claim lasts before another worker may take it over.</param>
    /// <param name="cancellationToken">Cancels the claim.</param>
    /// <returns>The claimed row, or <c>null</c> when there is no work.</returns>
    Task<ClaimedInboxItem?> ClaimNextAsync(TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>Claims up to <paramref name="max"/> rows in one statement: the oldest claimable ones (as
    /// <see cref="ClaimNextAsync"/> picks them), at most one per conversation, all under one lease and one claim token.</summary>
    /// <param name="lease">How long the claims last before another worker may take the rows over.</param>
    /// <param name="max">Most rows to claim (≥ 1).</param>
    /// <param name="cancellationToken">Cancels the claim.</param>
    /// <returns>The claimed rows, oldest first; empty when there is no work.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lease"/> is not positive or <paramref name="max"/> &lt; 1.</exception>
    Task<IReadOnlyList<ClaimedInboxItem>> ClaimBatchAsync(TimeSpan lease, int max, CancellationToken cancellationToken);

    /// <summary>Writes a processed turn: marks the inbox row done, saves the state (optimistic version check) and
    /// queues the replies, all in one transaction.</summary>
    /// <remarks>The claim token is checked, not the lease: a commit after the lease expired still succeeds if no other
    /// worker took the row over. After a <c>false</c> caused by a version conflict the row stays claimed: release it
    /// (<see cref="ReleaseAsync"/>) so the turn runs again on the fresh state.</remarks>
    /// <returns><c>true</c> if committed; <c>false</c> if the claim was lost or the state version changed (nothing written).</returns>
    Task<bool> CommitAsync(TurnCommit commit, CancellationToken cancellationToken);

    /// <summary>Writes several processed turns in one transaction, each as <see cref="CommitAsync"/> would: a turn
    /// whose claim was lost or whose state version changed writes nothing and does not stop the others.</summary>
    /// <param name="commits">The turns (distinct inbox rows and conversations, as one claim batch yields them).</param>
    /// <param name="cancellationToken">Cancels the call (nothing is written then).</param>
    /// <returns>Per commit, in order: <c>true</c> if committed.</returns>
    Task<IReadOnlyList<bool>> CommitBatchAsync(IReadOnlyList<TurnCommit> commits, CancellationToken cancellationToken);

    /// <summary>Writes several processed turns as <see cref="CommitBatchAsync(IReadOnlyList{TurnCommit}, CancellationToken)"/>
    /// does and, in the same transaction, claims for the caller the next pending, due row of every conversation whose
    /// turn was written, so a conversation's following event runs without waiting for a claim query.</summary>
    /// <param name="commits">The turns.</param>
    /// <param name="nextLease">Lease of the next rows' claims (&gt; 0).</param>
    /// <param name="cancellationToken">Cancels the call (nothing is written then).</param>
    /// <returns>Per commit whether it was written, and the next rows claimed.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="nextLease"/> is not positive.</exception>
    Task<InboxBatchCommit> CommitBatchAsync(IReadOnlyList<TurnCommit> commits, TimeSpan nextLease, CancellationToken cancellationToken);

    /// <summary>Gives a claimed row back after a failure: it becomes claimable again after <paramref name="retryAfter"/>,
    /// or is marked dead (never retried, visible to admins) once <paramref name="maxAttempts"/> is reached.</summary>
    /// <remarks>While it waits for its retry the row still holds back later rows of its conversation; a dead row does
    /// not. A stale <paramref name="claimToken"/> (the row was taken over) changes nothing. <paramref name="error"/> is
    /// stored (first 2000 characters): never pass secrets or token values.</remarks>
    /// <param name="inboxId">The claimed row.</param>
    /// <param name="claimToken">The claim's token.</param>
    /// <param name="error">Short failure description, for admins.</param>
    /// <param name="retryAfter">Delay before the row may be claimed again.</param>
    /// <param name="maxAttempts">Claims allowed in total; when the row's attempts reach it, it becomes dead.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task ReleaseAsync(long inboxId, string claimToken, string error, TimeSpan retryAfter, int maxAttempts, CancellationToken cancellationToken);

    /// <summary>Number of rows not yet done or dead (the pending-work gauge).</summary>
    Task<long> CountPendingAsync(CancellationToken cancellationToken);
}
