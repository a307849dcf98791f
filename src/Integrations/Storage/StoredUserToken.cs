namespace ChatFlow.Integrations.Storage;

/// <summary>A user's tokens for one connection, as stored: the secret part is already encrypted.</summary>
/// <param name="subject">Directory subject (the authorization server's <c>sub</c>).</param>
/// <param name="connection">Connection name (e.g. <c>acme</c>).</param>
/// <param name="protectedTokens">Access and refresh tokens, encrypted with ASP.NET Core Data Protection.</param>
/// <param name="expiresAtMs">Access token expiry, Unix ms.</param>
/// <param name="updatedAtMs">Unix ms.</param>
public sealed class StoredUserToken(string subject, string connection, string protectedTokens, long expiresAtMs, long updatedAtMs)
{
    /// <summary>Directory subject.</summary>
    public string Subject { get; } = subject;

    /// <summary>Connection name.</summary>
    public string Connection { get; } = connection;

    /// <summary>Encrypted token blob; never logged.</summary>
    public string ProtectedTokens { get; } = protectedTokens;

    /// <summary>Access token expiry, Unix ms.</summary>
    public long ExpiresAtMs { get; } = expiresAtMs;

    /// <summary>Unix ms.</summary>
    public long UpdatedAtMs { get; } = updatedAtMs;
}
