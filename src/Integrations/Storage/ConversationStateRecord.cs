namespace ChatFlow.Integrations.Storage;

/// <summary>The dialog state of one (channel, conversation, user), stored as JSON with an optimistic version.</summary>
/// <param name="ConversationKey">Same key as <see cref="InboxItem.ConversationKey"/>.</param>
/// <param name="StateJson">Serialized dialog state.</param>
/// <param name="Version">Incremented on every save; 0 means "not stored yet".</param>
public sealed record ConversationStateRecord(string ConversationKey, string StateJson, long Version);
