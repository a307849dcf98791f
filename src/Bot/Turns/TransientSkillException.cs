namespace ChatFlow.Bot.Turns;

/// <summary>The back end could not be reached or failed with a 5xx; the turn is retried under the same
/// idempotency key.</summary>
public sealed class TransientSkillException : Exception
{
    /// <summary>Creates the exception.</summary>
    public TransientSkillException()
    {
    }

    /// <summary>Creates the exception with a message (no secrets, no argument values).</summary>
    /// <param name="message">What failed.</param>
    public TransientSkillException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="innerException">The cause.</param>
    public TransientSkillException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
