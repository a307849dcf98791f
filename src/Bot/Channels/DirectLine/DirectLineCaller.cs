namespace ChatFlow.Bot.Channels.DirectLine;

/// <summary>Who called: the holder of the secret (any conversation), or a token's user (its conversation only).</summary>
internal sealed record DirectLineCaller(TokenPayload? Token)
{
    public bool IsSecret => Token is null;

    /// <summary>Whether the caller may act on the conversation.</summary>
    public bool MayAccess(string conversationId) => Token is null || string.Equals(Token.ConversationId, conversationId, StringComparison.Ordinal);
}
