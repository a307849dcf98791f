using System.Collections.Concurrent;
using ChatFlow.Integrations.Storage;
using static ChatFlow.Integrations.Tests.Storage.StoreTestData;

namespace ChatFlow.Integrations.Tests.Storage;

/// <summary>What every <see cref="IInboxStore"/> must do.</summary>
public abstract class InboxStoreContract(IStoreTestDatabase database)
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task EnqueueAsync_SameChannelAndEventId_StoresOnce()
    {
        await using var h = await StoreHarness.CreateAsync(database);
        var item = Inbox(NewId("conv"));

        var first = await h.Inbox.EnqueueAsync(item, h.Ct);
        var second = await h.Inbox.EnqueueAsync(item with { PayloadJson = "{}" }, h.Ct);

        Assert.True(first);
        Assert.False(second);
        Assert.Equal(1, await h.Inbox.CountPendingAsync(h.Ct));
    }

    [Fact]
    public async Task EnqueueAsync_SameEventIdOnOtherChannel_StoresBoth()
    {
        await using var h = await StoreHarness.CreateAsync(database);
        var eventId = NewId("evt");

        var slack = await h.Inbox.EnqueueAsync(Inbox(NewId("conv"), eventId, "slack"), h.Ct);
        var teams = await h.Inbox.EnqueueAsync(Inbox(NewId("conv"), eventId, "msteams"), h.Ct);

        Assert.True(slack);
        Assert.True(teams);
        Assert.Equal(2, await h.Inbox.CountPendingAsync(h.Ct));
    }

    [Fact]
    public async Task ClaimNextAsync_NoRows_ReturnsNull()
    {
        await using var h = await StoreHarness.CreateAsync(database);

        var claimed = await h.Inbox.ClaimNextAsync(Lease, h.Ct);

        Assert.Null(claimed);
    }

    [Fact]
    public async Task ClaimNextAsync_PendingRow_ReturnsItWithLeaseAndFirstAttempt()
    {
        await using var h = await StoreHarness.CreateAsync(database);
        var item = Inbox(NewId("conv"));
        await h.Inbox.EnqueueAsync(item, h.Ct);

        var claimed = await h.Inbox.ClaimNextAsync(Lease, h.Ct);

        Assert.NotNull(claimed);
        Assert.Equal(item, claimed.Item);
        Assert.Equal(1, claimed.Attempts);
        Assert.Equal(h.Time.GetUtcNow().Add(Lease).ToUnixTimeMilliseconds(), claimed.LeaseUntilMs);
        Assert.False(string.IsNullOrEmpty(claimed.ClaimToken));
    }

    [Fact]
    public async Task ClaimNextAsync_FirstOfConversationClaimed_SkipsItsSecondButClaimsOtherConversation()
    {
        await using var h = await StoreHarness.CreateAsync(database);
        var a = NewId("conv-a");
        var b = NewId("conv-b");
        var a1 = Inbox(a);
        var a2 = Inbox(a);
        var b1 = Inbox(b);
        await h.Inbox.EnqueueAsync(a1, h.Ct);
        await h.Inbox.EnqueueAsync(a2, h.Ct);
        await h.Inbox.EnqueueAsync(b1, h.Ct);

        var first = await h.Inbox.ClaimNextAsync(Lease, h.Ct);
        var second = await h.Inbox.ClaimNextAsync(Lease, h.Ct);
        var third = await h.Inbox.ClaimNextAsync(Lease, h.Ct);

        Assert.Equal(a1, first?.Item);
        Assert.Equal(b1, second?.Item);
        Assert.Null(third);
    }

    [Fact]
    public async Task CommitAsync_FirstOfConversationDone_MakesSecondClaimable()
    {
        await using var h = await StoreHarness.CreateAsync(database);
        var key = NewId("conv");
        var second = Inbox(key);
        await h.Inbox.EnqueueAsync(Inbox(key), h.Ct);
        await h.Inbox.EnqueueAsync(second, h.Ct);
        var first = await h.Inbox.ClaimNextAsync(Lease, h.Ct);

        var committed = await h.Inbox.CommitAsync(
            new TurnCommit(first!.Id, first.ClaimToken, new ConversationStateRecord(key, "{\"n\":1}", 0), []), h.Ct);
        var next = await h.Inbox.ClaimNextAsync(Lease, h.Ct);

        Assert.True(committed);
        Assert.Equal(second, next?.Item);
    }

    [Fact]
    public async Task CommitAsync_ValidClaim_SavesStateQueuesOutboxAndMarksDone()
    {
        await using var h = await StoreHarness.CreateAsync(database);
        var key = NewId("conv");
        await h.Inbox.EnqueueAsync(Inbox(key), h.Ct);
        var claimed = await h.Inbox.ClaimNextAsync(Lease, h.Ct);
        var reply = new OutboxMessage("slack", NewId("C"), "{\"text\":\"hi\"}");

        var committed = await h.Inbox.CommitAsync(
            new TurnCommit(claimed!.Id, claimed.ClaimToken, new ConversationStateRecord(key, "{\"step\":1}", 0), [reply]), h.Ct);

        Assert.True(committed);
        Assert.Equal(new ConversationStateRecord(key, "{\"step\":1}", 1), await h.States.GetAsync(key, h.Ct));
        var due = Assert.Single(await h.Outbox.GetDueAsync("slack", 10, h.Ct));
        Assert.Equal(reply, due.Message);
        Assert.Equal(0, await h.Inbox.CountPendingAsync(h.Ct));
        Assert.Null(await h.Inbox.ClaimNextAsync(Lease, h.Ct));
    }

    [Fact]
    public async Task CommitAsync_SameClaimTwice_SecondReturnsFalse()
    {
        await using var h = await StoreHarness.CreateAsync(database);
        var key = NewId("conv");
        await h.Inbox.EnqueueAsync(Inbox(key), h.Ct);
        var claimed = await h.Inbox.ClaimNextAsync(Lease, h.Ct);
        await h.Inbox.CommitAsync(new TurnCommit(claimed!.Id, claimed.ClaimToken, new ConversationStateRecord(key, "{}", 0), []), h.Ct);

        var again = await h.Inbox.CommitAsync(
            new TurnCommit(claimed.Id, claimed.ClaimToken, new ConversationStateRecord(key, "{}", 1), []), h.Ct);

        Assert.False(again);
        Assert.Equal(1, (await h.States.GetAsync(key, h.Ct))!.Version);
    }

    [Fact]
    public async Task ClaimNextAsync_LeaseLive_DoesNotReturnClaimedRow()
    {
        await using var h = await StoreHarness.CreateAsync(database);
        await h.Inbox.EnqueueAsync(Inbox(NewId("conv")), h.Ct);
        await h.Inbox.ClaimNextAsync(Lease, h.Ct);
        h.Time.Advance(Lease - TimeSpan.FromMilliseconds(1));

        var second = await h.Inbox.ClaimNextAsync(Lease, h.Ct);

        Assert.Null(second);
    }

    [Fact]
    public async Task ClaimNextAsync_LeaseExpired_AnotherWorkerTakesOverWithNewTokenAndAttempt()
    {
        await using var h = await StoreHarness.CreateAsync(database);
        await h.Inbox.EnqueueAsync(Inbox(NewId("conv")), h.Ct);
        var first = await h.Inbox.ClaimNextAsync(Lease, h.Ct);
        h.Time.Advance(Lease);

        var takeover = await h.Inbox.ClaimNextAsync(Lease, h.Ct);

        Assert.NotNull(takeover);
        Assert.Equal(first!.Id, takeover.Id);
        Assert.Equal(2, takeover.Attempts);
        Assert.NotEqual(first.ClaimToken, takeover.ClaimToken);
        Assert.Equal(h.Time.GetUtcNow().Add(Lease).ToUnixTimeMilliseconds(), takeover.LeaseUntilMs);
    }

    [Fact]
    public async Task CommitAsync_ClaimLostToTakeover_ReturnsFalseAndWritesNothing()
    {
        await using var h = await StoreHarness.CreateAsync(database);
        var key = NewId("conv");
        await h.Inbox.EnqueueAsync(Inbox(key), h.Ct);
        var stale = await h.Inbox.ClaimNextAsync(Lease, h.Ct);
        h.Time.Advance(Lease + TimeSpan.FromSeconds(1));
        var current = await h.Inbox.ClaimNextAsync(Lease, h.Ct);
        var reply = new OutboxMessage("slack", NewId("C"), "{}");

        var staleCommit = await h.Inbox.CommitAsync(
            new TurnCommit(stale!.Id, stale.ClaimToken, new ConversationStateRecord(key, "{\"by\":\"stale\"}", 0), [reply]), h.Ct);

        Assert.False(staleCommit);
        Assert.Null(await h.States.GetAsync(key, h.Ct));
        Assert.Empty(await h.Outbox.GetDueAsync("slack", 10, h.Ct));
        Assert.Equal(1, await h.Inbox.CountPendingAsync(h.Ct));
        Assert.True(await h.Inbox.CommitAsync(
            new TurnCommit(current!.Id, current.ClaimToken, new ConversationStateRecord(key, "{\"by\":\"current\"}", 0), [reply]), h.Ct));
    }

    [Fact]
    public async Task CommitAsync_ExpiredLeaseNotTakenOver_StillCommits()
    {
        await using var h = await StoreHarness.CreateAsync(database);
        var key = NewId("conv");
        await h.Inbox.EnqueueAsync(Inbox(key), h.Ct);
        var claimed = await h.Inbox.ClaimNextAsync(Lease, h.Ct);
        h.Time.Advance(Lease * 2);

        var committed = await h.Inbox.CommitAsync(
            new TurnCommit(claimed!.Id, claimed.ClaimToken, new ConversationStateRecord(key, "{}", 0), []), h.Ct);

        Assert.True(committed);
        Assert.Null(await h.Inbox.ClaimNextAsync(Lease, h.Ct));
    }

    [Fact]
    public async Task CommitAsync_StateVersionChanged_ReturnsFalseAndQueuesNoOutbox()
    {
        await using var h = await StoreHarness.CreateAsync(database);
        var key = NewId("conv");
        var conversationId = NewId("C");
        await h.Inbox.EnqueueAsync(Inbox(key), h.Ct);
        await h.Inbox.EnqueueAsync(Inbox(key), h.Ct);
        var first = await h.Inbox.ClaimNextAsync(Lease, h.Ct);
        await h.Inbox.CommitAsync(new TurnCommit(first!.Id, first.ClaimToken, new ConversationStateRecord(key, "{\"turn\":1}", 0),
            [new OutboxMessage("slack", conversationId, "{\"reply\":1}")]), h.Ct);
        var second = await h.Inbox.ClaimNextAsync(Lease, h.Ct);

        var conflicting = await h.Inbox.CommitAsync(new TurnCommit(second!.Id, second.ClaimToken,
            new ConversationStateRecord(key, "{\"turn\":2}", 0), [new OutboxMessage("slack", conversationId, "{\"reply\":2}")]), h.Ct);

        Assert.False(conflicting);
        Assert.Equal(new ConversationStateRecord(key, "{\"turn\":1}", 1), await h.States.GetAsync(key, h.Ct));
        var due = Assert.Single(await h.Outbox.GetDueAsync("slack", 10, h.Ct));
        Assert.Equal("{\"reply\":1}", due.Message.PayloadJson);
        Assert.Equal(1, await h.Inbox.CountPendingAsync(h.Ct));
        Assert.True(await h.Inbox.CommitAsync(new TurnCommit(second.Id, second.ClaimToken,
            new ConversationStateRecord(key, "{\"turn\":2}", 1), []), h.Ct));
        Assert.Equal(2, (await h.States.GetAsync(key, h.Ct))!.Version);
    }

    [Fact]
    public async Task CommitAsync_StaleVersionOfExistingState_ReturnsFalse()
    {
        await using var h = await StoreHarness.CreateAsync(database);
        var key = NewId("conv");
        for (var turn = 0; turn < 2; turn++)
        {
            await h.Inbox.EnqueueAsync(Inbox(key), h.Ct);
            var c = await h.Inbox.ClaimNextAsync(Lease, h.Ct);
            Assert.True(await h.Inbox.CommitAsync(new TurnCommit(c!.Id, c.ClaimToken, new ConversationStateRecord(key, "{}", turn), []), h.Ct));
        }

        await h.Inbox.EnqueueAsync(Inbox(key), h.Ct);
        var claimed = await h.Inbox.ClaimNextAsync(Lease, h.Ct);

        var stale = await h.Inbox.CommitAsync(
            new TurnCommit(claimed!.Id, claimed.ClaimToken, new ConversationStateRecord(key, "{\"stale\":true}", 1), []), h.Ct);

        Assert.False(stale);
        Assert.Equal(new ConversationStateRecord(key, "{}", 2), await h.States.GetAsync(key, h.Ct));
    }

    [Fact]
    public async Task ReleaseAsync_BelowMaxAttempts_ClaimableAgainAfterRetryDelay()
    {
        await using var h = await StoreHarness.CreateAsync(database);
        await h.Inbox.EnqueueAsync(Inbox(NewId("conv")), h.Ct);
        var claimed = await h.Inbox.ClaimNextAsync(Lease, h.Ct);

        await h.Inbox.ReleaseAsync(claimed!.Id, claimed.ClaimToken, "connector timed out", TimeSpan.FromSeconds(10), 3, h.Ct);
        var tooEarly = await h.Inbox.ClaimNextAsync(Lease, h.Ct);
        h.Time.Advance(TimeSpan.FromSeconds(10));
        var retried = await h.Inbox.ClaimNextAsync(Lease, h.Ct);

        Assert.Null(tooEarly);
        Assert.Equal(claimed.Id, retried?.Id);
        Assert.Equal(2, retried?.Attempts);
        Assert.Equal(1, await h.Inbox.CountPendingAsync(h.Ct));
    }

    [Fact]
    public async Task ReleaseAsync_WaitingForRetry_BlocksLaterRowsOfItsConversation()
    {
        await using var h = await StoreHarness.CreateAsync(database);
        var key = NewId("conv");
        await h.Inbox.EnqueueAsync(Inbox(key), h.Ct);
        await h.Inbox.EnqueueAsync(Inbox(key), h.Ct);
        var first = await h.Inbox.ClaimNextAsync(Lease, h.Ct);

        await h.Inbox.ReleaseAsync(first!.Id, first.ClaimToken, "boom", TimeSpan.FromSeconds(5), 3, h.Ct);
        var whileWaiting = await h.Inbox.ClaimNextAsync(Lease, h.Ct);
        h.Time.Advance(TimeSpan.FromSeconds(5));
        var afterDelay = await h.Inbox.ClaimNextAsync(Lease, h.Ct);

        Assert.Null(whileWaiting);
        Assert.Equal(first.Id, afterDelay?.Id);
    }

    [Fact]
    public async Task ReleaseAsync_MaxAttemptsReached_MarksDeadAndUnblocksConversation()
    {
        await using var h = await StoreHarness.CreateAsync(database);
        var key = NewId("conv");
        var second = Inbox(key);
        await h.Inbox.EnqueueAsync(Inbox(key), h.Ct);
        await h.Inbox.EnqueueAsync(second, h.Ct);
        var first = await h.Inbox.ClaimNextAsync(Lease, h.Ct);
        await h.Inbox.ReleaseAsync(first!.Id, first.ClaimToken, "boom", TimeSpan.Zero, 2, h.Ct);
        var retry = await h.Inbox.ClaimNextAsync(Lease, h.Ct);

        await h.Inbox.ReleaseAsync(retry!.Id, retry.ClaimToken, "boom again", TimeSpan.Zero, 2, h.Ct);
        h.Time.Advance(TimeSpan.FromHours(1));
        var next = await h.Inbox.ClaimNextAsync(Lease, h.Ct);
        var none = await h.Inbox.ClaimNextAsync(Lease, h.Ct);

        Assert.Equal(first.Id, retry.Id);
        Assert.Equal(second, next?.Item);
        Assert.Null(none);
        Assert.Equal(1, await h.Inbox.CountPendingAsync(h.Ct));
    }

    [Fact]
    public async Task ReleaseAsync_StaleClaimToken_ChangesNothing()
    {
        await using var h = await StoreHarness.CreateAsync(database);
        await h.Inbox.EnqueueAsync(Inbox(NewId("conv")), h.Ct);
        var stale = await h.Inbox.ClaimNextAsync(Lease, h.Ct);
        h.Time.Advance(Lease);
        var current = await h.Inbox.ClaimNextAsync(Lease, h.Ct);

        await h.Inbox.ReleaseAsync(stale!.Id, stale.ClaimToken, "late failure", TimeSpan.Zero, 1, h.Ct);

        Assert.Null(await h.Inbox.ClaimNextAsync(Lease, h.Ct));
        Assert.Equal(1, await h.Inbox.CountPendingAsync(h.Ct));
        Assert.True(await h.Inbox.CommitAsync(new TurnCommit(current!.Id, current.ClaimToken,
            new ConversationStateRecord(current.Item.ConversationKey, "{}", 0), []), h.Ct));
    }

    [Fact]
    public async Task ClaimNextAsync_ConcurrentClaimers_ClaimEachRowExactlyOnce()
    {
        await using var h = await StoreHarness.CreateAsync(database);
        const int rows = 200;
        for (var i = 0; i < rows; i++)
        {
            await h.Inbox.EnqueueAsync(Inbox(NewId("conv")), h.Ct);
        }

        var claims = new ConcurrentBag<long>();

        await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(async () =>
        {
            while (await h.Inbox.ClaimNextAsync(Lease, h.Ct) is { } claimed)
            {
                claims.Add(claimed.Id);
            }
        })));
        while (await h.Inbox.ClaimNextAsync(Lease, h.Ct) is { } leftover)
        {
            claims.Add(leftover.Id);
        }

        Assert.Equal(rows, claims.Count);
        Assert.Equal(rows, claims.Distinct().Count());
    }

    [Fact]
    public async Task ClaimNextAsync_ConcurrentWorkers_ProcessEachConversationInOrder()
    {
        await using var h = await StoreHarness.CreateAsync(database);
        var keys = Enumerable.Range(0, 4).Select(_ => NewId("conv")).ToArray();
        const int turnsPerConversation = 8;
        var expected = new Dictionary<string, List<string>>();
        foreach (var key in keys)
        {
            expected[key] = [];
        }

        for (var turn = 0; turn < turnsPerConversation; turn++)
        {
            foreach (var key in keys)
            {
                var item = Inbox(key);
                expected[key].Add(item.EventId);
                await h.Inbox.EnqueueAsync(item, h.Ct);
            }
        }

        var inFlight = new ConcurrentDictionary<string, int>();
        var overlaps = 0;
        var processed = new ConcurrentDictionary<string, ConcurrentQueue<string>>();
        var deadline = DateTime.UtcNow.AddSeconds(60);

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            while (DateTime.UtcNow < deadline)
            {
                var claimed = await h.Inbox.ClaimNextAsync(Lease, h.Ct);
                if (claimed is null)
                {
                    if (await h.Inbox.CountPendingAsync(h.Ct) == 0)
                    {
                        return;
                    }

                    await Task.Yield();
                    continue;
                }

                var key = claimed.Item.ConversationKey;
                if (inFlight.AddOrUpdate(key, 1, (_, n) => n + 1) > 1)
                {
                    Interlocked.Increment(ref overlaps);
                }

                processed.GetOrAdd(key, _ => new ConcurrentQueue<string>()).Enqueue(claimed.Item.EventId);
                var state = await h.States.GetAsync(key, h.Ct);
                inFlight.AddOrUpdate(key, 0, (_, n) => n - 1);
                Assert.True(await h.Inbox.CommitAsync(new TurnCommit(claimed.Id, claimed.ClaimToken,
                    new ConversationStateRecord(key, "{}", state?.Version ?? 0), []), h.Ct));
            }
        })));

        Assert.Equal(0, overlaps);
        Assert.Equal(0, await h.Inbox.CountPendingAsync(h.Ct));
        foreach (var key in keys)
        {
            Assert.Equal(expected[key], processed[key]);
            Assert.Equal(turnsPerConversation, (await h.States.GetAsync(key, h.Ct))!.Version);
        }
    }
}
