using ChatFlow.Integrations.Storage;
using static ChatFlow.Integrations.Tests.Storage.StoreTestData;

namespace ChatFlow.Integrations.Tests.Storage;

/// <summary>What every <see cref="IOutboxStore"/> must do.</summary>
public abstract class OutboxStoreContract(IStoreTestDatabase database)
{
    [Fact]
    public async Task GetDueAsync_QueuedReplies_ReturnsChannelsRowsOldestFirst()
    {
        await using var h = await StoreHarness.CreateAsync(database);
        var first = new OutboxMessage("slack", NewId("C"), "{\"n\":1}");
        var second = new OutboxMessage("slack", NewId("C"), "{\"n\":2}");
        await CommitTurnAsync(h, first, new OutboxMessage("msteams", NewId("T"), "{}"), second);

        var due = await h.Outbox.GetDueAsync("slack", 10, h.Ct);

        Assert.Equal([first, second], due.Select(d => d.Message));
        Assert.True(due[0].Id < due[1].Id);
        Assert.All(due, d => Assert.Equal(0, d.Attempts));
    }

    [Fact]
    public async Task GetDueAsync_Max_LimitsRows()
    {
        await using var h = await StoreHarness.CreateAsync(database);
        await CommitTurnAsync(h, Enumerable.Range(0, 5).Select(i => new OutboxMessage("slack", NewId("C"), "{}")).ToArray());

        var due = await h.Outbox.GetDueAsync("slack", 3, h.Ct);

        Assert.Equal(3, due.Count);
    }

    [Fact]
    public async Task MarkDeliveredAsync_Row_IsNoLongerDue()
    {
        await using var h = await StoreHarness.CreateAsync(database);
        await CommitTurnAsync(h, new OutboxMessage("slack", NewId("C"), "{}"));
        var row = Assert.Single(await h.Outbox.GetDueAsync("slack", 10, h.Ct));

        await h.Outbox.MarkDeliveredAsync(row.Id, h.Ct);

        Assert.Empty(await h.Outbox.GetDueAsync("slack", 10, h.Ct));
    }

    [Fact]
    public async Task MarkFailedAsync_BelowMaxAttempts_DueAgainAfterRetryDelay()
    {
        await using var h = await StoreHarness.CreateAsync(database);
        await CommitTurnAsync(h, new OutboxMessage("slack", NewId("C"), "{}"));
        var row = Assert.Single(await h.Outbox.GetDueAsync("slack", 10, h.Ct));

        await h.Outbox.MarkFailedAsync(row.Id, "HTTP 429", TimeSpan.FromSeconds(30), 3, h.Ct);
        var tooEarly = await h.Outbox.GetDueAsync("slack", 10, h.Ct);
        h.Time.Advance(TimeSpan.FromSeconds(30));
        var retried = await h.Outbox.GetDueAsync("slack", 10, h.Ct);

        Assert.Empty(tooEarly);
        var again = Assert.Single(retried);
        Assert.Equal(row.Id, again.Id);
        Assert.Equal(1, again.Attempts);
    }

    [Fact]
    public async Task MarkFailedAsync_MaxAttemptsReached_DeadLettersRow()
    {
        await using var h = await StoreHarness.CreateAsync(database);
        await CommitTurnAsync(h, new OutboxMessage("slack", NewId("C"), "{}"));
        var row = Assert.Single(await h.Outbox.GetDueAsync("slack", 10, h.Ct));

        await h.Outbox.MarkFailedAsync(row.Id, "HTTP 500", TimeSpan.Zero, 2, h.Ct);
        await h.Outbox.MarkFailedAsync(row.Id, "HTTP 500", TimeSpan.Zero, 2, h.Ct);
        h.Time.Advance(TimeSpan.FromDays(1));

        Assert.Empty(await h.Outbox.GetDueAsync("slack", 10, h.Ct));
    }

    [Fact]
    public async Task GetDueAsync_EarlierRowWaitingForRetry_HoldsBackLaterRowsOfItsConversationOnly()
    {
        await using var h = await StoreHarness.CreateAsync(database);
        var conversation = NewId("C");
        var otherConversation = NewId("C");
        await CommitTurnAsync(h, new OutboxMessage("slack", conversation, "{\"n\":1}"), new OutboxMessage("slack", conversation, "{\"n\":2}"),
            new OutboxMessage("slack", otherConversation, "{\"n\":3}"));
        var first = (await h.Outbox.GetDueAsync("slack", 10, h.Ct))[0];

        await h.Outbox.MarkFailedAsync(first.Id, "HTTP 429", TimeSpan.FromSeconds(5), 5, h.Ct);
        var whileWaiting = await h.Outbox.GetDueAsync("slack", 10, h.Ct);
        h.Time.Advance(TimeSpan.FromSeconds(5));
        var afterDelay = await h.Outbox.GetDueAsync("slack", 10, h.Ct);

        Assert.Equal(["{\"n\":3}"], whileWaiting.Select(d => d.Message.PayloadJson));
        Assert.Equal(["{\"n\":1}", "{\"n\":2}", "{\"n\":3}"], afterDelay.Select(d => d.Message.PayloadJson));
    }

    [Fact]
    public async Task MarkFailedAsync_DeadRow_NoLongerHoldsBackItsConversation()
    {
        await using var h = await StoreHarness.CreateAsync(database);
        var conversation = NewId("C");
        await CommitTurnAsync(h, new OutboxMessage("slack", conversation, "{\"n\":1}"), new OutboxMessage("slack", conversation, "{\"n\":2}"));
        var first = (await h.Outbox.GetDueAsync("slack", 10, h.Ct))[0];

        await h.Outbox.MarkFailedAsync(first.Id, "HTTP 400", TimeSpan.FromMinutes(5), 1, h.Ct);
        var due = await h.Outbox.GetDueAsync("slack", 10, h.Ct);

        Assert.Equal(["{\"n\":2}"], due.Select(d => d.Message.PayloadJson));
    }
}
