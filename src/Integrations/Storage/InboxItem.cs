namespace ChatFlow.Integrations.Storage;

/// <summary>A channel event stored before it is acknowledged.</summary>
/// <param name="Channel">Channel name (<c>directline</c>, <c>slack</c>, <c>msteams</c>, <c>internal</c>).</param>
/// <param name="EventId">The channel's own event id (activity id, Slack <c>event_id</c>); unique per channel.</param>
/// <param name="ConversationKey">Ordering key: events with the same key are processed one at a time, in order
/// (<c>{channel}:{conversation id}:{user id}</c>).</param>
/// <param name="PayloadJson">The channel-neutral turn (<c>ChatFlow.Skills.Conversations.Turn</c>) as JSON.</param>
public sealed record InboxItem(string Channel, string EventId, string ConversationKey, string PayloadJson);
