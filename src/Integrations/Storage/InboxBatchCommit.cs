namespace ChatFlow.Integrations.Storage;

/// <summary>What <see cref="IInboxStore.CommitBatchAsync(IReadOnlyList{TurnCommit}, TimeSpan, CancellationToken)"/>
/// wrote.</summary>
/// <param name="Committed">Per commit, in order: <c>true</c> if written.</param>
/// <param name="Next">For each conversation whose turn was written: its next pending, due row, claimed in the same
/// transaction (oldest first; empty when none waits).</param>
public sealed record InboxBatchCommit(IReadOnlyList<bool> Committed, IReadOnlyList<ClaimedInboxItem> Next);
