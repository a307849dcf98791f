namespace ChatFlow.Sandbox.Storage;

/// <summary>Row of table <c>expenses</c>.</summary>
internal sealed class ExpenseRow
{
    public long Number { get; set; }

    public required string Employee { get; set; }

    /// <summary>Amount × 100 (cents for USD; KRW has no minor unit but is stored the same way).</summary>
    public long AmountHundredths { get; set; }

    public required string Currency { get; set; }

    public required string Date { get; set; }

    public required string Category { get; set; }

    public required string Memo { get; set; }

    public required string Status { get; set; }

    /// <summary>The creating request's Idempotency-Key, or <see langword="null"/>.</summary>
    public string? IdempotencyKey { get; set; }

    /// <summary>Lower-case hex SHA-256 of the creating request body.</summary>
    public required string RequestSha256 { get; set; }

    /// <summary>Unix milliseconds.</summary>
    public long CreatedAtMs { get; set; }
}
