namespace ChatFlow.Skills.Conversations;

/// <summary>The payload of an outbox row: a reply and where it goes.</summary>
/// <param name="Reply">The channel-neutral reply.</param>
/// <param name="ConversationId">The channel's conversation id.</param>
/// <param name="UserId">The channel user the reply answers.</param>
/// <param name="ReplyToId">The id of the channel event it answers (activity id, Slack <c>ts</c>), if any.</param>
public sealed record OutboundReply(Reply Reply, string ConversationId, string UserId, string? ReplyToId);
