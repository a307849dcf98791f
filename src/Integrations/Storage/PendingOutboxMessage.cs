namespace ChatFlow.Integrations.Storage;

/// <summary>An outbox row not yet delivered.</summary>
/// <param name="Id">Row id (monotonic per store; delivery order within a conversation).</param>
/// <param name="Message">The queued message.</param>
/// <param name="Attempts">Delivery attempts so far.</param>
public sealed record PendingOutboxMessage(long Id, OutboxMessage Message, int Attempts);
