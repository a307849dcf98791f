using ChatFlow.Integrations.Storage;
using static ChatFlow.Integrations.Tests.Storage.StoreTestData;

namespace ChatFlow.Integrations.Tests.Storage;

/// <summary>Claiming a conversation's head row inside the writes that already hold the database: at enqueue and at
/// commit. Every <see cref="IInboxStore"/> must keep one row per conversation at a time, in order.</summary>
public abstract class InboxHeadClaimContract(IStoreTestDatabase database)
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task EnqueueAsync_IdleConversation_ClaimsTheNewRowForTheCaller()
    {
        await using var h = await StoreHarness.CreateAsync(database);
        var item = Inbox(NewId("conv"));

        var result = await h.Inbox.EnqueueAsync(item, Lease, h.Ct);

        Assert.True(result.Stored);
        Assert.Equal(item, result.Claimed!.Item);
        Assert.Equal(1, result.Claimed.Attempts);
        Assert.Equal(h.Time.GetUtcNow().Add(Lease).ToUnixTimeMilliseconds(), result.Claimed.LeaseUntilMs);
        Assert.Empty(await h.Inbox.ClaimBatchAsync(Lease, 10, h.Ct)); // nobody else can claim it
        Assert.True(await h.Inbox.CommitAsync(Commit(result.Claimed, 0), h.Ct));
        Assert.Equal(0, await h.Inbox.CountPendingAsync(h.Ct));
    }

    [Fact]
    public async Task EnqueueAsync_ConversationBusy_StoresWithoutClaimAndTheCommitClaimsItNext()
    {
        await using var h = await StoreHarness.CreateAsync(database);
        var key = NewId("conv");
        var first = await h.Inbox.EnqueueAsync(Inbox(key), Lease, h.Ct);
        var secondItem = Inbox(key);

        var second = await h.Inbox.EnqueueAsync(secondItem, Lease, h.Ct);
        var commit = await h.Inbox.CommitBatchAsync([Commit(first.Claimed!, 0)], Lease, h.Ct);

        Assert.True(second.Stored);
        Assert.Null(second.Claimed);
        Assert.Equal([true], commit.Committed);
        var next = Assert.Single(commit.Next);
        Assert.Equal(secondItem, next.Item);
        Assert.Equal(1, next.Attempts);
        Assert.Empty(await h.Inbox.ClaimBatchAsync(Lease, 10, h.Ct));
        Assert.True(await h.Inbox.CommitAsync(Commit(next, 1), h.Ct));
        Assert.Equal(0, await h.Inbox.CountPendingAsync(h.Ct));
    }

    [Fact]
    public async Task EnqueueAsync_Duplicate_ReportsDuplicateAndClaimsNothing()
    {
        await using var h = await StoreHarness.CreateAsync(database);
        var item = Inbox(NewId("conv"));
        var first = await h.Inbox.EnqueueAsync(item, Lease, h.Ct);
        Assert.True(await h.Inbox.CommitAsync(Commit(first.Claimed!, 0), h.Ct));

        var again = await h.Inbox.EnqueueAsync(item, Lease, h.Ct);

        Assert.Equal(InboxEnqueueResult.Duplicate, again);
        Assert.Equal(0, await h.Inbox.CountPendingAsync(h.Ct));
    }

    [Fact]
    public async Task EnqueueAsync_ConcurrentEventsOfFewConversations_ClaimsExactlyOneRowPerConversation()
    {
        await using var h = await StoreHarness.CreateAsync(database);
        var keys = Enumerable.Range(0, 5).Select(_ => NewId("conv")).ToArray();
        var items = Enumerable.Range(0, 40).Select(i => Inbox(keys[i % keys.Length])).ToList();

        var results = await Task.WhenAll(items.Select(item => Task.Run(() => h.Inbox.EnqueueAsync(item, Lease, h.Ct))));

        Assert.All(results, r => Assert.True(r.Stored));
        var claimed = results.Where(r => r.Claimed is not null).Select(r => r.Claimed!).ToList();
        Assert.Equal(keys.Order(), claimed.Select(c => c.Item.ConversationKey).Order());
        Assert.Empty(await h.Inbox.ClaimBatchAsync(Lease, 100, h.Ct)); // the rest wait behind their conversation's head
        var drained = 0;
        var versions = keys.ToDictionary(k => k, _ => 0L);
        while (claimed.Count > 0)
        {
            drained += claimed.Count;
            claimed = (await h.Inbox.CommitBatchAsync(claimed.Select(r => Commit(r, versions[r.Item.ConversationKey]++)).ToList(),
                Lease, h.Ct)).Next.ToList();
        }

        Assert.Equal(items.Count, drained);
    }

    [Fact]
    public async Task CommitBatchAsync_DrainsEachConversationInOrderThroughTheNextClaims()
    {
        await using var h = await StoreHarness.CreateAsync(database);
        var keys = new[] { NewId("conv-a"), NewId("conv-b") };
        var items = Enumerable.Range(0, 6).Select(i => Inbox(keys[i % 2])).ToList();
        var ready = new List<ClaimedInboxItem>();
        foreach (var item in items)
        {
            if ((await h.Inbox.EnqueueAsync(item, Lease, h.Ct)).Claimed is { } claimed)
                ready.Add(claimed);
        }

        var processed = new List<InboxItem>();
        var versions = keys.ToDictionary(k => k, _ => 0L);
        while (ready.Count > 0)
        {
            processed.AddRange(ready.Select(r => r.Item));
            var result = await h.Inbox.CommitBatchAsync(ready.Select(r => Commit(r, versions[r.Item.ConversationKey]++)).ToList(), Lease, h.Ct);
            Assert.All(result.Committed, Assert.True);
            ready = result.Next.ToList();
        }

        Assert.Equal(items.Where(i => i.ConversationKey == keys[0]), processed.Where(i => i.ConversationKey == keys[0]));
        Assert.Equal(items.Where(i => i.ConversationKey == keys[1]), processed.Where(i => i.ConversationKey == keys[1]));
        Assert.Equal(items.Count, processed.Count);
        Assert.Equal(0, await h.Inbox.CountPendingAsync(h.Ct));
    }

    [Fact]
    public async Task CommitBatchAsync_NextRowWaitingForRetry_IsNotClaimedUntilDue()
    {
        await using var h = await StoreHarness.CreateAsync(database);
        var key = NewId("conv");
        var first = (await h.Inbox.EnqueueAsync(Inbox(key), Lease, h.Ct)).Claimed!;
        await h.Inbox.ReleaseAsync(first.Id, first.ClaimToken, "boom", TimeSpan.FromSeconds(10), 5, h.Ct);
        var laterItem = Inbox(key);

        var later = await h.Inbox.EnqueueAsync(laterItem, Lease, h.Ct);

        Assert.Null(later.Claimed); // the released row is the head and is not due yet
        h.Time.Advance(TimeSpan.FromSeconds(10));
        var retried = (await h.Inbox.EnqueueAsync(Inbox(NewId("other")), Lease, h.Ct)).Claimed!;
        Assert.NotEqual(first.Id, retried.Id);
        var again = Assert.Single(await h.Inbox.ClaimBatchAsync(Lease, 10, h.Ct));
        Assert.Equal(first.Id, again.Id);
        var commit = await h.Inbox.CommitBatchAsync([Commit(again, 0)], Lease, h.Ct);
        Assert.Equal(laterItem, Assert.Single(commit.Next).Item);
    }

    [Fact]
    public async Task CommitBatchAsync_ClaimLost_ClaimsNoNextRowForThatConversation()
    {
        await using var h = await StoreHarness.CreateAsync(database);
        var key = NewId("conv");
        var stale = (await h.Inbox.EnqueueAsync(Inbox(key), Lease, h.Ct)).Claimed!;
        await h.Inbox.EnqueueAsync(Inbox(key), Lease, h.Ct);
        h.Time.Advance(Lease);
        var takeover = Assert.Single(await h.Inbox.ClaimBatchAsync(Lease, 10, h.Ct));

        var result = await h.Inbox.CommitBatchAsync([Commit(stale, 0)], Lease, h.Ct);

        Assert.Equal(stale.Id, takeover.Id);
        Assert.Equal([false], result.Committed);
        Assert.Empty(result.Next);
    }

    /// <summary>A commit that stores <c>{}</c> as the state and queues one reply addressed to the conversation key.</summary>
    private static TurnCommit Commit(ClaimedInboxItem claimed, long version) =>
        new(claimed.Id, claimed.ClaimToken, new ConversationStateRecord(claimed.Item.ConversationKey, "{}", version),
            [new OutboxMessage("slack", claimed.Item.ConversationKey, "{}")]);
}
