namespace ChatFlow.Integrations.Storage;

/// <summary>Reads conversation state; writes go through <see cref="IInboxStore.CommitAsync"/>.</summary>
public interface IConversationStateStore
{
    /// <summary>The stored state, or <c>null</c> when the conversation has none.</summary>
    Task<ConversationStateRecord?> GetAsync(string conversationKey, CancellationToken cancellationToken);
}
