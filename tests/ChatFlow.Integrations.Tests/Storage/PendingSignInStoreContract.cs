using System.Collections.Concurrent;
using ChatFlow.Integrations.Storage;
using static ChatFlow.Integrations.Tests.Storage.StoreTestData;

namespace ChatFlow.Integrations.Tests.Storage;

/// <summary>What every <see cref="IPendingSignInStore"/> must do.</summary>
public abstract class PendingSignInStoreContract(IStoreTestDatabase database)
{
    [Fact]
    public async Task GetAsync_Created_ReturnsItWithoutConsuming()
    {
        await using var h = await StoreHarness.CreateAsync(database);
        var signIn = NewSignIn();
        await h.SignIns.CreateAsync(signIn, h.Ct);

        var first = await h.SignIns.GetAsync(signIn.Id, h.Ct);
        var second = await h.SignIns.GetAsync(signIn.Id, h.Ct);

        AssertSame(signIn, first);
        AssertSame(signIn, second);
    }

    [Fact]
    public async Task GetAsync_Unknown_ReturnsNull()
    {
        await using var h = await StoreHarness.CreateAsync(database);

        var signIn = await h.SignIns.GetAsync(NewId("state"), h.Ct);

        Assert.Null(signIn);
    }

    [Fact]
    public async Task TakeAsync_Twice_SecondReturnsNull()
    {
        await using var h = await StoreHarness.CreateAsync(database);
        var signIn = NewSignIn();
        await h.SignIns.CreateAsync(signIn, h.Ct);

        var taken = await h.SignIns.TakeAsync(signIn.Id, h.Ct);
        var again = await h.SignIns.TakeAsync(signIn.Id, h.Ct);

        AssertSame(signIn, taken);
        Assert.Null(again);
        Assert.Null(await h.SignIns.GetAsync(signIn.Id, h.Ct));
    }

    [Fact]
    public async Task TakeAsync_Concurrent_OnlyOneWins()
    {
        await using var h = await StoreHarness.CreateAsync(database);
        var signIn = NewSignIn();
        await h.SignIns.CreateAsync(signIn, h.Ct);
        var results = new ConcurrentBag<PendingSignIn?>();

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () => results.Add(await h.SignIns.TakeAsync(signIn.Id, h.Ct)))));

        AssertSame(signIn, Assert.Single(results, r => r is not null));
    }

    [Fact]
    public async Task CreateAsync_DuplicateId_Throws()
    {
        await using var h = await StoreHarness.CreateAsync(database);
        var signIn = NewSignIn();
        await h.SignIns.CreateAsync(signIn, h.Ct);

        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => h.SignIns.CreateAsync(signIn, h.Ct));
    }

    private static PendingSignIn NewSignIn() =>
        new(NewId("state"), "acme", "slack", NewId("C"), NewId("U"), "CfDJ8-verifier", 1_772_000_000_000);

    private static void AssertSame(PendingSignIn expected, PendingSignIn? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(
            (expected.Id, expected.Connection, expected.Channel, expected.ConversationId, expected.ChannelUserId, expected.ProtectedCodeVerifier, expected.ExpiresAtMs),
            (actual.Id, actual.Connection, actual.Channel, actual.ConversationId, actual.ChannelUserId, actual.ProtectedCodeVerifier, actual.ExpiresAtMs));
    }
}
