namespace ChatFlow.Sandbox.Storage;

/// <summary>How a create request with an optional Idempotency-Key ended.</summary>
internal enum SubmitStatus
{
    /// <summary>Created now.</summary>
    Created,

    /// <summary>The key was used before with the same body: the first result, nothing new.</summary>
    Replayed,

    /// <summary>The key was used before with another body: nothing created.</summary>
    KeyReused,
}
