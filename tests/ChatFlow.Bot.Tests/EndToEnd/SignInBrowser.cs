using System.Net;
using System.Text.RegularExpressions;

namespace ChatFlow.Bot.Tests.EndToEnd;

/// <summary>A person's browser for sign-in links: follows the OAuth redirects with its own cookies and fills the
/// sandbox login form (fields <c>username</c> and <c>password</c>) over real HTTP.</summary>
internal static partial class SignInBrowser
{
    public const string DemoPassword = "chatflow-demo";

    /// <summary>Completes the sign-in that <paramref name="link"/> starts.</summary>
    /// <returns>The final page (ChatFlow's callback page).</returns>
    public static async Task<HttpResponseMessage> SignInAsync(Uri link, string username, string password = DemoPassword)
    {
        var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = true };
        using var browser = new HttpClient(handler);
        var page = await browser.GetAsync(link);
        var html = await page.Content.ReadAsStringAsync();
        var form = FormRegex().Match(html);
        Assert.True(form.Success, $"expected a login form at {page.RequestMessage!.RequestUri}, got HTTP {(int)page.StatusCode}: {html[..Math.Min(300, html.Length)]}");
        var fields = new Dictionary<string, string>();
        foreach (Match input in InputRegex().Matches(form.Value))
        {
            var name = AttributeRegex("name").Match(input.Value).Groups[1].Value;
            var value = AttributeRegex("value").Match(input.Value).Groups[1].Value;
            if (name.Length > 0)
            {
                fields[name] = WebUtility.HtmlDecode(value);
            }
        }

        Assert.Contains("username", fields.Keys);
        Assert.Contains("password", fields.Keys);
        fields["username"] = username;
        fields["password"] = password;
        var action = WebUtility.HtmlDecode(AttributeRegex("action").Match(form.Value).Groups[1].Value);
        var target = action.Length == 0 ? page.RequestMessage!.RequestUri! : new Uri(page.RequestMessage!.RequestUri!, action);
        return await browser.PostAsync(target, new FormUrlEncodedContent(fields));
    }

    [GeneratedRegex("<form[^>]*>.*?</form>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex FormRegex();

    [GeneratedRegex("<input[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InputRegex();

    private static Regex AttributeRegex(string name) => new($"{name}\\s*=\\s*\"([^\"]*)\"", RegexOptions.IgnoreCase);
}
