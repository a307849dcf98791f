using ChatFlow.Integrations.Storage;
using static ChatFlow.Integrations.Tests.Storage.StoreTestData;

namespace ChatFlow.Integrations.Tests.Storage;

/// <summary>What every <see cref="IUserTokenStore"/> must do.</summary>
public abstract class UserTokenStoreContract(IStoreTestDatabase database)
{
    [Fact]
    public async Task GetAsync_NothingStored_ReturnsNull()
    {
        await using var h = await StoreHarness.CreateAsync(database);

        var token = await h.Tokens.GetAsync(NewId("sub"), "acme", h.Ct);

        Assert.Null(token);
    }

    [Fact]
    public async Task SaveAsync_NewToken_GetReturnsIt()
    {
        await using var h = await StoreHarness.CreateAsync(database);
        var subject = NewId("sub");

        await h.Tokens.SaveAsync(new StoredUserToken(subject, "acme", "CfDJ8-blob", 1_000, 500), h.Ct);
        var stored = await h.Tokens.GetAsync(subject, "acme", h.Ct);

        Assert.NotNull(stored);
        Assert.Equal((subject, "acme", "CfDJ8-blob", 1_000L, 500L),
            (stored.Subject, stored.Connection, stored.ProtectedTokens, stored.ExpiresAtMs, stored.UpdatedAtMs));
        Assert.Null(await h.Tokens.GetAsync(subject, "graph", h.Ct));
    }

    [Fact]
    public async Task SaveAsync_ExistingSubjectAndConnection_ReplacesTokens()
    {
        await using var h = await StoreHarness.CreateAsync(database);
        var subject = NewId("sub");
        await h.Tokens.SaveAsync(new StoredUserToken(subject, "acme", "old", 1_000, 500), h.Ct);
        await h.Tokens.SaveAsync(new StoredUserToken(subject, "graph", "graph-blob", 1_000, 500), h.Ct);

        await h.Tokens.SaveAsync(new StoredUserToken(subject, "acme", "new", 9_000, 8_000), h.Ct);

        var acme = await h.Tokens.GetAsync(subject, "acme", h.Ct);
        Assert.Equal(("new", 9_000L, 8_000L), (acme!.ProtectedTokens, acme.ExpiresAtMs, acme.UpdatedAtMs));
        Assert.Equal("graph-blob", (await h.Tokens.GetAsync(subject, "graph", h.Ct))!.ProtectedTokens);
    }

    [Fact]
    public async Task DeleteAsync_StoredAndAbsent_RemovesWithoutError()
    {
        await using var h = await StoreHarness.CreateAsync(database);
        var subject = NewId("sub");
        await h.Tokens.SaveAsync(new StoredUserToken(subject, "acme", "blob", 1, 1), h.Ct);

        await h.Tokens.DeleteAsync(subject, "acme", h.Ct);
        await h.Tokens.DeleteAsync(subject, "acme", h.Ct);

        Assert.Null(await h.Tokens.GetAsync(subject, "acme", h.Ct));
    }

    [Fact]
    public async Task LinkUserAsync_NewLink_GetLinkedSubjectReturnsIt()
    {
        await using var h = await StoreHarness.CreateAsync(database);
        var channelUser = NewId("U");

        await h.Tokens.LinkUserAsync("slack", channelUser, "alice", h.Ct);

        Assert.Equal("alice", await h.Tokens.GetLinkedSubjectAsync("slack", channelUser, h.Ct));
        Assert.Null(await h.Tokens.GetLinkedSubjectAsync("msteams", channelUser, h.Ct));
    }

    [Fact]
    public async Task LinkUserAsync_Relink_ReplacesSubject()
    {
        await using var h = await StoreHarness.CreateAsync(database);
        var channelUser = NewId("U");
        await h.Tokens.LinkUserAsync("slack", channelUser, "alice", h.Ct);

        await h.Tokens.LinkUserAsync("slack", channelUser, "bob", h.Ct);

        Assert.Equal("bob", await h.Tokens.GetLinkedSubjectAsync("slack", channelUser, h.Ct));
    }

    [Fact]
    public async Task GetLinkedSubjectAsync_Unlinked_ReturnsNull()
    {
        await using var h = await StoreHarness.CreateAsync(database);

        var subject = await h.Tokens.GetLinkedSubjectAsync("slack", NewId("U"), h.Ct);

        Assert.Null(subject);
    }
}
