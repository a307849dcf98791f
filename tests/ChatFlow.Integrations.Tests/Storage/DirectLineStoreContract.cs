using System.Collections.Concurrent;
using ChatFlow.Integrations.Storage;
using static ChatFlow.Integrations.Tests.Storage.StoreTestData;

namespace ChatFlow.Integrations.Tests.Storage;

/// <summary>What every <see cref="IDirectLineStore"/> must do.</summary>
public abstract class DirectLineStoreContract(IStoreTestDatabase database)
{
    [Fact]
    public async Task EnsureConversationAsync_Twice_KeepsFirstUser()
    {
        await using var h = await StoreHarness.CreateAsync(database);
        var id = NewId("dl");

        var created = await h.DirectLine.EnsureConversationAsync(id, "dl_alice", h.Ct);
        h.Time.Advance(TimeSpan.FromMinutes(1));
        var again = await h.DirectLine.EnsureConversationAsync(id, "dl_mallory", h.Ct);

        Assert.Equal(new DirectLineConversation(id, "dl_alice", StoreHarness.Start.ToUnixTimeMilliseconds()), created);
        Assert.Equal(created, again);
        Assert.Equal(created, await h.DirectLine.GetConversationAsync(id, h.Ct));
    }

    [Fact]
    public async Task GetConversationAsync_Unknown_ReturnsNull()
    {
        await using var h = await StoreHarness.CreateAsync(database);

        var conversation = await h.DirectLine.GetConversationAsync(NewId("dl"), h.Ct);

        Assert.Null(conversation);
    }

    [Fact]
    public async Task AppendUserActivityAsync_NewActivity_AppendsAndEnqueuesTurn()
    {
        await using var h = await StoreHarness.CreateAsync(database);
        var id = await NewConversationAsync(h);
        var inbox = Inbox($"directline:{id}:u1", "act-1", "directline");

        var (activity, created) = await h.DirectLine.AppendUserActivityAsync(id, "act-1", "{\"type\":\"message\"}", inbox, h.Ct);

        Assert.True(created);
        Assert.Equal(new TranscriptActivity(1, "act-1", "{\"type\":\"message\"}"), activity);
        Assert.Equal(inbox, (await h.Inbox.ClaimNextAsync(TimeSpan.FromMinutes(1), h.Ct))?.Item);
    }

    [Fact]
    public async Task AppendUserActivityAsync_RepeatedActivityId_ReturnsExistingAndWritesNothing()
    {
        await using var h = await StoreHarness.CreateAsync(database);
        var id = await NewConversationAsync(h);
        var inbox = Inbox($"directline:{id}:u1", "act-1", "directline");
        var (first, _) = await h.DirectLine.AppendUserActivityAsync(id, "act-1", "{\"n\":1}", inbox, h.Ct);

        var (repeat, created) = await h.DirectLine.AppendUserActivityAsync(id, "act-1", "{\"n\":\"retry\"}", inbox, h.Ct);
        var (next, _) = await h.DirectLine.AppendUserActivityAsync(id, "act-2", "{\"n\":2}", Inbox($"directline:{id}:u1", "act-2", "directline"), h.Ct);

        Assert.False(created);
        Assert.Equal(first, repeat);
        Assert.Equal(2, next.Sequence);
        Assert.Equal(2, (await h.DirectLine.GetActivitiesAsync(id, 0, 10, h.Ct)).Count);
        Assert.Equal(2, await h.Inbox.CountPendingAsync(h.Ct));
    }

    [Fact]
    public async Task AppendUserActivityAsync_UnknownConversation_ThrowsAndWritesNothing()
    {
        await using var h = await StoreHarness.CreateAsync(database);

        await Assert.ThrowsAsync<InvalidOperationException>(() => h.DirectLine.AppendUserActivityAsync(
            NewId("dl"), "act-1", "{}", Inbox(NewId("conv"), "act-1", "directline"), h.Ct));

        Assert.Equal(0, await h.Inbox.CountPendingAsync(h.Ct));
    }

    [Fact]
    public async Task AppendBotActivityAsync_OutboxRow_AppendsAndMarksDelivered()
    {
        await using var h = await StoreHarness.CreateAsync(database);
        var id = await NewConversationAsync(h);
        await CommitTurnAsync(h, new OutboxMessage("directline", id, "{\"text\":\"hi\"}"));
        var row = Assert.Single(await h.Outbox.GetDueAsync("directline", 10, h.Ct));

        var activity = await h.DirectLine.AppendBotActivityAsync(id, "bot-1", "{\"text\":\"hi\"}", row.Id, h.Ct);

        Assert.Equal(new TranscriptActivity(1, "bot-1", "{\"text\":\"hi\"}"), activity);
        Assert.Empty(await h.Outbox.GetDueAsync("directline", 10, h.Ct));
    }

