using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChatFlow.Sandbox.Tests.Infrastructure;
using Microsoft.AspNetCore.WebUtilities;

namespace ChatFlow.Sandbox.Tests;

public sealed class AuthorizationEndpointTests
{
    [Fact]
    public async Task Token_WrongCodeVerifier_ReturnsInvalidGrant()
    {
        // Arrange
        using var data = new TempDirectory();
        await using var sandbox = await SandboxHost.StartAsync(data.Path);
        using var browser = new SandboxBrowser(sandbox.BaseAddress);
        var pkce = Pkce.Create();
        var redirectUri = SandboxBrowser.LoopbackRedirectUri();
        var callback = await browser.SignInAndAuthorizeAsync("carol", redirectUri, pkce, Guid.NewGuid().ToString("N"));
        var code = QueryHelpers.ParseQuery(callback.Query)["code"].ToString();

        // Act
        using var response = await browser.RedeemCodeAsync(code, Pkce.Create().Verifier, redirectUri);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("invalid_grant", error.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Authorize_UnknownRedirectUri_IsRefusedWithoutRedirect()
    {
        // Arrange
        using var data = new TempDirectory();
        await using var sandbox = await SandboxHost.StartAsync(data.Path);
        using var browser = new SandboxBrowser(sandbox.BaseAddress);

        // Act
        using var response = await browser.GetAsync(
            SandboxBrowser.AuthorizeUrl("http://evil.example/cb", Pkce.Create(), Guid.NewGuid().ToString("N")));

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Theory]
    [InlineData("http://127.0.0.1:{0}/auth/evil")]
    [InlineData("https://localhost:{0}/auth/callback")]
    [InlineData("http://localhost.evil.example:{0}/auth/callback")]
    public async Task Authorize_LoopbackLookalikeRedirectUri_IsRefused(string template)
    {
        // Arrange
        using var data = new TempDirectory();
        await using var sandbox = await SandboxHost.StartAsync(data.Path);
        using var browser = new SandboxBrowser(sandbox.BaseAddress);
        var redirectUri = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, Random.Shared.Next(20_000, 65_000));

        // Act
        using var response = await browser.GetAsync(SandboxBrowser.AuthorizeUrl(redirectUri, Pkce.Create(), "s"));

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task Authorize_LoopbackRedirectOnArbitraryPort_IsAccepted()
    {
        // Arrange
        using var data = new TempDirectory();
        await using var sandbox = await SandboxHost.StartAsync(data.Path);
        using var browser = new SandboxBrowser(sandbox.BaseAddress);
        var redirectUri = SandboxBrowser.LoopbackRedirectUri(host: "127.0.0.1");
        var state = Guid.NewGuid().ToString("N");

        // Act
        var callback = await browser.SignInAndAuthorizeAsync("bob", redirectUri, Pkce.Create(), state);

        // Assert
        Assert.StartsWith(redirectUri + "?", callback.AbsoluteUri);
        Assert.False(string.IsNullOrEmpty(QueryHelpers.ParseQuery(callback.Query)["code"]));
    }

    [Fact]
    public async Task Authorize_WithoutCodeChallenge_IsRefusedAsInvalidRequest()
    {
        // Arrange
        using var data = new TempDirectory();
        await using var sandbox = await SandboxHost.StartAsync(data.Path);
        using var browser = new SandboxBrowser(sandbox.BaseAddress);
        var redirectUri = SandboxBrowser.LoopbackRedirectUri();
        var url = QueryHelpers.AddQueryString("/sandbox/connect/authorize", new Dictionary<string, string?>
        {
            ["response_type"] = "code",
            ["client_id"] = SandboxBrowser.ClientId,
            ["redirect_uri"] = redirectUri,
            ["scope"] = "openid acme.api",
            ["state"] = "s",
        });

        // Act
        using var response = await browser.GetAsync(url);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Contains("invalid_request", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Discovery_Anonymous_AdvertisesSandboxIssuerAndEndpoints()
    {
        // Arrange
        using var data = new TempDirectory();
        await using var sandbox = await SandboxHost.StartAsync(data.Path);
        using var http = SandboxBrowser.ApiClient(sandbox.BaseAddress, accessToken: null);

        // Act
        var discovery = await http.GetFromJsonAsync<JsonElement>("/sandbox/.well-known/openid-configuration");

        // Assert
        var root = new Uri(sandbox.BaseAddress, "/sandbox/").AbsoluteUri;
        Assert.Equal(root, discovery.GetProperty("issuer").GetString());
        Assert.Equal(root + "connect/authorize", discovery.GetProperty("authorization_endpoint").GetString());
        Assert.Equal(root + "connect/token", discovery.GetProperty("token_endpoint").GetString());
        Assert.Equal(["S256"], discovery.GetProperty("code_challenge_methods_supported").EnumerateArray().Select(m => m.GetString()));
    }

    [Fact]
    public async Task UserInfo_CarolAccessToken_ReturnsHerClaims()
    {
        // Arrange
        using var data = new TempDirectory();
        await using var sandbox = await SandboxHost.StartAsync(data.Path);
        using var browser = new SandboxBrowser(sandbox.BaseAddress);
        var tokens = await browser.GetTokensAsync("carol");
        using var http = SandboxBrowser.ApiClient(sandbox.BaseAddress, tokens.AccessToken);

        // Act
        var userInfo = await http.GetFromJsonAsync<JsonElement>("/sandbox/connect/userinfo");

        // Assert
        Assert.Equal("carol", userInfo.GetProperty("sub").GetString());
        Assert.Equal("carol@acme.example", userInfo.GetProperty("email").GetString());
        Assert.Contains(userInfo.GetProperty("role").EnumerateArray(), role => role.GetString() == "finance");
    }

    [Fact]
    public async Task AccessToken_Carol_IsJwtWithClaimsAndApiAudience()
    {
        // Arrange
        using var data = new TempDirectory();
        await using var sandbox = await SandboxHost.StartAsync(data.Path);
        using var browser = new SandboxBrowser(sandbox.BaseAddress);

        // Act
        var tokens = await browser.GetTokensAsync("carol");

        // Assert
        var parts = tokens.AccessToken.Split('.');
        Assert.Equal(3, parts.Length); // signed, not encrypted
        using var payload = JsonDocument.Parse(WebEncoders.Base64UrlDecode(parts[1]));
        var claims = payload.RootElement;
        Assert.Equal("carol", claims.GetProperty("sub").GetString());
        Assert.Equal("Carol Park", claims.GetProperty("name").GetString());
        Assert.Equal("acme-api", claims.GetProperty("aud").GetString());
        Assert.Equal(new Uri(sandbox.BaseAddress, "/sandbox/").AbsoluteUri, claims.GetProperty("iss").GetString());
    }
}
