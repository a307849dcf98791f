using System.Data.Common;

namespace ChatFlow.Integrations.Storage;

/// <summary>Group commit for every frequent writer of this process (inbox inserts, turn commits, outbox marks): each
/// <see cref="WriteAsync{T}"/> call queues its work, and one caller at a time (the leader) runs everything queued in one
/// <c>BEGIN IMMEDIATE</c> transaction on the writer session, each call's work between <c>SAVEPOINT</c> and
/// <c>RELEASE</c>, then commits once. With <c>synchronous = FULL</c> that commit's fsync dominates a write's cost, and
/// the three write streams of a busy host would otherwise pay one each.</summary>
/// <remarks>No background task, as in <see cref="InboxGroupCommit"/>: the first caller that finds no round in progress
/// leads; callers arriving meanwhile queue, and the leader hands the lead to the oldest of them when its round is done.
/// A call whose work throws is rolled back to its savepoint and gets the exception; the others are not affected. A
/// failed <c>COMMIT</c> (or a savepoint that cannot be rolled back) fails every call of the round: none of their
/// writes exists. Every call completes only after the commit that holds its writes.</remarks>
internal sealed partial class SqliteStoreDatabase
{
    /// <summary>Most calls run in one transaction.</summary>
    internal const int MaxWritesPerRound = 256;

    private const string SavepointSql = "SAVEPOINT chatflow_write";
    private const string ReleaseSavepointSql = "RELEASE chatflow_write";
    private const string RollbackSavepointSql = "ROLLBACK TO chatflow_write";

    private readonly Lock writeQueueGate = new();
    private readonly Queue<QueuedWrite> writeQueue = new();
    private bool leadingWrites;

    /// <summary>Most calls committed by one transaction so far (a diagnostic for tests and benchmarks).</summary>
    internal int LargestWriteRound { get; private set; }

    public override async Task<T> WriteAsync<T>(Func<StoreSession, DbTransaction, CancellationToken, Task<T>> work,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        cancellationToken.ThrowIfCancellationRequested();
        var write = new QueuedWrite<T>(work);
        bool lead;
        lock (writeQueueGate)
        {
            writeQueue.Enqueue(write);
            lead = !leadingWrites;
            leadingWrites = true;
        }

        // A queued caller must not walk away: the lead may be handed to it, and the next round waits for it.
        if (lead || await write.Signal.Task)
            await LeadWritesAsync();
        return write.Result();
    }

    /// <summary>Calls queued and not yet taken into a round (diagnostics, tests).</summary>
    internal int QueuedWrites
    {
        get
        {
            lock (writeQueueGate)
                return writeQueue.Count;
        }
    }

    /// <summary>Waits for the writer session, then runs everything queued by then as one round (the caller's own write
    /// first), completes the other callers, and hands the lead on.</summary>
    private async Task LeadWritesAsync()
    {
        QueuedWrite[] round = [];
        try
        {
            // The round is taken only once the write turn is ours: calls queued while we waited join it.
            await using var session = await OpenWriteSessionAsync(CancellationToken.None);
            lock (writeQueueGate)
            {
                round = new QueuedWrite[Math.Min(writeQueue.Count, MaxWritesPerRound)];
                for (var i = 0; i < round.Length; i++)
                    round[i] = writeQueue.Dequeue();
            }

            await RunRoundAsync(session, round);
        }
#pragma warning disable CA1031 // Handed to every caller of the round.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            if (round.Length == 0)
            {
                // No session: fail the write at the head (ours), so the caller sees why.
                lock (writeQueueGate)
                    round = [writeQueue.Dequeue()];
            }

            foreach (var write in round)
                write.Fail(exception);
        }
        finally
        {
            QueuedWrite? next = null;
            lock (writeQueueGate)
            {
                if (round.Length > LargestWriteRound)
                    LargestWriteRound = round.Length;
                if (writeQueue.Count > 0)
                    next = writeQueue.Peek();
                else
                    leadingWrites = false;
            }

            // The leader's own write is round[0]: it reads its result after this returns.
            for (var i = 1; i < round.Length; i++)
                round[i].Signal.TrySetResult(false);
            next?.Signal.TrySetResult(true);
        }
    }

    private async Task RunRoundAsync(StoreSession session, QueuedWrite[] round)
    {
        await using var transaction = await BeginWriteAsync(session.Connection, CancellationToken.None);
        var alone = round.Length == 1;
        foreach (var write in round)
        {
            if (alone)
            {
                // Nothing to isolate it from: its failure rolls back the whole transaction.
                await write.RunAsync(session, transaction);
                continue;
            }

            await session.Command(SavepointSql, transaction).ExecuteNonQueryAsync();
            try
            {
                await write.RunAsync(session, transaction);
            }
#pragma warning disable CA1031 // Handed to the write's caller.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                // Undoes this write only. After an error that ended the transaction (disk full, I/O error) the
                // savepoint is gone, this throws, and the whole round fails.
                await session.Command(RollbackSavepointSql, transaction).ExecuteNonQueryAsync();
                write.Fail(exception);
            }

            await session.Command(ReleaseSavepointSql, transaction).ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync(CancellationToken.None);
    }

    private abstract class QueuedWrite
    {
        /// <summary><c>true</c>: lead the next round; <c>false</c>: the write's round is over (committed or failed).
        /// Asynchronous continuations: completing callers never runs their code inline.</summary>
        public TaskCompletionSource<bool> Signal { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>Runs the work (once) and keeps its result.</summary>
        public abstract Task RunAsync(StoreSession session, DbTransaction transaction);

        /// <summary>Records a failure (the first one wins); <c>Result</c> then throws it.</summary>
        public abstract void Fail(Exception exception);
    }

    private sealed class QueuedWrite<T>(Func<StoreSession, DbTransaction, CancellationToken, Task<T>> work) : QueuedWrite
    {
        private T? value;
        private System.Runtime.ExceptionServices.ExceptionDispatchInfo? failure;

        public override async Task RunAsync(StoreSession session, DbTransaction transaction) =>
            value = await work(session, transaction, CancellationToken.None);

        public override void Fail(Exception exception) =>
            failure ??= System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(exception);

        // Read after Signal completed (or by the leader after its round): that publishes value and failure.
        public T Result()
        {
            failure?.Throw();
            return value!;
        }
    }
}
