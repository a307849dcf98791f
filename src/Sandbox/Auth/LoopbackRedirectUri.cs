namespace ChatFlow.Sandbox.Auth;

/// <summary>
/// The bot's loopback callback on any port, <c>http://localhost:{port}/auth/callback</c> or
/// <c>http://127.0.0.1:{port}/auth/callback</c> (RFC 8252 §7.3, https://www.rfc-editor.org/rfc/rfc8252#section-7.3).
/// </summary>
internal static class LoopbackRedirectUri
{
    public const string CallbackPath = "/auth/callback";

    public static bool IsAllowed(string? uri) =>
        Uri.TryCreate(uri, UriKind.Absolute, out var parsed)
        && parsed.Scheme == Uri.UriSchemeHttp
        && parsed.Host is "localhost" or "127.0.0.1"
        && string.IsNullOrEmpty(parsed.UserInfo)
        && parsed.AbsolutePath == CallbackPath
        && string.IsNullOrEmpty(parsed.Query)
        && string.IsNullOrEmpty(parsed.Fragment);
}
