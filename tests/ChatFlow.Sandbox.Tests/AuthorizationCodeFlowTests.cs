using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChatFlow.Sandbox.Tests.Infrastructure;
using Microsoft.AspNetCore.WebUtilities;

namespace ChatFlow.Sandbox.Tests;

public sealed class AuthorizationCodeFlowTests
{
    [Fact]
    public async Task AuthorizationCodeFlow_CarolWithPkce_IssuesTokensThatCreateAndListVendors()
    {
        // Arrange
        using var data = new TempDirectory();
        await using var sandbox = await SandboxHost.StartAsync(data.Path);
        using var browser = new SandboxBrowser(sandbox.BaseAddress);
        var pkce = Pkce.Create();
        var redirectUri = SandboxBrowser.LoopbackRedirectUri();
        var state = Guid.NewGuid().ToString("N");

        // Act: authorize → login page
        using var authorize = await browser.GetAsync(SandboxBrowser.AuthorizeUrl(redirectUri, pkce, state));
        Assert.Equal(HttpStatusCode.Redirect, authorize.StatusCode);
        var loginPage = new Uri(sandbox.BaseAddress, authorize.Headers.Location!);
        Assert.Equal("/sandbox/account/login", loginPage.AbsolutePath);

        // Act: login form → post credentials → back to authorize
        using var login = await browser.Http.GetAsync(loginPage);
        var html = await login.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.NotNull(LoginForm.Parse(html));
        using var posted = await browser.PostLoginAsync(loginPage, html, "carol", "chatflow-demo");
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.StartsWith("/sandbox/connect/authorize?", posted.Headers.Location!.OriginalString);

        // Act: authorize again → code at the redirect URI
        using var back = await browser.Http.GetAsync(posted.Headers.Location);
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        var callback = back.Headers.Location!;
        Assert.StartsWith(redirectUri + "?", callback.AbsoluteUri);
        var query = QueryHelpers.ParseQuery(callback.Query);
        Assert.Equal(state, query["state"].ToString());
        var code = query["code"].ToString();
        Assert.False(string.IsNullOrEmpty(code));

        // Act: token endpoint with the verifier and client credentials
        using var token = await browser.RedeemCodeAsync(code, pkce.Verifier, redirectUri);
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
        var tokens = await SandboxBrowser.ReadTokensAsync(token);
        Assert.NotNull(tokens.RefreshToken);
        Assert.NotNull(tokens.IdToken);

        // Act: the API as carol
        using var api = SandboxBrowser.ApiClient(sandbox.BaseAddress, tokens.AccessToken);
        var name = "Carol Flow Co " + Guid.NewGuid().ToString("N")[..8];
        using var created = await api.PostAsJsonAsync("/sandbox/api/erp/vendors", new
        {
            name,
            businessRegistrationNumber = "123-45-67890",
            address = "1 Test-ro, Seoul",
            contactEmail = "ap@carolflow.example",
        });
        var listed = await api.GetFromJsonAsync<JsonElement>("/sandbox/api/erp/vendors");

        // Assert
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var vendor = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("V-1006", vendor.GetProperty("id").GetString());
        Assert.Equal("carol", vendor.GetProperty("createdBy").GetString());
        Assert.Equal("/sandbox/api/erp/vendors/V-1006", created.Headers.Location!.OriginalString);
        Assert.Contains(listed.EnumerateArray(), v => v.GetProperty("name").GetString() == name);
    }
}
