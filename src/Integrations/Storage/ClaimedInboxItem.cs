namespace ChatFlow.Integrations.Storage;

/// <summary>An inbox row a worker has claimed; it owns the row until <see cref="LeaseUntilMs"/>.</summary>
/// <param name="Id">Row id (monotonic per store).</param>
/// <param name="Item">The stored event.</param>
/// <param name="ClaimToken">Random token identifying this claim; the commit fails if another worker re-claimed the row.</param>
/// <param name="Attempts">How many times the row has been claimed, this claim included.</param>
/// <param name="LeaseUntilMs">Unix ms after which another worker may take the row over.</param>
public sealed record ClaimedInboxItem(long Id, InboxItem Item, string ClaimToken, int Attempts, long LeaseUntilMs);
