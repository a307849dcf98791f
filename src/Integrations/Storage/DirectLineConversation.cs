namespace ChatFlow.Integrations.Storage;

/// <summary>A Direct Line conversation and the user its tokens are bound to.</summary>
/// <param name="ConversationId">Direct Line conversation id.</param>
/// <param name="UserId">The user id the conversation's tokens carry (<c>from.id</c> of every user activity).</param>
/// <param name="CreatedAtMs">Unix ms.</param>
public sealed record DirectLineConversation(string ConversationId, string UserId, long CreatedAtMs);
