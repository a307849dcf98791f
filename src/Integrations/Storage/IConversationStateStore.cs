namespace ChatFlow.Integrations.Storage;

/// <summary>Reads conversation state; writes go through <see cref="IInboxStore.CommitAsync"/>.</summary>
public interface IConversationStateStore
{
    /// <summary>The stored state, or <c>null</c> when the conversation has none.</summary>
    Task<ConversationStateRecord?> GetAsync(string conversationKey, CancellationToken cancellationToken);

    /// <summary>The stored states of several conversations in one query.</summary>
    /// <param name="conversationKeys">The keys (duplicates allowed).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>Stored states by key; a conversation without state is absent.</returns>
    Task<IReadOnlyDictionary<string, ConversationStateRecord>> GetManyAsync(IReadOnlyCollection<string> conversationKeys,
        CancellationToken cancellationToken);
}
