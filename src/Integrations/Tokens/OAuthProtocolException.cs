namespace ChatFlow.Integrations.Tokens;

/// <summary>The authorization server refused a request or answered something unusable. The message names the
/// endpoint, the HTTP status and the OAuth <c>error</c> code only: never a code, verifier, token or secret.</summary>
internal sealed class OAuthProtocolException : Exception
{
    public OAuthProtocolException(string message, string errorCode, int? httpStatus = null, Exception? innerException = null)
        : base(message, innerException)
    {
        ErrorCode = errorCode;
        HttpStatus = httpStatus;
    }

    /// <summary>The OAuth <c>error</c> (sanitized) or a ChatFlow code such as <c>invalid_response</c>.</summary>
    public string ErrorCode { get; }

    /// <summary>HTTP status of the refusing response, if any.</summary>
    public int? HttpStatus { get; }

    /// <summary>True when the server refused the grant itself (HTTP 400/401): retrying cannot help.</summary>
    public bool IsGrantRejected => HttpStatus is 400 or 401;
}
