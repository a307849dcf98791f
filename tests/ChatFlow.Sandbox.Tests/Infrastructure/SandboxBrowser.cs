using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;

namespace ChatFlow.Sandbox.Tests.Infrastructure;

/// <summary>
/// Walks the sandbox's OAuth flow like the bot's scripted client: one cookie jar, no automatic redirects,
/// every hop checked by the caller.
/// </summary>
internal sealed class SandboxBrowser : IDisposable
{
    public const string ClientId = "chatflow";
    public const string ClientSecret = "chatflow-sandbox-secret";
    public const string AllScopes = "openid profile email roles offline_access acme.api";

    public SandboxBrowser(Uri baseAddress)
    {
        Http = new HttpClient(new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = baseAddress,
        };
    }

    public HttpClient Http { get; }

    public static string LoopbackRedirectUri(string host = "localhost") =>
        $"http://{host}:{Random.Shared.Next(20_000, 65_000)}/auth/callback";

    public static string AuthorizeUrl(string redirectUri, Pkce pkce, string state, string scope = AllScopes) =>
        QueryHelpers.AddQueryString("/sandbox/connect/authorize", new Dictionary<string, string?>
        {
            ["response_type"] = "code",
            ["client_id"] = ClientId,
            ["redirect_uri"] = redirectUri,
            ["scope"] = scope,
            ["state"] = state,
            ["code_challenge"] = pkce.Challenge,
            ["code_challenge_method"] = "S256",
        });

    public Task<HttpResponseMessage> GetAsync(string url) => Http.GetAsync(new Uri(url, UriKind.RelativeOrAbsolute));

    /// <summary>Posts the login form found in <paramref name="loginPageHtml"/> with these credentials.</summary>
    public async Task<HttpResponseMessage> PostLoginAsync(Uri loginPage, string loginPageHtml, string username, string password)
    {
        var form = LoginForm.Parse(loginPageHtml) ?? throw new InvalidOperationException("No login form on the page.");
        form.Fields["username"] = username;
        form.Fields["password"] = password;
        var action = new Uri(loginPage, form.Action ?? loginPage.PathAndQuery);
        using var content = new FormUrlEncodedContent(form.Fields);
        return await Http.PostAsync(action, content);
    }

    /// <summary>authorize → login page → post credentials → authorize → callback; returns the callback URI.</summary>
    public async Task<Uri> SignInAndAuthorizeAsync(string username, string redirectUri, Pkce pkce, string state)
    {
        using var authorize = await GetAsync(AuthorizeUrl(redirectUri, pkce, state));
        await ExpectAsync(authorize, HttpStatusCode.Redirect);
        var loginPage = new Uri(Http.BaseAddress!, authorize.Headers.Location!);

        using var login = await Http.GetAsync(loginPage);
        await ExpectAsync(login, HttpStatusCode.OK);
        using var posted = await PostLoginAsync(loginPage, await login.Content.ReadAsStringAsync(), username, "chatflow-demo");
        await ExpectAsync(posted, HttpStatusCode.Redirect);

        using var back = await Http.GetAsync(posted.Headers.Location!);
        await ExpectAsync(back, HttpStatusCode.Redirect);
        return back.Headers.Location!;
    }

    public async Task<HttpResponseMessage> RedeemCodeAsync(string code, string verifier, string redirectUri) =>
        await PostTokenAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = code,
            ["code_verifier"] = verifier,
            ["redirect_uri"] = redirectUri,
            ["client_id"] = ClientId,
            ["client_secret"] = ClientSecret,
        });

    public async Task<HttpResponseMessage> RefreshAsync(string refreshToken) =>
        await PostTokenAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = refreshToken,
            ["client_id"] = ClientId,
            ["client_secret"] = ClientSecret,
        });

    /// <summary>The whole flow for <paramref name="username"/>: tokens for the API.</summary>
    public async Task<TokenSet> GetTokensAsync(string username)
    {
        var pkce = Pkce.Create();
        var redirectUri = LoopbackRedirectUri();
        var callback = await SignInAndAuthorizeAsync(username, redirectUri, pkce, state: Guid.NewGuid().ToString("N"));
        var code = QueryHelpers.ParseQuery(callback.Query)["code"].ToString();
        using var response = await RedeemCodeAsync(code, pkce.Verifier, redirectUri);
        await ExpectAsync(response, HttpStatusCode.OK);
        return await ReadTokensAsync(response);
    }

    public static async Task<TokenSet> ReadTokensAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        return new TokenSet(
            root.GetProperty("access_token").GetString()!,
            root.TryGetProperty("refresh_token", out var refresh) ? refresh.GetString() : null,
            root.TryGetProperty("id_token", out var id) ? id.GetString() : null);
    }

    /// <summary>A client for the API with this bearer token (no cookies).</summary>
    public static HttpClient ApiClient(Uri baseAddress, string? accessToken)
    {
        var client = new HttpClient { BaseAddress = baseAddress };
        if (accessToken is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        }

        return client;
    }

    public void Dispose() => Http.Dispose();

    private async Task<HttpResponseMessage> PostTokenAsync(Dictionary<string, string> fields)
    {
        using var content = new FormUrlEncodedContent(fields);
        return await Http.PostAsync(new Uri("/sandbox/connect/token", UriKind.Relative), content);
    }

    private static async Task ExpectAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        if (response.StatusCode != status)
        {
            var body = await response.Content.ReadAsStringAsync();
            throw new InvalidOperationException(
                $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} returned {(int)response.StatusCode}, expected {(int)status}: {body}");
        }
    }
}
