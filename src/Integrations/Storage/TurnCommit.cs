namespace ChatFlow.Integrations.Storage;

/// <summary>Everything one processed turn writes, applied in one transaction.</summary>
/// <param name="InboxId">The claimed inbox row, marked done.</param>
/// <param name="ClaimToken">The claim's token; if the row was re-claimed by another worker, nothing is written.</param>
/// <param name="State">New conversation state; <see cref="ConversationStateRecord.Version"/> is the version that was
/// read (the store writes Version + 1 and fails if the stored version differs).</param>
/// <param name="Outbox">Replies to queue.</param>
public sealed record TurnCommit(long InboxId, string ClaimToken, ConversationStateRecord State, IReadOnlyList<OutboxMessage> Outbox);
