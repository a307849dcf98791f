using System.Text;
using ChatFlow.Integrations.Tokens;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;

namespace ChatFlow.Integrations.Tests.Tokens;

public sealed class OAuthSignInServiceTests : IAsyncLifetime
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

    private async Task<(string State, Dictionary<string, string> Query)> StartAndRedirectAsync()
    {
        var link = await host.SignIn.StartAsync("acme", "directline", "conv-1", "user-1", Ct);
        var state = link.Segments[^1];
        var redirect = await host.SignIn.GetAuthorizationRedirectAsync(state, Ct);
        Assert.NotNull(redirect);
        var query = QueryHelpers.ParseQuery(redirect.Query).ToDictionary(p => p.Key, p => p.Value.ToString());
        return (state, query);
    }

    [Fact]
    public async Task StartAsync_KnownConnection_ReturnsOwnSignInLinkAndStoresEncryptedVerifier()
    {
        // Act
        var link = await host.SignIn.StartAsync("acme", "directline", "conv-1", "user-1", Ct);

        // Assert
        Assert.StartsWith(new Uri(server.BaseAddress, "auth/signin/").AbsoluteUri, link.AbsoluteUri, StringComparison.Ordinal);
        var pending = Assert.Single(host.Stores.Pending.Values);
        Assert.Equal(link.Segments[^1], pending.Id);
        Assert.Equal(host.Time.GetUtcNow().AddMinutes(10).ToUnixTimeMilliseconds(), pending.ExpiresAtMs);
        Assert.Equal(("directline", "conv-1", "user-1", "acme"), (pending.Channel, pending.ConversationId, pending.ChannelUserId, pending.Connection));
        Assert.True(pending.ProtectedCodeVerifier.Length > 43); // encrypted, not the 43-char verifier
    }

    [Fact]
    public async Task GetAuthorizationRedirectAsync_StartedSignIn_HasCodeFlowWithPkceParameters()
    {
        // Act
        var (state, query) = await StartAndRedirectAsync();

        // Assert
        Assert.Equal("code", query["response_type"]);
        Assert.Equal("chatflow", query["client_id"]);
        Assert.Equal(new Uri(server.BaseAddress, "auth/callback").AbsoluteUri, query["redirect_uri"]);
        Assert.Equal("openid profile email roles offline_access acme.api", query["scope"]);
        Assert.Equal(state, query["state"]);
        Assert.Equal("S256", query["code_challenge_method"]);
        Assert.Equal(43, query["code_challenge"].Length);
    }

    [Fact]
    public async Task GetAuthorizationRedirectAsync_AuthorizationEndpoint_ComesFromDiscovery()
    {
        // Act
        var link = await host.SignIn.StartAsync("acme", "directline", "conv-1", "user-1", Ct);
        var redirect = await host.SignIn.GetAuthorizationRedirectAsync(link.Segments[^1], Ct);

        // Assert
        Assert.Equal(new Uri(server.BaseAddress, "sandbox/connect/authorize").AbsoluteUri, redirect!.GetLeftPart(UriPartial.Path));
    }

    [Fact]
    public async Task GetAuthorizationRedirectAsync_UnknownId_ReturnsNull()
    {
        // Act
        var redirect = await host.SignIn.GetAuthorizationRedirectAsync("no-such-id", Ct);

        // Assert
        Assert.Null(redirect);
    }

    [Fact]
    public async Task GetAuthorizationRedirectAsync_AfterTenMinutes_ReturnsNull()
    {
        // Arrange
        var link = await host.SignIn.StartAsync("acme", "directline", "conv-1", "user-1", Ct);
        host.Time.Advance(TimeSpan.FromMinutes(10));

        // Act
        var redirect = await host.SignIn.GetAuthorizationRedirectAsync(link.Segments[^1], Ct);

        // Assert
        Assert.Null(redirect);
    }

    [Fact]
    public async Task CompleteAsync_ValidCode_RedeemsWithVerifierClientAuthAndRedirectUri()
    {
        // Arrange
        var (state, query) = await StartAndRedirectAsync();

        // Act
        var completion = await host.SignIn.CompleteAsync(state, "code-123", null, Ct);

        // Assert
        Assert.True(completion.Succeeded, completion.ErrorCode);
        var request = Assert.Single(server.TokenRequests);
        Assert.Equal("authorization_code", request.Form["grant_type"]);
        Assert.Equal("code-123", request.Form["code"]);
        Assert.Equal(query["redirect_uri"], request.Form["redirect_uri"]);
        Assert.Equal(query["code_challenge"], Pkce.ComputeS256Challenge(request.Form["code_verifier"]));
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("chatflow:" + TokensTestHost.ClientSecret)), request.Authorization);
        Assert.False(request.Form.ContainsKey("client_secret"));
    }

    [Fact]
    public async Task CompleteAsync_ValidCode_StoresEncryptedTokensLinksUserAndAudits()
    {
        // Arrange
        var (state, _) = await StartAndRedirectAsync();

        // Act
        var completion = await host.SignIn.CompleteAsync(state, "code-123", null, Ct);

        // Assert
        Assert.Equal(new SignInCompletion(true, null, "acme", "directline", "conv-1", "user-1", FakeOAuthServer.Subject), completion);
        var stored = host.Stores.Tokens[(FakeOAuthServer.Subject, "acme")];
        Assert.DoesNotContain("at-1", stored.ProtectedTokens, StringComparison.Ordinal);
        Assert.DoesNotContain("rt-1", stored.ProtectedTokens, StringComparison.Ordinal);
        Assert.Equal(host.Time.GetUtcNow().AddHours(1).ToUnixTimeMilliseconds(), stored.ExpiresAtMs);
        Assert.Equal(FakeOAuthServer.Subject, host.Stores.Links[("directline", "user-1")]);
        var audit = Assert.Single(host.Stores.Audit);
        Assert.Equal(("signin.completed", FakeOAuthServer.Subject, "ok"), (audit.Kind, audit.Subject, audit.Outcome));
        Assert.DoesNotContain("at-1", audit.ToString(), StringComparison.Ordinal);
        Assert.Equal("at-1", await host.TokenProvider.GetAccessTokenAsync("directline", "user-1", "acme", Ct));
    }

    [Fact]
    public async Task CompleteAsync_NoIdToken_ReadsSubjectFromUserInfoWithBearer()
    {
        // Arrange
        server.IncludeIdToken = false;
        var (state, _) = await StartAndRedirectAsync();

        // Act
        var completion = await host.SignIn.CompleteAsync(state, "code-123", null, Ct);

        // Assert
        Assert.True(completion.Succeeded, completion.ErrorCode);
        Assert.Equal(FakeOAuthServer.Subject, completion.Subject);
        Assert.Equal("Bearer at-1", Assert.Single(server.UserInfoAuthorizations));
    }

    [Fact]
    public async Task CompleteAsync_SameStateTwice_SecondFailsWithUnknownState()
    {
        // Arrange
        var (state, _) = await StartAndRedirectAsync();
        var first = await host.SignIn.CompleteAsync(state, "code-123", null, Ct);

        // Act
        var second = await host.SignIn.CompleteAsync(state, "code-123", null, Ct);

        // Assert
        Assert.True(first.Succeeded);
        Assert.False(second.Succeeded);
        Assert.Equal(SignInErrorCodes.UnknownState, second.ErrorCode);
        Assert.Single(server.TokenRequests);
    }

    [Fact]
    public async Task CompleteAsync_AfterTenMinutes_FailsWithExpiredStateWithoutRedeeming()
    {
        // Arrange
        var (state, _) = await StartAndRedirectAsync();
        host.Time.Advance(TimeSpan.FromMinutes(10));

        // Act
        var completion = await host.SignIn.CompleteAsync(state, "code-123", null, Ct);

        // Assert
        Assert.False(completion.Succeeded);
        Assert.Equal(SignInErrorCodes.ExpiredState, completion.ErrorCode);
        Assert.Equal(("directline", "conv-1"), (completion.Channel, completion.ConversationId));
        Assert.Empty(server.TokenRequests);
        Assert.Empty(host.Stores.Tokens);
    }

    [Fact]
    public async Task CompleteAsync_AccessDenied_FailsWithAccessDeniedAndAudits()
    {
        // Arrange
        var (state, _) = await StartAndRedirectAsync();

        // Act
        var completion = await host.SignIn.CompleteAsync(state, null, "access_denied", Ct);

        // Assert
        Assert.False(completion.Succeeded);
        Assert.Equal(SignInErrorCodes.AccessDenied, completion.ErrorCode);
        Assert.Equal("user-1", completion.ChannelUserId);
        Assert.Empty(server.TokenRequests);
        Assert.Equal(("signin.failed", "error:access_denied"), (Assert.Single(host.Stores.Audit).Kind, host.Stores.Audit.Single().Outcome));
    }

    [Fact]
    public async Task CompleteAsync_UnregisteredErrorCode_ReportsAuthorizationError()
    {
        // Arrange
        var (state, _) = await StartAndRedirectAsync();

        // Act
        var completion = await host.SignIn.CompleteAsync(state, null, "<script>", Ct);

        // Assert
        Assert.Equal(SignInErrorCodes.AuthorizationError, completion.ErrorCode);
    }

    [Fact]
    public async Task CompleteAsync_TokenEndpointRefusesCode_FailsWithTokenEndpointErrorAndStoresNothing()
    {
        // Arrange
        server.TokenFailure = (400, """{"error":"invalid_grant","error_description":"bad code"}""");
        var (state, _) = await StartAndRedirectAsync();

        // Act
        var completion = await host.SignIn.CompleteAsync(state, "code-123", null, Ct);

        // Assert
        Assert.False(completion.Succeeded);
        Assert.Equal(SignInErrorCodes.TokenEndpointError, completion.ErrorCode);
        Assert.Empty(host.Stores.Tokens);
        Assert.Empty(host.Stores.Links);
    }

    [Fact]
    public async Task RedeemCodeAsync_TokenEndpointRefuses_ExceptionOmitsSecretCodeAndVerifier()
    {
        // Arrange
        server.TokenFailure = (400, """{"error":"invalid_grant"}""");
        var connection = host.Services.GetRequiredService<ConnectionRegistry>().Get("acme");
        var client = host.Services.GetRequiredService<OAuthClient>();
        var endpoints = await client.GetEndpointsAsync(connection, Ct);
        const string code = "code-SENSITIVE-42";
        var verifier = Pkce.CreateVerifier();

        // Act
        var ex = await Assert.ThrowsAsync<OAuthProtocolException>(
            () => client.RedeemCodeAsync(connection, endpoints.TokenEndpoint, code, verifier, Ct));

        // Assert
        var text = ex.ToString();
        Assert.Contains("invalid_grant", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(TokensTestHost.ClientSecret, text, StringComparison.Ordinal);
        Assert.DoesNotContain(code, text, StringComparison.Ordinal);
        Assert.DoesNotContain(verifier, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_UnknownConnection_ThrowsNamingTheConnectionAndSection()
    {
        // Act
        var ex = await Assert.ThrowsAsync<InvalidOperationException>(
            () => host.SignIn.StartAsync("nope", "directline", "conv-1", "user-1", Ct));

        // Assert
        Assert.Contains("'nope'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("ChatFlow:Connections:nope", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadIdTokenSubject_OtherAudience_Throws()
    {
        // Arrange
        var idToken = FakeOAuthServer.UnsignedIdToken("alice", "someone-else");

        // Act + Assert
        Assert.Throws<OAuthProtocolException>(() => OAuthClient.ReadIdTokenSubject(idToken, "chatflow"));
    }
}

public sealed class OAuthSignInServiceDiscoveryTests
{
    [Fact]
    public async Task GetAuthorizationRedirectAsync_DiscoveryMissing_ThrowsInvalidOperationNamingConnection()
    {
        // Arrange: a server with no discovery document.
        await using var server = await LoopbackServer.StartAsync(_ => { });
        await using var host = TokensTestHost.Create(server.BaseAddress);
        var link = await host.SignIn.StartAsync("acme", "directline", "conv-1", "user-1", CancellationToken.None);

        // Act
        var ex = await Assert.ThrowsAsync<InvalidOperationException>(
            () => host.SignIn.GetAuthorizationRedirectAsync(link.Segments[^1], CancellationToken.None));

        // Assert
        Assert.Contains("'acme'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAuthorizationRedirectAsync_EndpointOverrides_SkipDiscovery()
    {
        // Arrange
        await using var server = await LoopbackServer.StartAsync(_ => { });
        await using var host = TokensTestHost.Create(server.BaseAddress, s =>
        {
            s["ChatFlow:Connections:acme:AuthorizationEndpoint"] = "https://login.example.com/authorize?tenant=t1";
            s["ChatFlow:Connections:acme:TokenEndpoint"] = "https://login.example.com/token";
            s["ChatFlow:Connections:acme:CallbackPath"] = "/oauth/done";
        });
        var link = await host.SignIn.StartAsync("acme", "directline", "conv-1", "user-1", CancellationToken.None);

        // Act
        var redirect = await host.SignIn.GetAuthorizationRedirectAsync(link.Segments[^1], CancellationToken.None);

        // Assert
        Assert.NotNull(redirect);
        Assert.StartsWith("https://login.example.com/authorize?tenant=t1&response_type=code&", redirect.AbsoluteUri, StringComparison.Ordinal);
        Assert.Contains("redirect_uri=" + Uri.EscapeDataString(new Uri(server.BaseAddress, "oauth/done").AbsoluteUri), redirect.AbsoluteUri, StringComparison.Ordinal);
    }
}
