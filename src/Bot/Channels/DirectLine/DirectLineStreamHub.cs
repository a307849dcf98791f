using System.Threading.Channels;

namespace ChatFlow.Bot.Channels.DirectLine;

/// <summary>In-process fan-out to the WebSocket streams of this replica: "the transcript of conversation X grew"
/// and ephemeral activities (typing) that are never stored. Streams on other replicas catch up by polling.</summary>
internal sealed class DirectLineStreamHub
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, HashSet<Subscription>> subscribers = new(StringComparer.Ordinal);

    /// <summary>Starts listening to a conversation; dispose to stop.</summary>
    public Subscription Subscribe(string conversationId)
    {
        var subscription = new Subscription(this, conversationId);
        lock (gate)
        {
            if (!subscribers.TryGetValue(conversationId, out var set))
                subscribers[conversationId] = set = [];
            set.Add(subscription);
        }

        return subscription;
    }

    /// <summary>Tells the conversation's streams that new activities are in the store.</summary>
    public void NotifyStored(string conversationId) => Publish(conversationId, StreamEvent.Stored);

    /// <summary>Pushes an activity that is not stored (typing) to the conversation's streams.</summary>
    public void PublishEphemeral(string conversationId, string activityJson) => Publish(conversationId, new StreamEvent(activityJson));

    /// <summary>Number of open subscriptions of a conversation (for tests and metrics).</summary>
    public int CountSubscribers(string conversationId)
    {
        lock (gate)
            return subscribers.TryGetValue(conversationId, out var set) ? set.Count : 0;
    }

    private void Publish(string conversationId, StreamEvent streamEvent)
    {
        Subscription[] targets;
        lock (gate)
        {
            if (!subscribers.TryGetValue(conversationId, out var set))
                return;
            targets = [.. set];
        }

        foreach (var subscription in targets)
            subscription.Events.Writer.TryWrite(streamEvent);
    }

    private void Remove(Subscription subscription)
    {
        lock (gate)
        {
            if (subscribers.TryGetValue(subscription.ConversationId, out var set) && set.Remove(subscription) && set.Count == 0)
                subscribers.Remove(subscription.ConversationId);
        }
    }

    /// <summary>One stream's queue of events; bounded, and a "stored" event is only a wake-up, so dropping the
    /// oldest when a slow client falls behind loses nothing stored.</summary>
    internal sealed class Subscription(DirectLineStreamHub hub, string conversationId) : IDisposable
    {
        public string ConversationId { get; } = conversationId;

        public Channel<StreamEvent> Events { get; } = Channel.CreateBounded<StreamEvent>(
            new BoundedChannelOptions(64) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

        public void Dispose() => hub.Remove(this);
    }
}

/// <summary>A hub event: <see cref="EphemeralActivityJson"/> is <c>null</c> for "new activities are stored".</summary>
internal sealed record StreamEvent(string? EphemeralActivityJson)
{
    public static readonly StreamEvent Stored = new((string?)null);
}
