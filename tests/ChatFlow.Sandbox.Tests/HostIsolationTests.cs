using System.Net;
using ChatFlow.Sandbox.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ChatFlow.Sandbox.Tests;

public sealed class HostIsolationTests
{
    [Fact]
    public async Task HostEndpoints_OutsideSandbox_AreNeitherChallengedNorHijacked()
    {
        // Arrange
        using var data = new TempDirectory();
        await using var sandbox = await SandboxHost.StartAsync(data.Path, mapHostEndpoints: app =>
        {
            app.MapGet("/ping", () => "host");
            app.MapPost("/connect/token", () => "host token").DisableAntiforgery();
            app.MapGet("/auth/callback", (HttpContext context) => context.User.Identity?.IsAuthenticated == true ? "signed in" : "anonymous");
        });
        using var browser = new SandboxBrowser(sandbox.BaseAddress);
        await browser.GetTokensAsync("carol"); // the browser now holds the sandbox cookie

        // Act
        using var ping = await browser.GetAsync("/ping");
        using var token = await browser.Http.PostAsync(new Uri("/connect/token", UriKind.Relative), new FormUrlEncodedContent([]));
        using var callback = await browser.GetAsync("/auth/callback");

        // Assert
        Assert.Equal(HttpStatusCode.OK, ping.StatusCode);
        Assert.Equal("host", await ping.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
        Assert.Equal("host token", await token.Content.ReadAsStringAsync());
        Assert.Equal("anonymous", await callback.Content.ReadAsStringAsync());
    }
}
