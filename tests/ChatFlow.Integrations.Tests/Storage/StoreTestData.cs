using ChatFlow.Integrations.Storage;

namespace ChatFlow.Integrations.Tests.Storage;

/// <summary>Fresh ids and rows for the contract tests.</summary>
internal static class StoreTestData
{
    public static string NewId(string prefix) => prefix + "-" + Guid.NewGuid().ToString("N")[..12];

    public static InboxItem Inbox(string conversationKey, string? eventId = null, string channel = "slack") =>
        new(channel, eventId ?? NewId("evt"), conversationKey, $$"""{"text":"{{eventId}}"}""");

    /// <summary>Enqueues, claims and commits one turn that queues <paramref name="outbox"/>.</summary>
    public static async Task CommitTurnAsync(StoreHarness harness, params OutboxMessage[] outbox)
    {
        var key = NewId("conv");
        Assert.True(await harness.Inbox.EnqueueAsync(Inbox(key), harness.Ct));
        var claimed = await harness.Inbox.ClaimNextAsync(TimeSpan.FromMinutes(1), harness.Ct);
        Assert.NotNull(claimed);
        Assert.True(await harness.Inbox.CommitAsync(
            new TurnCommit(claimed.Id, claimed.ClaimToken, new ConversationStateRecord(key, "{}", 0), outbox), harness.Ct));
    }
}
