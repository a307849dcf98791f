using ChatFlow.Integrations.Tokens;

namespace ChatFlow.Integrations.Tests.Tokens;

public sealed class UserTokenProviderTests : IAsyncLifetime
{
    private FakeOAuthServer server = null!;
    private TokensTestHost host = null!;

    public async Task InitializeAsync()
    {
        server = await FakeOAuthServer.StartAsync();
        host = TokensTestHost.Create(server.BaseAddress);
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await server.DisposeAsync();
    }

    private static CancellationToken Ct => CancellationToken.None;

    private async Task SignInAsync()
    {
        var link = await host.SignIn.StartAsync("acme", "slack", "C1", "U1", Ct);
        var completion = await host.SignIn.CompleteAsync(link.Segments[^1], "code-1", null, Ct);
        Assert.True(completion.Succeeded, completion.ErrorCode);
    }

    [Fact]
    public async Task GetAccessTokenAsync_NotSignedIn_ReturnsNull()
    {
        // Act
        var token = await host.TokenProvider.GetAccessTokenAsync("slack", "U1", "acme", Ct);

        // Assert
        Assert.Null(token);
    }

    [Fact]
    public async Task GetAccessTokenAsync_FreshToken_ReturnsItWithoutRefreshing()
    {
        // Arrange
        await SignInAsync();
        host.Time.Advance(TimeSpan.FromMinutes(58));

        // Act
        var token = await host.TokenProvider.GetAccessTokenAsync("slack", "U1", "acme", Ct);

        // Assert
        Assert.Equal("at-1", token);
        Assert.Single(server.TokenRequests);
    }

    [Fact]
    public async Task GetAccessTokenAsync_ExpiresWithin60Seconds_RefreshesAndSavesNewTokens()
    {
        // Arrange
        await SignInAsync();
        host.Time.Advance(TimeSpan.FromMinutes(59) + TimeSpan.FromSeconds(1));

        // Act
        var token = await host.TokenProvider.GetAccessTokenAsync("slack", "U1", "acme", Ct);

        // Assert
        Assert.Equal("at-2", token);
        var refresh = server.TokenRequests.Last();
        Assert.Equal("refresh_token", refresh.Form["grant_type"]);
        Assert.Equal("rt-1", refresh.Form["refresh_token"]);
        Assert.StartsWith("Basic ", refresh.Authorization, StringComparison.Ordinal);
        var stored = host.Stores.Tokens[(FakeOAuthServer.Subject, "acme")];
        Assert.Equal(host.Time.GetUtcNow().AddHours(1).ToUnixTimeMilliseconds(), stored.ExpiresAtMs);
        Assert.DoesNotContain("at-2", stored.ProtectedTokens, StringComparison.Ordinal);
        Assert.Equal("at-2", await host.TokenProvider.GetAccessTokenAsync("slack", "U1", "acme", Ct));
        Assert.Equal(2, server.TokenRequests.Count);
    }

    [Fact]
    public async Task GetAccessTokenAsync_RefreshRejected_ReturnsNullAndDropsTokens()
    {
        // Arrange
        await SignInAsync();
        server.TokenFailure = (400, """{"error":"invalid_grant"}""");
        host.Time.Advance(TimeSpan.FromHours(2));

        // Act
        var token = await host.TokenProvider.GetAccessTokenAsync("slack", "U1", "acme", Ct);

        // Assert
        Assert.Null(token);
        Assert.Empty(host.Stores.Tokens);
    }

    [Fact]
    public async Task InvalidateAsync_SignedIn_NextGetReturnsNull()
    {
        // Arrange
        await SignInAsync();

        // Act
        await host.TokenProvider.InvalidateAsync("slack", "U1", "acme", Ct);

        // Assert
        Assert.Null(await host.TokenProvider.GetAccessTokenAsync("slack", "U1", "acme", Ct));
        Assert.Equal(FakeOAuthServer.Subject, await host.TokenProvider.GetLinkedSubjectAsync("slack", "U1", Ct));
    }

    [Fact]
    public async Task GetAccessTokenAsync_UnknownConnection_Throws()
    {
        // Act + Assert
        await Assert.ThrowsAsync<InvalidOperationException>(
            () => host.TokenProvider.GetAccessTokenAsync("slack", "U1", "nope", Ct));
    }
}
