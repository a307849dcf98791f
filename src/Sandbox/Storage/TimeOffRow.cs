namespace ChatFlow.Sandbox.Storage;

/// <summary>Row of table <c>timeoff_requests</c>.</summary>
internal sealed class TimeOffRow
{
    public long Number { get; set; }

    public required string Employee { get; set; }

    public required string StartDate { get; set; }

    public required string EndDate { get; set; }

    public required string Type { get; set; }

    public required string Reason { get; set; }

    public required string Status { get; set; }

    public required string Approver { get; set; }

    /// <summary><c>morning</c> or <c>afternoon</c> for a half day, <see langword="null"/> for whole days.</summary>
    public string? HalfDay { get; set; }

    /// <summary>The creating request's Idempotency-Key, or <see langword="null"/>.</summary>
    public string? IdempotencyKey { get; set; }

    /// <summary>Lower-case hex SHA-256 of the creating request body.</summary>
    public required string RequestSha256 { get; set; }

    /// <summary>Unix milliseconds.</summary>
    public long CreatedAtMs { get; set; }
}
