using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;

namespace ChatFlow.Bot.Tests.EndToEnd;

/// <summary>Reads the sandbox ERP as a given demo user, to check what the bot really did there. Gets its own
/// token through the same authorization-code + PKCE flow (client <c>chatflow</c>), over real HTTP.</summary>
internal static partial class SandboxApi
{
    public static async Task<JsonArray> ListVendorsAsync(Uri host, string username)
    {
        using var http = new HttpClient { BaseAddress = host };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(host, username));
        return (await http.GetFromJsonAsync<JsonArray>("sandbox/api/erp/vendors"))!;
    }

    /// <summary>A demo user's access token (scopes openid, roles, acme.api), as the CLI or a script would get it.</summary>
    public static async Task<string> TokenAsync(Uri host, string username)
    {
        var verifier = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var challenge = WebEncoders.Base64UrlEncode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        var redirect = new Uri(host, "auth/callback").AbsoluteUri;
        var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        using var browser = new HttpClient(handler) { BaseAddress = host };
        var authorize = QueryHelpers.AddQueryString(new Uri(host, "sandbox/connect/authorize").AbsoluteUri, new Dictionary<string, string?>
        {
            ["response_type"] = "code", ["client_id"] = "chatflow", ["redirect_uri"] = redirect,
            ["scope"] = "openid roles acme.api", ["state"] = "test", ["code_challenge"] = challenge, ["code_challenge_method"] = "S256",
        });

        var response = await browser.GetAsync(authorize);
        for (var hops = 0; hops < 10; hops++)
        {
            if (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther)
            {
                var location = new Uri(response.RequestMessage!.RequestUri!, response.Headers.Location!);
                if (location.AbsoluteUri.StartsWith(redirect, StringComparison.Ordinal))
                {
                    var code = QueryHelpers.ParseQuery(location.Query)["code"].ToString();
                    var token = await browser.PostAsync("sandbox/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
                    {
                        ["grant_type"] = "authorization_code", ["code"] = code, ["redirect_uri"] = redirect,
                        ["code_verifier"] = verifier, ["client_id"] = "chatflow", ["client_secret"] = "chatflow-sandbox-secret",
                    }));
                    token.EnsureSuccessStatusCode();
                    return (string)(await token.Content.ReadFromJsonAsync<JsonObject>())!["access_token"]!;
                }

                response = await browser.GetAsync(location);
                continue;
            }

            var html = await response.Content.ReadAsStringAsync();
            var fields = InputRegex().Matches(html)
                .Select(m => (Name: NameRegex().Match(m.Value).Groups[1].Value, Value: ValueRegex().Match(m.Value).Groups[1].Value))
                .Where(f => f.Name.Length > 0)
                .ToDictionary(f => f.Name, f => WebUtility.HtmlDecode(f.Value));
            fields["username"] = username;
            fields["password"] = SignInBrowser.DemoPassword;
            var action = WebUtility.HtmlDecode(ActionRegex().Match(html).Groups[1].Value);
            response = await browser.PostAsync(new Uri(response.RequestMessage!.RequestUri!, action), new FormUrlEncodedContent(fields));
        }

        throw new InvalidOperationException("the sandbox sign-in did not reach the redirect URI");
    }

    [GeneratedRegex("<input[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InputRegex();

    [GeneratedRegex("name\\s*=\\s*\"([^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex NameRegex();

    [GeneratedRegex("value\\s*=\\s*\"([^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex ValueRegex();

    [GeneratedRegex("<form[^>]*action\\s*=\\s*\"([^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex ActionRegex();
}
