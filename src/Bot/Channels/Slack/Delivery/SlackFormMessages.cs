namespace ChatFlow.Bot.Channels.Slack.Delivery;

/// <summary>Remembers which Slack messages this process posted with a form or confirmation (by channel and
/// <c>ts</c>, with the title), so a reply to one of them can first replace it with its outcome.</summary>
/// <remarks>Bounded (oldest forgotten first) and per process: after a restart, or on another replica, an answered
/// form keeps its buttons unless the reply's <c>ReplyToId</c> carries the explicit <c>{ts}#{action}</c> marker
/// (see <see cref="SlackReplyAddress"/>); pressing them again is refused by the state token.</remarks>
internal sealed class SlackFormMessages
{
    private const int Capacity = 10_000;
    private readonly Lock gate = new();
    private readonly Dictionary<string, string> titles = new(StringComparer.Ordinal);
    private readonly Queue<string> order = new();

    /// <summary>Records a posted form message.</summary>
    public void Remember(string channel, string ts, string title)
    {
        var key = channel + "/" + ts;
        lock (gate)
        {
            if (titles.TryAdd(key, title))
                order.Enqueue(key);
            while (order.Count > Capacity)
                titles.Remove(order.Dequeue());
        }
    }

    /// <summary>Whether <paramref name="ts"/> in <paramref name="channel"/> is a form this process posted; returns its title.</summary>
    public bool TryGet(string channel, string ts, out string? title)
    {
        lock (gate)
            return titles.TryGetValue(channel + "/" + ts, out title);
    }

    /// <summary>Forgets a form once its outcome has replaced it (so later replies of the same turn do not update it again).</summary>
    public void Forget(string channel, string ts)
    {
        lock (gate)
            titles.Remove(channel + "/" + ts);
    }
}
