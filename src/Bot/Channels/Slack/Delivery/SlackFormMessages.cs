namespace ChatFlow.Bot.Channels.Slack.Delivery;

/// <summary>Remembers which Slack messages this process posted with a form or confirmation (by channel and
/// <c>ts</c>, with the title), so a reply to one of them can first replace it with its outcome.</summary>
/// <remarks>Bounded (oldest forgotten first) and per process: after a restart, or on another replica, an answered
/// form is still replaced because the reply's <c>ReplyToId</c> carries the <c>{ts}#{action}</c> marker (see
/// <see cref="SlackReplyAddress"/>; the inbound side sets it for every submit, confirm and cancel). Messages already
/// replaced are remembered too, so the second reply of the same turn does not update the form again.</remarks>
internal sealed class SlackFormMessages
{
    private const int Capacity = 10_000;
    private readonly Lock gate = new();
    private readonly Dictionary<string, string> titles = new(StringComparer.Ordinal);
    private readonly Queue<string> order = new();
    private readonly HashSet<string> answered = new(StringComparer.Ordinal);
    private readonly Queue<string> answeredOrder = new();

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

    /// <summary>Records that a form's outcome replaced it (so later replies of the same turn do not update it again).</summary>
    /// <returns><c>true</c> the first time, <c>false</c> when it was already replaced.</returns>
    public bool MarkAnswered(string channel, string ts)
    {
        var key = channel + "/" + ts;
        lock (gate)
        {
            titles.Remove(key);
            if (!answered.Add(key))
                return false;
            answeredOrder.Enqueue(key);
            while (answeredOrder.Count > Capacity)
                answered.Remove(answeredOrder.Dequeue());
            return true;
        }
    }

    /// <summary>Whether the form's outcome already replaced it in this process.</summary>
    public bool IsAnswered(string channel, string ts)
    {
        lock (gate)
            return answered.Contains(channel + "/" + ts);
    }
}
