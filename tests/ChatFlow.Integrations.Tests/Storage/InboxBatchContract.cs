using ChatFlow.Integrations.Storage;
using static ChatFlow.Integrations.Tests.Storage.StoreTestData;

namespace ChatFlow.Integrations.Tests.Storage;

/// <summary>The batched inbox paths every <see cref="IInboxStore"/> must support: group-committed enqueues, batch
/// claims and batch commits.</summary>
public abstract class InboxBatchContract(IStoreTestDatabase database)
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task EnqueueAsync_ConcurrentCallsWithDuplicates_StoresEachEventOnceAndReportsEveryCopyAfterTheFirstAsDuplicate()
    {
        await using var h = await StoreHarness.CreateAsync(database);
        var items = Enumerable.Range(0, 60).Select(_ => Inbox(NewId("conv"))).ToList();
        var calls = items.Concat(items).Concat(items.Take(20)).ToList(); // every event twice, a third of them three times

        var results = await Task.WhenAll(calls.Select(item => Task.Run(() => h.Inbox.EnqueueAsync(item, h.Ct))));

        var storedPerEvent = calls.Zip(results).Where(p => p.Second).GroupBy(p => p.First.EventId).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(items.Count, storedPerEvent.Count);
        Assert.All(storedPerEvent.Values, count => Assert.Equal(1, count));
        Assert.Equal(items.Count, await h.Inbox.CountPendingAsync(h.Ct));
    }

    [Fact]
    public async Task EnqueueAsync_CallsArrivingDuringAWrite_ShareTheNextTransaction()
    {
        await using var h = await StoreHarness.CreateAsync(database);
        var store = (InboxStore)h.Inbox;
        var items = Enumerable.Range(0, 50).Select(_ => Inbox(NewId("conv"))).ToList();

        // While another writer holds SQLite's write gate (on PostgreSQL there is none and the batches form while the
        // first insert is on the wire) the first call's batch waits and the others queue up behind it.
        Task<bool[]> all;
        using (await h.Database.EnterWriteAsync(h.Ct))
        {
            all = Task.WhenAll(items.Select(item => Task.Run(() => h.Inbox.EnqueueAsync(item, h.Ct))));
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (store.QueuedEnqueues < items.Count - 1 && !all.IsCompleted && DateTime.UtcNow < deadline)
                await Task.Yield();
        }

        Assert.All(await all, Assert.True);
        Assert.True(store.LargestEnqueueBatch > 1, "no two concurrent inserts shared a transaction");
        Assert.Equal(items.Count, await h.Inbox.CountPendingAsync(h.Ct));
    }

    [Fact]
    public async Task ClaimBatchAsync_SeveralConversations_ClaimsOldestRowOfEachUnderOneLease()
    {
        await using var h = await StoreHarness.CreateAsync(database);
        var (a, b, c) = (NewId("conv-a"), NewId("conv-b"), NewId("conv-c"));
        var a1 = Inbox(a);
        var a2 = Inbox(a);
        var b1 = Inbox(b);
        var c1 = Inbox(c);
        foreach (var item in new[] { a1, a2, b1, c1 })
            await h.Inbox.EnqueueAsync(item, h.Ct);

        var batch = await h.Inbox.ClaimBatchAsync(Lease, 10, h.Ct);
        var again = await h.Inbox.ClaimBatchAsync(Lease, 10, h.Ct);

        Assert.Equal([a1, b1, c1], batch.Select(r => r.Item));
        Assert.True(batch.Select(r => r.Id).SequenceEqual(batch.Select(r => r.Id).Order()));
        Assert.All(batch, r => Assert.Equal(h.Time.GetUtcNow().Add(Lease).ToUnixTimeMilliseconds(), r.LeaseUntilMs));
        Assert.All(batch, r => Assert.Equal(1, r.Attempts));
        Assert.Empty(again);
    }

    [Fact]
    public async Task ClaimBatchAsync_Max_ClaimsOnlyTheOldestRows()
    {
        await using var h = await StoreHarness.CreateAsync(database);
        var items = Enumerable.Range(0, 5).Select(_ => Inbox(NewId("conv"))).ToList();
        foreach (var item in items)
            await h.Inbox.EnqueueAsync(item, h.Ct);

        var first = await h.Inbox.ClaimBatchAsync(Lease, 2, h.Ct);
        var rest = await h.Inbox.ClaimBatchAsync(Lease, 10, h.Ct);

        Assert.Equal(items.Take(2), first.Select(r => r.Item));
        Assert.Equal(items.Skip(2), rest.Select(r => r.Item));
    }

    [Fact]
    public async Task ClaimBatchAsync_LeaseExpired_AnotherWorkerTakesOverTheBatchAndTheStaleCommitsAreLost()
    {
        await using var h = await StoreHarness.CreateAsync(database);
        var keys = new[] { NewId("conv"), NewId("conv") };
        foreach (var key in keys)
            await h.Inbox.EnqueueAsync(Inbox(key), h.Ct);
        var stale = await h.Inbox.ClaimBatchAsync(Lease, 10, h.Ct);
        Assert.Empty(await h.Inbox.ClaimBatchAsync(Lease, 10, h.Ct));
        h.Time.Advance(Lease);

        var takeover = await h.Inbox.ClaimBatchAsync(Lease, 10, h.Ct);
        var staleCommits = await h.Inbox.CommitBatchAsync(stale.Select(r => Commit(r, 0)).ToList(), h.Ct);

        Assert.Equal(stale.Select(r => r.Id), takeover.Select(r => r.Id));
        Assert.All(takeover, r => Assert.Equal(2, r.Attempts));
        Assert.All(takeover, r => Assert.NotEqual(stale[0].ClaimToken, r.ClaimToken));
        Assert.Equal([false, false], staleCommits);
        Assert.Empty(await h.Outbox.GetDueAsync("slack", 10, h.Ct));
        Assert.Equal([true, true], await h.Inbox.CommitBatchAsync(takeover.Select(r => Commit(r, 0)).ToList(), h.Ct));
    }

    [Fact]
    public async Task CommitBatchAsync_OneClaimLostAndOneStateStale_CommitsTheOthersAndWritesNothingForTheLosers()
    {
        await using var h = await StoreHarness.CreateAsync(database);
        // conv-stale already has state version 1 from an earlier turn.
        var staleKey = NewId("conv-stale");
        await h.Inbox.EnqueueAsync(Inbox(staleKey), h.Ct);
        var earlier = (await h.Inbox.ClaimBatchAsync(Lease, 1, h.Ct))[0];
        Assert.True(await h.Inbox.CommitAsync(Commit(earlier, 0), h.Ct));
        var lostKey = NewId("conv-lost");
        var okKey = NewId("conv-ok");
        foreach (var key in new[] { lostKey, staleKey, okKey })
            await h.Inbox.EnqueueAsync(Inbox(key), h.Ct);
        var batch = await h.Inbox.ClaimBatchAsync(Lease, 10, h.Ct);
        Assert.Equal([lostKey, staleKey, okKey], batch.Select(r => r.Item.ConversationKey));
        h.Time.Advance(Lease);
        var takeover = await h.Inbox.ClaimNextAsync(Lease, h.Ct); // takes conv-lost's row over
        Assert.Equal(batch[0].Id, takeover!.Id);

        var committed = await h.Inbox.CommitBatchAsync([Commit(batch[0], 0), Commit(batch[1], 0), Commit(batch[2], 0)], h.Ct);

        Assert.Equal([false, false, true], committed);
        Assert.Null(await h.States.GetAsync(lostKey, h.Ct));
        Assert.Equal(1, (await h.States.GetAsync(staleKey, h.Ct))!.Version);
        Assert.Equal(1, (await h.States.GetAsync(okKey, h.Ct))!.Version);
        var due = await h.Outbox.GetDueAsync("slack", 10, h.Ct);
        Assert.Equal([earlier.Item.ConversationKey, okKey], due.Select(r => r.Message.ConversationId));
        // Still unfinished: conv-lost (claimed by the takeover) and conv-stale (claimed until released).
        Assert.Equal(2, await h.Inbox.CountPendingAsync(h.Ct));
        Assert.True(await h.Inbox.CommitAsync(Commit(takeover, 0), h.Ct));
        Assert.True(await h.Inbox.CommitAsync(Commit(batch[1], 1), h.Ct));
        Assert.Equal(0, await h.Inbox.CountPendingAsync(h.Ct));
    }

    [Fact]
    public async Task GetManyAsync_SomeConversationsWithState_ReturnsExactlyThose()
    {
        await using var h = await StoreHarness.CreateAsync(database);
        var withState = NewId("conv");
        await h.Inbox.EnqueueAsync(Inbox(withState), h.Ct);
        Assert.True(await h.Inbox.CommitAsync(Commit((await h.Inbox.ClaimBatchAsync(Lease, 1, h.Ct))[0], 0), h.Ct));

        var states = await h.States.GetManyAsync([withState, NewId("conv"), withState], h.Ct);

        Assert.Equal([withState], states.Keys);
        Assert.Equal(1, states[withState].Version);
    }

    /// <summary>A commit that stores <c>{}</c> as the state and queues one reply addressed to the conversation key.</summary>
    private static TurnCommit Commit(ClaimedInboxItem claimed, long version) =>
        new(claimed.Id, claimed.ClaimToken, new ConversationStateRecord(claimed.Item.ConversationKey, "{}", version),
            [new OutboxMessage("slack", claimed.Item.ConversationKey, "{}")]);
}
