using System.Data.Common;

namespace ChatFlow.Integrations.Storage;

/// <summary>Group commit for inbox inserts: concurrent <see cref="EnqueueAsync"/> calls are written together, many rows
/// per transaction, so the commit (and its fsync) is paid once per batch instead of once per event.</summary>
/// <remarks>No background task: the first caller that finds no write in progress becomes the leader and writes
/// every queued row (its own first) in one transaction; callers arriving meanwhile queue up, and when the leader is
/// done it hands the lead to the oldest of them, which writes the next batch. Each caller's task completes only after
/// the transaction holding its row has committed, so an acknowledgement sent after it is durable. Duplicates are
/// detected per row (<c>ON CONFLICT DO NOTHING</c> affects no row), also two copies in one batch. A failed
/// transaction fails every caller of its batch (none of their rows was written); the next batch is tried anyway.
/// Callers that ask for a claim get, in the same transaction, their conversation's head row claimed for them
/// (<see cref="InboxStore.ClaimHeadsAsync"/>): each claimed row goes to the first stored caller of its conversation.</remarks>
internal sealed class InboxGroupCommit(StoreDatabase database, TimeProvider time)
{
    /// <summary>The provider's head-claim statement (<see cref="InboxStore.ClaimHeadsSql"/>), built once per store.</summary>
    internal string ClaimHeadsSql { get; } = InboxStore.ClaimHeadsSql(database);

    /// <summary>Most rows written in one transaction.</summary>
    internal const int MaxBatch = 256;

    private readonly Lock gate = new();
    private readonly Queue<Entry> queue = new();
    private bool leading;

    /// <summary>Largest batch written so far (a diagnostic for tests and benchmarks).</summary>
    internal int LargestBatch { get; private set; }

    /// <summary>Rows waiting for a writer (not yet taken into a batch).</summary>
    internal int Queued
    {
        get
        {
            lock (gate)
                return queue.Count;
        }
    }

    /// <summary>Stores <paramref name="item"/> unless its (channel, event id) exists; completes after the commit.</summary>
    /// <param name="item">The event.</param>
    /// <param name="claimLease">Claim the conversation's head row for the caller under this lease; <c>null</c>: no claim.</param>
    /// <param name="cancellationToken">Stops waiting only before the row was handed to a writer; a row already
    /// queued is written anyway (a duplicate of it is detected if the channel retries).</param>
    /// <returns>Whether it was stored, and the row claimed for the caller if any.</returns>
    public async Task<InboxEnqueueResult> EnqueueAsync(InboxItem item, TimeSpan? claimLease, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var entry = new Entry(item, claimLease);
        bool lead;
        lock (gate)
        {
            queue.Enqueue(entry);
            lead = !leading;
            leading = true;
        }

        // A queued caller must not walk away: the lead may be handed to it, and the next batch waits for it.
        if (!lead && await entry.Outcome.Task != Outcome.Lead)
            return entry.Result();
        return await LeadAsync(entry);
    }

    /// <summary>Writes the queue's head batch (which starts with <paramref name="own"/>), completes the other callers,
    /// then hands the lead on.</summary>
    private async Task<InboxEnqueueResult> LeadAsync(Entry own)
    {
        Entry[] batch;
        lock (gate)
        {
            batch = new Entry[Math.Min(queue.Count, MaxBatch)];
            for (var i = 0; i < batch.Length; i++)
                batch[i] = queue.Dequeue();
        }

        try
        {
            bool[] stored;
            try
            {
                // Not the caller's token: the batch holds other callers' rows.
                stored = await WriteAsync(batch, CancellationToken.None);
                own.Stored = stored[0];
            }
            catch (Exception exception)
            {
                for (var i = 1; i < batch.Length; i++)
                    batch[i].Outcome.TrySetException(exception);
                throw;
            }

            for (var i = 1; i < batch.Length; i++)
            {
                batch[i].Stored = stored[i];
                batch[i].Outcome.TrySetResult(stored[i] ? Outcome.Stored : Outcome.Duplicate);
            }

            return own.Result();
        }
        finally
        {
            Entry? next = null;
            lock (gate)
            {
                if (batch.Length > LargestBatch)
                    LargestBatch = batch.Length;
                if (queue.Count > 0)
                    next = queue.Peek();
                else
                    leading = false;
            }

            next?.Outcome.TrySetResult(Outcome.Lead);
        }
    }

