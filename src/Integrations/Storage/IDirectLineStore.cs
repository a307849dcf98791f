namespace ChatFlow.Integrations.Storage;

/// <summary>Direct Line conversations and their transcripts (user and bot activities, in order).</summary>
public interface IDirectLineStore
{
    /// <summary>Creates the conversation if it does not exist; returns the stored one (whose <c>UserId</c> may differ from
    /// <paramref name="userId"/> if it existed already).</summary>
    Task<DirectLineConversation> EnsureConversationAsync(string conversationId, string userId, CancellationToken cancellationToken);

    /// <summary>The conversation, or <c>null</c>.</summary>
    Task<DirectLineConversation?> GetConversationAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Appends a user's activity to the transcript and stores its turn in the inbox, in one transaction.
    /// A repeated activity id (client retry) writes nothing.</summary>
    /// <returns>The transcript entry (the existing one for a repeat) and whether it was new.</returns>
    /// <exception cref="InvalidOperationException">The conversation does not exist.</exception>
    Task<(TranscriptActivity Activity, bool Created)> AppendUserActivityAsync(
        string conversationId, string activityId, string activityJson, InboxItem inbox, CancellationToken cancellationToken);

    /// <summary>Appends a bot activity produced by an outbox row and marks that row delivered, in one transaction.
    /// Delivering the same outbox row twice writes nothing the second time and returns the first entry.</summary>
    /// <exception cref="InvalidOperationException">The conversation does not exist.</exception>
    Task<TranscriptActivity> AppendBotActivityAsync(
        string conversationId, string activityId, string activityJson, long outboxId, CancellationToken cancellationToken);

    /// <summary>Activities with a sequence greater than <paramref name="afterSequence"/>, oldest first.</summary>
    Task<IReadOnlyList<TranscriptActivity>> GetActivitiesAsync(
        string conversationId, long afterSequence, int max, CancellationToken cancellationToken);
}