    [Fact]
    public async Task AppendBotActivityAsync_SameOutboxRowTwice_WritesOnce()
    {
        await using var h = await StoreHarness.CreateAsync(database);
        var id = await NewConversationAsync(h);
        await CommitTurnAsync(h, new OutboxMessage("directline", id, "{}"));
        var row = Assert.Single(await h.Outbox.GetDueAsync("directline", 10, h.Ct));
        var first = await h.DirectLine.AppendBotActivityAsync(id, "bot-1", "{}", row.Id, h.Ct);

        var second = await h.DirectLine.AppendBotActivityAsync(id, "bot-1-redelivered", "{}", row.Id, h.Ct);

        Assert.Equal(first, second);
        Assert.Single(await h.DirectLine.GetActivitiesAsync(id, 0, 10, h.Ct));
    }

    [Fact]
    public async Task GetActivitiesAsync_AfterWatermark_ReturnsLaterActivitiesInOrderUpToMax()
    {
        await using var h = await StoreHarness.CreateAsync(database);
        var id = await NewConversationAsync(h);
        for (var i = 1; i <= 5; i++)
        {
            await h.DirectLine.AppendUserActivityAsync(id, $"act-{i}", "{}", Inbox(NewId("conv"), NewId("evt"), "directline"), h.Ct);
        }

        var page = await h.DirectLine.GetActivitiesAsync(id, 2, 2, h.Ct);
        var rest = await h.DirectLine.GetActivitiesAsync(id, 4, 10, h.Ct);
        var none = await h.DirectLine.GetActivitiesAsync(id, 5, 10, h.Ct);

        Assert.Equal([3L, 4L], page.Select(a => a.Sequence));
        Assert.Equal(["act-3", "act-4"], page.Select(a => a.ActivityId));
        Assert.Equal([5L], rest.Select(a => a.Sequence));
        Assert.Empty(none);
    }

    [Fact]
    public async Task AppendAsync_ConcurrentUserAndBotAppends_SequencesAreOneToNWithoutGaps()
    {
        await using var h = await StoreHarness.CreateAsync(database);
        var id = await NewConversationAsync(h);
        await CommitTurnAsync(h, Enumerable.Range(0, 10).Select(_ => new OutboxMessage("directline", id, "{}")).ToArray());
        var outboxIds = (await h.Outbox.GetDueAsync("directline", 100, h.Ct)).Select(r => r.Id).ToList();
        const int userActivities = 30;
        var results = new ConcurrentBag<TranscriptActivity>();

        // Every user activity is sent twice (client retry) and every outbox row delivered twice, all at once.
        var appends = Enumerable.Range(0, userActivities).SelectMany(i => Enumerable.Repeat(i, 2)).Select(i => Task.Run(async () =>
        {
            var (activity, _) = await h.DirectLine.AppendUserActivityAsync(
                id, $"user-{i}", "{}", Inbox($"directline:{id}:u1", $"user-{i}", "directline"), h.Ct);
            results.Add(activity);
        })).Concat(outboxIds.SelectMany(o => Enumerable.Repeat(o, 2)).Select(o => Task.Run(async () =>
            results.Add(await h.DirectLine.AppendBotActivityAsync(id, $"bot-{o}", "{}", o, h.Ct)))));
        await Task.WhenAll(appends);

        var transcript = await h.DirectLine.GetActivitiesAsync(id, 0, 1000, h.Ct);
        var total = userActivities + outboxIds.Count;
        Assert.Equal(Enumerable.Range(1, total).Select(i => (long)i), transcript.Select(a => a.Sequence));
        Assert.Equal(total, transcript.Select(a => a.ActivityId).Distinct().Count());
        Assert.Equal(total, results.Distinct().Count());
        Assert.Equal(userActivities, await h.Inbox.CountPendingAsync(h.Ct));
        Assert.Empty(await h.Outbox.GetDueAsync("directline", 100, h.Ct));
    }

    private static async Task<string> NewConversationAsync(StoreHarness h)
    {
        var id = NewId("dl");
        await h.DirectLine.EnsureConversationAsync(id, "dl_user", h.Ct);
        return id;
    }
}
