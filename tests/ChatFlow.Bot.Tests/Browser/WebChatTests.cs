using System.Text.RegularExpressions;
using ChatFlow.Bot.Tests.EndToEnd;
using ChatFlow.Bot.Tests.Fixtures;
using Microsoft.Playwright;

namespace ChatFlow.Bot.Tests.Browser;

/// <summary>A person in a real browser: the official Web Chat page served by the host, talking to its Direct Line
/// endpoint over a WebSocket; the Adaptive Card is filled and submitted; sign-in completes in the popup.</summary>
public sealed class WebChatTests(SqliteHostFixture host, ChromiumFixture chromium)
    : IClassFixture<SqliteHostFixture>, IClassFixture<ChromiumFixture>
{
    private static readonly float Timeout = 20_000;

    [Fact]
    public async Task WebChat_FinanceUserRegistersVendor_SeesTheConfirmation()
    {
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "en-US" });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(Timeout);
        var name = $"Browser Vendor {Guid.NewGuid():N}"[..25];

        await page.GotoAsync(host.Host.BaseAddress.AbsoluteUri);
        var sendBox = page.GetByRole(AriaRole.Textbox, new() { Name = "Message input box" });
        await sendBox.FillAsync("register a vendor");
        await sendBox.PressAsync("Enter");

        await page.GetByLabel("Vendor name").Last.FillAsync(name);
        await page.GetByLabel("Business registration number").Last.FillAsync("123-45-67890");
        await page.GetByLabel("Address").Last.FillAsync("1 Browser Ave, Seoul");
        await page.GetByLabel("Contact email").Last.FillAsync("ap@browser.example");
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit" }).Last.ClickAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm" }).Last.ClickAsync();

        var signInButton = page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).Last;
        var popup = await page.RunAndWaitForPopupAsync(() => signInButton.ClickAsync());
        await popup.GetByLabel("Username").FillAsync("carol");
        await popup.GetByLabel("Password").FillAsync(SignInBrowser.DemoPassword);
        await popup.Locator("form").Locator("button[type=submit], input[type=submit]").First.ClickAsync();
        await popup.GetByText(new Regex("signed in", RegexOptions.IgnoreCase)).WaitForAsync();

        await page.GetByText(new Regex($"Registered vendor.*{Regex.Escape(name)}", RegexOptions.IgnoreCase)).First.WaitForAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "webchat-vendor.png"), FullPage = true });
        Assert.Single(await SandboxApi.ListVendorsAsync(host.Host.BaseAddress, "carol"), v => (string?)v!["name"] == name);
    }
}
