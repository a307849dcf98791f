namespace ChatFlow.Sandbox.Storage;

/// <summary>Row of table <c>vendors</c>. The public id is <c>V-{Number}</c>.</summary>
internal sealed class VendorRow
{
    public long Number { get; set; }

    public required string Name { get; set; }

    public required string BusinessRegistrationNumber { get; set; }

    public required string Address { get; set; }

    public required string ContactEmail { get; set; }

    /// <summary>Username of the user whose token created it.</summary>
    public required string CreatedBy { get; set; }

    /// <summary>Creation instant, Unix milliseconds.</summary>
    public long CreatedAtMs { get; set; }
}
