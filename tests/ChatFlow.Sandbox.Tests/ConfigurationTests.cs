using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChatFlow.Sandbox.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace ChatFlow.Sandbox.Tests;

public sealed class ConfigurationTests
{
    [Fact]
    public async Task Start_ConfiguredIssuer_IssuesAndAcceptsTokensForThatIssuer()
    {
        // Arrange
        using var data = new TempDirectory();
        const string issuer = "https://chatflow.example/sandbox/";
        await using var sandbox = await SandboxHost.StartAsync(data.Path, settings: new Dictionary<string, string?>
        {
            ["ChatFlow:Sandbox:Issuer"] = issuer,
        });
        using var browser = new SandboxBrowser(sandbox.BaseAddress);

        // Act
        var discovery = await browser.Http.GetFromJsonAsync<JsonElement>("/sandbox/.well-known/openid-configuration");
        var tokens = await browser.GetTokensAsync("carol");
        using var api = SandboxBrowser.ApiClient(sandbox.BaseAddress, tokens.AccessToken);
        using var me = await api.GetAsync("/sandbox/api/me");

        // Assert
        Assert.Equal(issuer, discovery.GetProperty("issuer").GetString());
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
    }

    [Fact]
    public async Task Start_ConfiguredRedirectUri_IsAcceptedBesidesLoopback()
    {
        // Arrange
        using var data = new TempDirectory();
        const string redirectUri = "https://chatflow.example/auth/callback";
        await using var sandbox = await SandboxHost.StartAsync(data.Path, settings: new Dictionary<string, string?>
        {
            ["ChatFlow:Sandbox:RedirectUris:0"] = redirectUri,
        });
        using var browser = new SandboxBrowser(sandbox.BaseAddress);

        // Act
        var callback = await browser.SignInAndAuthorizeAsync("dave", redirectUri, Pkce.Create(), "state-1");

        // Assert
        Assert.StartsWith(redirectUri + "?", callback.AbsoluteUri);
    }

    [Theory]
    [InlineData("ChatFlow:Sandbox:ClientSecret", "short")]
    [InlineData("ChatFlow:Sandbox:RedirectUris:0", "not a uri")]
    [InlineData("ChatFlow:Sandbox:ClientId", "")]
    public async Task Start_InvalidSetting_FailsWithOptionsValidationException(string key, string value)
    {
        // Arrange
        using var data = new TempDirectory();
        var settings = new Dictionary<string, string?> { [key] = value };

        // Act
        var exception = await Record.ExceptionAsync(() => SandboxHost.StartAsync(data.Path, settings: settings));

        // Assert
        Assert.IsType<OptionsValidationException>(exception);
    }
}
