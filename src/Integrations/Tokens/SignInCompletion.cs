namespace ChatFlow.Integrations.Tokens;

/// <summary>Outcome of an OAuth callback: which conversation to resume and whether the user is now signed in.
/// Carries no token.</summary>
/// <param name="Succeeded">True when the tokens were stored and the channel user linked to <paramref name="Subject"/>.</param>
/// <param name="ErrorCode">A <see cref="SignInErrorCodes"/> value when not succeeded, else <c>null</c>.</param>
/// <param name="Connection">Connection name; <c>null</c> when the state was unknown.</param>
/// <param name="Channel">Channel of the conversation to resume; <c>null</c> when the state was unknown.</param>
/// <param name="ConversationId">Conversation to resume; <c>null</c> when the state was unknown.</param>
/// <param name="ChannelUserId">Channel user who asked; <c>null</c> when the state was unknown.</param>
/// <param name="Subject">Directory subject (the <c>sub</c>) when succeeded, else <c>null</c>.</param>
public sealed record SignInCompletion(
    bool Succeeded,
    string? ErrorCode,
    string? Connection,
    string? Channel,
    string? ConversationId,
    string? ChannelUserId,
    string? Subject);
