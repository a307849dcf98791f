namespace ChatFlow.Sandbox.Erp;

/// <summary>What <c>createVendor</c> did.</summary>
internal enum CreateVendorStatus
{
    /// <summary>A new vendor was created.</summary>
    Created,

    /// <summary>The idempotency key was seen with the same body: the first vendor, nothing new.</summary>
    Replayed,

    /// <summary>The idempotency key was seen with a different body: nothing created.</summary>
    KeyReusedWithDifferentBody,
}

/// <summary>Result of <c>createVendor</c>; <see cref="Vendor"/> is set unless the key was reused with a different body.</summary>
internal sealed record CreateVendorOutcome(CreateVendorStatus Status, Vendor? Vendor);
