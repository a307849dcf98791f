using System.Threading.Channels;
using ChatFlow.Integrations.Storage;

namespace ChatFlow.Bot.Turns;

/// <summary>Inbox rows this process has already claimed — at enqueue (<see cref="IInboxStore.EnqueueAsync(InboxItem, TimeSpan, CancellationToken)"/>)
/// or when a commit claimed a conversation's next row — waiting for a <see cref="TurnWorker"/> loop. Handing them over
/// in memory spares a claim query per batch; the rows stay claimed in the store under their lease, so if this process
/// dies before running them, another worker takes them over when the lease expires.</summary>
/// <remarks>Unbounded: it holds at most one row per conversation (a conversation's next row is claimed only when the
/// previous one is committed), and every row in it is already durable.</remarks>
public sealed class LocalTurnQueue
{
    private readonly Channel<ClaimedInboxItem> channel = Channel.CreateUnbounded<ClaimedInboxItem>(
        new UnboundedChannelOptions { SingleReader = false, SingleWriter = false });

    /// <summary>Rows waiting.</summary>
    public int Count => channel.Reader.Count;

    /// <summary>Queues a claimed row for this process's workers.</summary>
    /// <param name="row">A row claimed by this process.</param>
    public void Post(ClaimedInboxItem row) => channel.Writer.TryWrite(row);

    /// <summary>Waits until a row is waiting (the queue is never closed, so the result is always <c>true</c>).</summary>
    /// <param name="cancellationToken">Stops waiting.</param>
    internal ValueTask<bool> WaitAsync(CancellationToken cancellationToken) => channel.Reader.WaitToReadAsync(cancellationToken);

    /// <summary>Takes up to <paramref name="max"/> waiting rows without waiting.</summary>
    /// <param name="max">Most rows to take (≥ 1).</param>
    /// <returns>The rows taken, oldest first; empty when none waits.</returns>
    internal List<ClaimedInboxItem> Take(int max)
    {
        var rows = new List<ClaimedInboxItem>(Math.Min(max, Math.Max(1, channel.Reader.Count)));
        while (rows.Count < max && channel.Reader.TryRead(out var row))
            rows.Add(row);
        return rows;
    }
}