    private Task<bool[]> WriteAsync(Entry[] batch, CancellationToken cancellationToken) =>
        database.WriteAsync((session, transaction, token) => InsertAsync(session, transaction, batch, token), cancellationToken);

    private async Task<bool[]> InsertAsync(StoreSession session, DbTransaction transaction, Entry[] batch, CancellationToken cancellationToken)
    {
        var nowMs = time.GetUtcNow().ToUnixTimeMilliseconds();
        var stored = new bool[batch.Length];
        var connection = session.Connection;
        if (connection.CanCreateBatch && batch.Length > 1)
        {
            // One round trip for the whole batch (PostgreSQL); each command still reports its own row count.
            await using var commands = connection.CreateBatch();
            commands.Transaction = transaction;
            foreach (var entry in batch)
            {
                var command = commands.CreateBatchCommand();
                command.CommandText = InboxStore.InsertSql;
                AddParameters(command.Parameters, command.CreateParameter, entry.Item, nowMs);
                commands.BatchCommands.Add(command);
            }

            await commands.ExecuteNonQueryAsync(cancellationToken);
            for (var i = 0; i < batch.Length; i++)
                stored[i] = commands.BatchCommands[i].RecordsAffected == 1;
        }
        else
        {
            // SQLite: the writer session's prepared statement, re-bound per row (in-process, no round trips to save).
            var command = session.Command(InboxStore.InsertSql, transaction).Set("NowMs", nowMs);
            for (var i = 0; i < batch.Length; i++)
            {
                var item = batch[i].Item;
                stored[i] = await command
                    .Set("Channel", item.Channel)
                    .Set("EventId", item.EventId)
                    .Set("ConversationKey", item.ConversationKey)
                    .Set("PayloadJson", item.PayloadJson)
                    .ExecuteNonQueryAsync(cancellationToken) == 1;
            }
        }

        await ClaimHeadsAsync(session, transaction, batch, stored, nowMs, cancellationToken);
        return stored;
    }

    /// <summary>Claims the head rows of the conversations whose callers asked for it, and gives each claimed row to
    /// the first stored caller of its conversation.</summary>
    private async Task ClaimHeadsAsync(StoreSession session, DbTransaction transaction, Entry[] batch, bool[] stored, long nowMs,
        CancellationToken cancellationToken)
    {
        Dictionary<string, Entry>? claimants = null;
        var lease = TimeSpan.Zero;
        for (var i = 0; i < batch.Length; i++)
        {
            if (!stored[i] || batch[i].ClaimLease is not { } wanted)
                continue;
            claimants ??= new Dictionary<string, Entry>(StringComparer.Ordinal);
            claimants.TryAdd(batch[i].Item.ConversationKey, batch[i]);
            if (wanted > lease)
                lease = wanted;
        }

        if (claimants is null)
            return;
        var claimed = await InboxStore.ClaimHeadsAsync(session, transaction, ClaimHeadsSql, database, claimants.Keys, lease, nowMs,
            cancellationToken);
        foreach (var row in claimed)
            claimants[row.Item.ConversationKey].Claimed = row;
    }

    private static void AddParameters(DbParameterCollection parameters, Func<DbParameter> create, InboxItem item, long nowMs)
    {
        parameters.Add(Parameter(create, "Channel", item.Channel));
        parameters.Add(Parameter(create, "EventId", item.EventId));
        parameters.Add(Parameter(create, "ConversationKey", item.ConversationKey));
        parameters.Add(Parameter(create, "PayloadJson", item.PayloadJson));
        parameters.Add(Parameter(create, "NowMs", nowMs));
    }

    private static DbParameter Parameter(Func<DbParameter> create, string name, object value)
    {
        var parameter = create();
        parameter.ParameterName = name;
        parameter.Value = value;
        return parameter;
    }

    private enum Outcome
    {
        Stored,
        Duplicate,
        Lead,
    }

    private sealed class Entry(InboxItem item, TimeSpan? claimLease)
    {
        public InboxItem Item { get; } = item;

        public TimeSpan? ClaimLease { get; } = claimLease;

        // Written by the batch's writer before it completes Outcome (whose completion publishes them).
        public bool Stored { get; set; }

        public ClaimedInboxItem? Claimed { get; set; }

        public InboxEnqueueResult Result() => Stored ? new InboxEnqueueResult(true, Claimed) : InboxEnqueueResult.Duplicate;

        // Asynchronous continuations: completing callers (or handing the lead on) never runs their code inline.
        public TaskCompletionSource<Outcome> Outcome { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
