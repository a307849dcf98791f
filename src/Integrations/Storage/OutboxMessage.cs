namespace ChatFlow.Integrations.Storage;

/// <summary>A reply queued for delivery, written in the same transaction as the state change that produced it.</summary>
/// <param name="Channel">Channel that delivers it.</param>
/// <param name="ConversationId">The channel's conversation id.</param>
/// <param name="PayloadJson">The channel-neutral reply (<c>ChatFlow.Skills.Conversations.Reply</c>) plus its
/// reply address, as JSON; the channel's delivery step renders it.</param>
public sealed record OutboxMessage(string Channel, string ConversationId, string PayloadJson);
