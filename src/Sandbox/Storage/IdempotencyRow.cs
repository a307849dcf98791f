namespace ChatFlow.Sandbox.Storage;

/// <summary>Row of table <c>vendor_idempotency_keys</c>: the first result of an idempotency key, per user.</summary>
internal sealed class IdempotencyRow
{
    public required string Username { get; set; }

    public required string Key { get; set; }

    /// <summary>Lower-case hex SHA-256 of the canonical request body, to detect a key reused for a different body.</summary>
    public required string RequestSha256 { get; set; }

    public long VendorNumber { get; set; }

    /// <summary>Unix milliseconds.</summary>
    public long CreatedAtMs { get; set; }
}
