namespace ChatFlow.Integrations.Tokens;

/// <summary>Values of <see cref="SignInCompletion.ErrorCode"/>.</summary>
/// <remarks>Authorization errors returned by the authorization server (RFC 6749 §4.1.2.1,
/// https://www.rfc-editor.org/rfc/rfc6749#section-4.1.2.1) keep their OAuth code when it is one of the registered
/// ones (<c>access_denied</c>, <c>invalid_scope</c>, …); any other is reported as <see cref="AuthorizationError"/>.</remarks>
public static class SignInErrorCodes
{
    /// <summary>No pending sign-in has this <c>state</c>: never issued, or already used.</summary>
    public const string UnknownState = "unknown_state";

    /// <summary>The pending sign-in expired (10 minutes after it was started).</summary>
    public const string ExpiredState = "expired_state";

    /// <summary>The user declined consent at the authorization server.</summary>
    public const string AccessDenied = "access_denied";

    /// <summary>The authorization server returned an unregistered error code.</summary>
    public const string AuthorizationError = "authorization_error";

    /// <summary>The callback carried neither <c>code</c> nor <c>error</c>.</summary>
    public const string MissingCode = "missing_code";

    /// <summary>The token endpoint refused the code, or answered without a usable token.</summary>
    public const string TokenEndpointError = "token_endpoint_error";

    /// <summary>No subject could be read from the id_token or the UserInfo endpoint.</summary>
    public const string NoSubject = "no_subject";

    /// <summary>The authorization server could not be reached.</summary>
    public const string ServerUnavailable = "server_unavailable";
}
