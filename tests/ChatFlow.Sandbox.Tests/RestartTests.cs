using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChatFlow.Sandbox.Tests.Infrastructure;

namespace ChatFlow.Sandbox.Tests;

public sealed class RestartTests
{
    [Fact]
    public async Task Restart_SameDataDirectory_KeepsVendorsAccessAndRefreshTokens()
    {
        // Arrange
        using var data = new TempDirectory();
        TokenSet tokens;
        string vendorId;
        int port;
        await using (var first = await SandboxHost.StartAsync(data.Path))
        {
            port = first.Port;
            using var browser = new SandboxBrowser(first.BaseAddress);
            tokens = await browser.GetTokensAsync("carol");
            using var api = SandboxBrowser.ApiClient(first.BaseAddress, tokens.AccessToken);
            using var created = await VendorRequests.CreateAsync(api, VendorRequests.ValidBody());
            vendorId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        }

        // Act: same port, so the request-derived issuer is the same
        await using var second = await SandboxHost.StartAsync(data.Path, port);
        using var oldTokenApi = SandboxBrowser.ApiClient(second.BaseAddress, tokens.AccessToken);
        using var vendor = await oldTokenApi.GetAsync(VendorRequests.VendorsPath + "/" + vendorId);
        using var secondBrowser = new SandboxBrowser(second.BaseAddress);
        using var refreshed = await secondBrowser.RefreshAsync(tokens.RefreshToken!);

        // Assert
        Assert.Equal(HttpStatusCode.OK, vendor.StatusCode);
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        var newTokens = await SandboxBrowser.ReadTokensAsync(refreshed);
        using var newTokenApi = SandboxBrowser.ApiClient(second.BaseAddress, newTokens.AccessToken);
        var vendors = await newTokenApi.GetFromJsonAsync<JsonElement>(VendorRequests.VendorsPath);
        Assert.Contains(vendors.EnumerateArray(), v => v.GetProperty("id").GetString() == vendorId);
    }
}
