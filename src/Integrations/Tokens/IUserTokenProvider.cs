namespace ChatFlow.Integrations.Tokens;

/// <summary>A channel user's access token for a connection, refreshed when it is about to expire.</summary>
/// <remarks>Refresh: RFC 6749 §6 (https://www.rfc-editor.org/rfc/rfc6749#section-6). Tokens are decrypted only
/// in memory and must be set per <see cref="HttpRequestMessage"/>, never on a shared client.</remarks>
public interface IUserTokenProvider
{
    /// <summary>The directory subject linked to a channel user by a completed sign-in, or <c>null</c>.</summary>
    Task<string?> GetLinkedSubjectAsync(string channel, string channelUserId, CancellationToken cancellationToken);

    /// <summary>A bearer access token valid for at least 60 more seconds, refreshing it with the refresh token
    /// (and saving the new tokens) when needed. <c>null</c> when the user has not signed in to the connection, or
    /// the refresh failed: the caller then sends a sign-in card.</summary>
    /// <exception cref="InvalidOperationException">The connection is not configured.</exception>
    Task<string?> GetAccessTokenAsync(string channel, string channelUserId, string connection, CancellationToken cancellationToken);

    /// <summary>Deletes the user's tokens for the connection (e.g. after the back end answered 401), so the next
    /// <see cref="GetAccessTokenAsync"/> returns <c>null</c>. No error when there are none.</summary>
    Task InvalidateAsync(string channel, string channelUserId, string connection, CancellationToken cancellationToken);
}
