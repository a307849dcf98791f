using ChatFlow.Integrations.Storage;

namespace ChatFlow.Bot.Tests.DirectLine;

/// <summary>A small in-memory stand-in for the Direct Line transcript, the inbox rows it writes and the outbox.</summary>
internal sealed class InMemoryDirectLineStore : IDirectLineStore, IOutboxStore
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, DirectLineConversation> conversations = [];
    private readonly Dictionary<string, List<TranscriptActivity>> transcripts = [];
    private readonly List<InboxItem> inbox = [];
    private readonly SortedDictionary<long, (OutboxMessage Message, int Attempts, bool Done)> outbox = [];
    private long nextOutboxId;

    public IReadOnlyList<InboxItem> Inbox
    {
        get
        {
            lock (gate)
                return [.. inbox];
        }
    }

    public IReadOnlyList<TranscriptActivity> Transcript(string conversationId)
    {
        lock (gate)
            return transcripts.TryGetValue(conversationId, out var list) ? [.. list] : [];
    }

    public bool IsDelivered(long outboxId)
    {
        lock (gate)
            return outbox[outboxId].Done;
    }

    public long AddOutbox(OutboxMessage message)
    {
        lock (gate)
        {
            var id = ++nextOutboxId;
            outbox[id] = (message, 0, false);
            return id;
        }
    }

    public Task<DirectLineConversation> EnsureConversationAsync(string conversationId, string userId, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (!conversations.TryGetValue(conversationId, out var conversation))
                conversations[conversationId] = conversation = new DirectLineConversation(conversationId, userId, 0);
            return Task.FromResult(conversation);
        }
    }

    public Task<DirectLineConversation?> GetConversationAsync(string conversationId, CancellationToken cancellationToken)
    {
        lock (gate)
            return Task.FromResult(conversations.GetValueOrDefault(conversationId));
    }

    public Task<(TranscriptActivity Activity, bool Created)> AppendUserActivityAsync(
        string conversationId, string activityId, string activityJson, InboxItem inbox, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            var list = TranscriptOf(conversationId);
            var existing = list.Find(a => a.ActivityId == activityId);
            if (existing is not null)
                return Task.FromResult((existing, false));
            var entry = new TranscriptActivity(list.Count + 1, activityId, activityJson);
            list.Add(entry);
            this.inbox.Add(inbox);
            return Task.FromResult((entry, true));
        }
    }

    public Task<TranscriptActivity> AppendBotActivityAsync(
        string conversationId, string activityId, string activityJson, long outboxId, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            var list = TranscriptOf(conversationId);
            var existing = list.Find(a => a.ActivityId == activityId);
            if (existing is not null)
                return Task.FromResult(existing);
            var entry = new TranscriptActivity(list.Count + 1, activityId, activityJson);
            list.Add(entry);
            var row = outbox[outboxId];
            outbox[outboxId] = (row.Message, row.Attempts + 1, true);
            return Task.FromResult(entry);
        }
    }

    public Task<IReadOnlyList<TranscriptActivity>> GetActivitiesAsync(
        string conversationId, long afterSequence, int max, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            IReadOnlyList<TranscriptActivity> page = [.. TranscriptOf(conversationId).Where(a => a.Sequence > afterSequence).Take(max)];
            return Task.FromResult(page);
        }
    }

    public Task<IReadOnlyList<PendingOutboxMessage>> GetDueAsync(string channel, int max, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            IReadOnlyList<PendingOutboxMessage> due = [.. outbox
                .Where(row => !row.Value.Done && row.Value.Message.Channel == channel)
                .Take(max)
                .Select(row => new PendingOutboxMessage(row.Key, row.Value.Message, row.Value.Attempts))];
            return Task.FromResult(due);
        }
    }

    public Task MarkDeliveredAsync(long outboxId, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            var row = outbox[outboxId];
            outbox[outboxId] = (row.Message, row.Attempts + 1, true);
        }

        return Task.CompletedTask;
    }

    public Task MarkFailedAsync(long outboxId, string error, TimeSpan retryAfter, int maxAttempts, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            var row = outbox[outboxId];
            var attempts = row.Attempts + 1;
            outbox[outboxId] = (row.Message, attempts, attempts >= maxAttempts);
        }

        return Task.CompletedTask;
    }

    private List<TranscriptActivity> TranscriptOf(string conversationId)
    {
        if (!transcripts.TryGetValue(conversationId, out var list))
            transcripts[conversationId] = list = [];
        return list;
    }
}
