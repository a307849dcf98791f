using ChatFlow.Integrations.Storage;
using static ChatFlow.Integrations.Tests.Storage.StoreTestData;

namespace ChatFlow.Integrations.Tests.Storage;

/// <summary>What every <see cref="IConversationStateStore"/> must do (writes are covered by the inbox commit).</summary>
public abstract class ConversationStateStoreContract(IStoreTestDatabase database)
{
    [Fact]
    public async Task GetAsync_UnknownConversation_ReturnsNull()
    {
        await using var h = await StoreHarness.CreateAsync(database);

        var state = await h.States.GetAsync(NewId("conv"), h.Ct);

        Assert.Null(state);
    }

    [Fact]
    public async Task GetAsync_AfterCommits_ReturnsLatestJsonAndVersion()
    {
        await using var h = await StoreHarness.CreateAsync(database);
        var key = NewId("conv");
        var other = NewId("conv");
        foreach (var (k, version, json) in new[] { (key, 0L, "{\"a\":1}"), (other, 0L, "{\"b\":1}"), (key, 1L, "{\"a\":2,\"text\":\"휴가 신청\"}") })
        {
            await h.Inbox.EnqueueAsync(Inbox(k), h.Ct);
            var claimed = await h.Inbox.ClaimNextAsync(TimeSpan.FromMinutes(1), h.Ct);
            Assert.True(await h.Inbox.CommitAsync(new TurnCommit(claimed!.Id, claimed.ClaimToken, new ConversationStateRecord(k, json, version), []), h.Ct));
        }

        var state = await h.States.GetAsync(key, h.Ct);

        Assert.Equal(new ConversationStateRecord(key, "{\"a\":2,\"text\":\"휴가 신청\"}", 2), state);
    }
}
