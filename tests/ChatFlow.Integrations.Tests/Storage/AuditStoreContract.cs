using ChatFlow.Integrations.Storage;
using static ChatFlow.Integrations.Tests.Storage.StoreTestData;

namespace ChatFlow.Integrations.Tests.Storage;

/// <summary>What every <see cref="IAuditStore"/> must do.</summary>
public abstract class AuditStoreContract(IStoreTestDatabase database)
{
    [Fact]
    public async Task GetRecentAsync_NoEvents_ReturnsEmpty()
    {
        await using var h = await StoreHarness.CreateAsync(database);

        var events = await h.Audit.GetRecentAsync(10, h.Ct);

        Assert.Empty(events);
    }

    [Fact]
    public async Task GetRecentAsync_AppendedEvents_ReturnsNewestFirstUpToMax()
    {
        await using var h = await StoreHarness.CreateAsync(database);
        var executed = new AuditEvent("skill.executed", "alice", "register-vendor", 3, "ok", NewId("turn"), new string('a', 64), 3_000);
        var refused = new AuditEvent("skill.refused", "bob", "register-vendor", 3, "forbidden", NewId("turn"), null, 2_000);
        var signIn = new AuditEvent("signin.completed", "alice", null, null, "ok", NewId("turn"), null, 1_000);
        await h.Audit.AppendAsync(refused, h.Ct);
        await h.Audit.AppendAsync(signIn, h.Ct);
        await h.Audit.AppendAsync(executed, h.Ct);

        var all = await h.Audit.GetRecentAsync(10, h.Ct);
        var newest = await h.Audit.GetRecentAsync(2, h.Ct);

        Assert.Equal([executed, refused, signIn], all);
        Assert.Equal([executed, refused], newest);
    }

    [Fact]
    public async Task GetRecentAsync_SameInstant_ReturnsLaterAppendFirst()
    {
        await using var h = await StoreHarness.CreateAsync(database);
        var first = new AuditEvent("skill.executed", "alice", "a", 1, "ok", NewId("turn"), null, 5_000);
        var second = first with { CorrelationId = NewId("turn") };
        await h.Audit.AppendAsync(first, h.Ct);
        await h.Audit.AppendAsync(second, h.Ct);

        var events = await h.Audit.GetRecentAsync(10, h.Ct);

        Assert.Equal([second, first], events);
    }
}
