namespace ChatFlow.Integrations.Storage;

/// <summary>An OAuth authorization request in flight: created when the sign-in card is sent, taken (once) by
/// the callback.</summary>
/// <param name="id">Random id; the OAuth <c>state</c> parameter.</param>
/// <param name="connection">Connection name.</param>
/// <param name="channel">Channel of the conversation to resume.</param>
/// <param name="conversationId">Conversation to resume.</param>
/// <param name="channelUserId">Channel user who asked; the callback links the signed-in subject to them.</param>
/// <param name="protectedCodeVerifier">PKCE code verifier, encrypted with Data Protection.</param>
/// <param name="expiresAtMs">Unix ms after which the callback refuses it.</param>
public sealed class PendingSignIn(string id, string connection, string channel, string conversationId, string channelUserId,
    string protectedCodeVerifier, long expiresAtMs)
{
    /// <summary>Random id; the OAuth <c>state</c>.</summary>
    public string Id { get; } = id;

    /// <summary>Connection name.</summary>
    public string Connection { get; } = connection;

    /// <summary>Channel of the conversation to resume.</summary>
    public string Channel { get; } = channel;

    /// <summary>Conversation to resume.</summary>
    public string ConversationId { get; } = conversationId;

    /// <summary>Channel user who asked.</summary>
    public string ChannelUserId { get; } = channelUserId;

    /// <summary>Encrypted PKCE verifier; never logged.</summary>
    public string ProtectedCodeVerifier { get; } = protectedCodeVerifier;

    /// <summary>Unix ms.</summary>
    public long ExpiresAtMs { get; } = expiresAtMs;
}
