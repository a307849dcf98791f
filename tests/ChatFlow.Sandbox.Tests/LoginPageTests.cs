using System.Net;
using ChatFlow.Sandbox.Tests.Infrastructure;

namespace ChatFlow.Sandbox.Tests;

public sealed class LoginPageTests
{
    [Fact]
    public async Task Login_WrongPassword_ShowsFormAgainWithoutRedirect()
    {
        // Arrange
        using var data = new TempDirectory();
        await using var sandbox = await SandboxHost.StartAsync(data.Path);
        using var browser = new SandboxBrowser(sandbox.BaseAddress);
        using var authorize = await browser.GetAsync(
            SandboxBrowser.AuthorizeUrl(SandboxBrowser.LoopbackRedirectUri(), Pkce.Create(), Guid.NewGuid().ToString("N")));
        var loginPage = new Uri(sandbox.BaseAddress, authorize.Headers.Location!);
        using var login = await browser.Http.GetAsync(loginPage);

        // Act
        using var response = await browser.PostLoginAsync(loginPage, await login.Content.ReadAsStringAsync(), "carol", "wrong-password");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(response.Headers.Location);
        var html = await response.Content.ReadAsStringAsync();
        Assert.NotNull(LoginForm.Parse(html));
        Assert.Contains("Wrong username or password", html);
    }

    [Theory]
    [InlineData("https://evil.example/sandbox/connect/authorize")]
    [InlineData("//evil.example/sandbox/")]
    [InlineData("/admin")]
    public async Task Login_ReturnUrlOutsideSandbox_IsRefused(string returnUrl)
    {
        // Arrange
        using var data = new TempDirectory();
        await using var sandbox = await SandboxHost.StartAsync(data.Path);
        using var browser = new SandboxBrowser(sandbox.BaseAddress);

        // Act
        using var response = await browser.GetAsync("/sandbox/account/login?returnUrl=" + Uri.EscapeDataString(returnUrl));

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }
}
