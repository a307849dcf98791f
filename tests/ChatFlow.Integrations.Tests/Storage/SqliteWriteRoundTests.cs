using ChatFlow.Integrations.Storage;
using Dapper;
using static ChatFlow.Integrations.Tests.Storage.StoreTestData;

namespace ChatFlow.Integrations.Tests.Storage;

/// <summary>SQLite's group commit of all frequent writers (<see cref="SqliteStoreDatabase.WriteAsync{T}"/>) and its
/// kept sessions: shared transactions, per-write savepoints, prepared statements that survive between uses, readers
/// that never pin the WAL.</summary>
public sealed class SqliteWriteRoundTests(SqliteFixture fixture) : IClassFixture<SqliteFixture>
{
    [Fact]
    public async Task WriteAsync_WritesQueuedBehindARound_ShareOneTransaction()
    {
        await using var h = await StoreHarness.CreateAsync(fixture);
        var database = (SqliteStoreDatabase)h.Database;
        var items = Enumerable.Range(0, 40).Select(_ => Inbox(NewId("conv"))).ToList();

        // Writers of different stores queue while the write gate is held; the next round takes them together.
        Task all;
        using (await database.EnterWriteAsync(h.Ct))
        {
            all = Task.WhenAll(
                Task.WhenAll(items.Select(item => Task.Run(() => h.Inbox.EnqueueAsync(item, h.Ct)))),
                Task.Run(() => h.Inbox.ReleaseAsync(12345, "no-such-claim", "x", TimeSpan.Zero, 3, h.Ct)),
                Task.Run(() => h.Outbox.MarkDeliveredAsync([1, 2, 3], h.Ct)));
            // The inbox's own group commit sends its batch as one write; release and mark are one each.
            await WaitUntilAsync(() => database.QueuedWrites >= 3, h.Ct);
        }

        await all;
        Assert.True(database.LargestWriteRound > 1, "no two writes shared a transaction");
        Assert.Equal(items.Count, await h.Inbox.CountPendingAsync(h.Ct));
    }

    [Fact]
    public async Task WriteAsync_OneWriteOfARoundThrows_OnlyItsOwnWritesAreUndone()
    {
        await using var h = await StoreHarness.CreateAsync(fixture);
        var database = (SqliteStoreDatabase)h.Database;
        var (kept, undone) = (Inbox(NewId("conv")), Inbox(NewId("conv")));

        Task<bool> keptWrite;
        Task<bool> failingWrite;
        using (await database.EnterWriteAsync(h.Ct))
        {
            failingWrite = database.WriteAsync<bool>(async (session, transaction, token) =>
            {
                await InboxStore.InsertAsync(session.Connection, transaction, undone, 1, token);
                throw new InvalidOperationException("the work failed after writing");
            }, h.Ct);
            keptWrite = database.WriteAsync((session, transaction, token) =>
                InboxStore.InsertAsync(session.Connection, transaction, kept, 1, token), h.Ct);
            await WaitUntilAsync(() => database.QueuedWrites >= 2, h.Ct);
        }

        await Assert.ThrowsAsync<InvalidOperationException>(() => failingWrite);
        Assert.True(await keptWrite);
        Assert.Equal(2, database.LargestWriteRound);
        await using var connection = await database.OpenAsync(h.Ct);
        var events = (await connection.QueryAsync<string>("SELECT event_id FROM inbox")).ToList();
        Assert.Equal([kept.EventId], events);
    }

    [Fact]
    public async Task Sessions_AfterReadsAndWrites_LeaveNoReadTransactionThatBlocksACheckpoint()
    {
        await using var h = await StoreHarness.CreateAsync(fixture);
        var key = NewId("conv");
        await h.Inbox.EnqueueAsync(Inbox(key), h.Ct);
        _ = await h.States.GetManyAsync([key], h.Ct);
        _ = await h.Outbox.GetDueAsync("slack", 10, h.Ct);
        _ = await h.Inbox.ClaimBatchAsync(TimeSpan.FromSeconds(30), 10, h.Ct);

        await using var connection = await h.Database.OpenAsync(h.Ct);
        var (busy, logFrames, checkpointed) = await connection.QuerySingleAsync<(long, long, long)>("PRAGMA wal_checkpoint(TRUNCATE)");
        Assert.Equal(0, busy);
        Assert.Equal(logFrames, checkpointed);
    }

    private static async Task WaitUntilAsync(Func<bool> condition, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!condition() && DateTime.UtcNow < deadline)
            await Task.Delay(5, cancellationToken);
        Assert.True(condition(), "condition not reached within 30 s");
    }
}
