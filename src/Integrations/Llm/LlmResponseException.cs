namespace ChatFlow.Integrations.Llm;

/// <summary>The model answered, but not with something ChatFlow can use (unknown function, arguments that are not a
/// JSON object or have the wrong types).</summary>
/// <remarks>The message names the problem and the slot or function, never a value the model or the user wrote.</remarks>
internal sealed class LlmResponseException : Exception
{
    public LlmResponseException()
    {
    }

    public LlmResponseException(string message)
        : base(message)
    {
    }

    public LlmResponseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
