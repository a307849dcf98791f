using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace ChatFlow.Integrations.Tokens;

/// <summary>HTTP calls to an authorization server: discovery (cached), code redemption, refresh, UserInfo.</summary>
/// <remarks>RFC 6749 §4.1.3 and §6 (https://www.rfc-editor.org/rfc/rfc6749), RFC 7636 §4.5
/// (https://www.rfc-editor.org/rfc/rfc7636), OpenID Connect Discovery 1.0 §4 and Core 1.0 §5.3.</remarks>
internal sealed class OAuthClient(IHttpClientFactory httpClientFactory, TimeProvider time, ILogger<OAuthClient> logger)
{
    /// <summary>Name of the <see cref="HttpClient"/> used for authorization server calls.</summary>
    public const string HttpClientName = "ChatFlow.Tokens";

    private static readonly TimeSpan DiscoveryLifetime = TimeSpan.FromHours(1);
    private readonly ConcurrentDictionary<Uri, (OpenIdConfiguration Document, DateTimeOffset FetchedAt)> discovery = new();

    /// <summary>The connection's endpoints: configured overrides, else the (cached) discovery document.</summary>
    /// <exception cref="OAuthProtocolException">Discovery failed or lacks a needed endpoint.</exception>
    public async Task<OAuthEndpoints> GetEndpointsAsync(ResolvedConnection connection, CancellationToken cancellationToken)
    {
        if (connection.AuthorizationEndpoint is { } a && connection.TokenEndpoint is { } t)
        {
            return new OAuthEndpoints(a, t, connection.UserInfoEndpoint);
        }

        var document = await GetDiscoveryDocumentAsync(connection.Authority, cancellationToken);
        var authorization = connection.AuthorizationEndpoint ?? Absolute(document.AuthorizationEndpoint, "authorization_endpoint", connection.Authority);
        var token = connection.TokenEndpoint ?? Absolute(document.TokenEndpoint, "token_endpoint", connection.Authority);
        var userInfo = connection.UserInfoEndpoint
            ?? (string.IsNullOrEmpty(document.UserInfoEndpoint) ? null : Absolute(document.UserInfoEndpoint, "userinfo_endpoint", connection.Authority));
        return new OAuthEndpoints(authorization, token, userInfo);
    }

    /// <summary>Redeems an authorization code (grant_type=authorization_code with the PKCE code_verifier).</summary>
    /// <exception cref="OAuthProtocolException">The token endpoint refused or answered something unusable.</exception>
    public Task<OAuthTokenResponse> RedeemCodeAsync(ResolvedConnection connection, Uri tokenEndpoint, string code,
        string codeVerifier, CancellationToken cancellationToken) =>
        PostTokenRequestAsync(connection, tokenEndpoint,
        [
            new("grant_type", "authorization_code"),
            new("code", code),
            new("redirect_uri", connection.RedirectUri.AbsoluteUri),
            new("code_verifier", codeVerifier),
        ], cancellationToken);

    /// <summary>Refreshes an access token (grant_type=refresh_token).</summary>
    /// <exception cref="OAuthProtocolException">The token endpoint refused or answered something unusable.</exception>
    public Task<OAuthTokenResponse> RefreshAsync(ResolvedConnection connection, Uri tokenEndpoint, string refreshToken,
        CancellationToken cancellationToken) =>
        PostTokenRequestAsync(connection, tokenEndpoint,
        [
            new("grant_type", "refresh_token"),
            new("refresh_token", refreshToken),
        ], cancellationToken);

    /// <summary>The <c>sub</c> claim from the UserInfo endpoint.</summary>
    /// <exception cref="OAuthProtocolException">The endpoint refused or returned no <c>sub</c>.</exception>
    public async Task<string> GetUserInfoSubjectAsync(Uri userInfoEndpoint, string accessToken, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, userInfoEndpoint);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var response = await httpClientFactory.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new OAuthProtocolException(
                $"The UserInfo endpoint {userInfoEndpoint} answered HTTP {(int)response.StatusCode}.", "userinfo_error", (int)response.StatusCode);
        }

        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var json = await ParseAsync(body, userInfoEndpoint, cancellationToken);
        return ReadSubject(json.RootElement)
            ?? throw new OAuthProtocolException($"The UserInfo endpoint {userInfoEndpoint} returned no 'sub'.", "invalid_response");
    }

    /// <summary>The <c>sub</c> of an id_token's payload, after checking that <c>aud</c> names the client.</summary>
    /// <remarks>The id_token comes straight from the token endpoint over the back channel, so OpenID Connect Core
    /// §3.1.3.7 lets the client rely on TLS instead of checking its signature; the token is read, not trusted
    /// for anything else.</remarks>
    /// <exception cref="OAuthProtocolException">Malformed, or issued to another client.</exception>
    public static string ReadIdTokenSubject(string idToken, string clientId)
    {
        var parts = idToken.Split('.');
        if (parts.Length < 2)
        {
            throw new OAuthProtocolException("The id_token is not a JWT.", "invalid_id_token");
        }

        try
        {
            using var payload = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[1]));
            var root = payload.RootElement;
            if (root.TryGetProperty("aud", out var aud) && !AudienceContains(aud, clientId))
            {
                throw new OAuthProtocolException("The id_token was issued to another client.", "invalid_id_token");
            }

            return ReadSubject(root) ?? throw new OAuthProtocolException("The id_token has no 'sub'.", "invalid_id_token");
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            throw new OAuthProtocolException("The id_token payload is not base64url JSON.", "invalid_id_token");
        }
    }

    private static bool AudienceContains(JsonElement aud, string clientId) => aud.ValueKind switch
    {
        JsonValueKind.String => aud.GetString() == clientId,
        JsonValueKind.Array => aud.EnumerateArray().Any(a => a.ValueKind == JsonValueKind.String && a.GetString() == clientId),
        _ => false,
    };

    private static string? ReadSubject(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty("sub", out var sub)
        && sub.ValueKind == JsonValueKind.String && !string.IsNullOrEmpty(sub.GetString())
            ? sub.GetString()
            : null;

    private async Task<OAuthTokenResponse> PostTokenRequestAsync(ResolvedConnection connection, Uri tokenEndpoint,
        List<KeyValuePair<string, string>> form, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, tokenEndpoint);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (connection.ClientSecret is { } secret)
        {
            // client_secret_basic: each part form-urlencoded first (RFC 6749 §2.3.1).
            var credentials = $"{Uri.EscapeDataString(connection.ClientId)}:{Uri.EscapeDataString(secret)}";
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(credentials)));
        }
        else
        {
            form.Add(new("client_id", connection.ClientId));
        }

        request.Content = new FormUrlEncodedContent(form);
        using var response = await httpClientFactory.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
        var status = (int)response.StatusCode;
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var error = "http_error";
            try
            {
                var parsed = await JsonSerializer.DeserializeAsync(body, OAuthJsonContext.Default.OAuthErrorResponse, cancellationToken);
                error = SanitizeErrorCode(parsed?.Error) ?? error;
            }
            catch (JsonException)
            {
                // Not an RFC 6749 §5.2 body; the status says enough.
            }

            TokensLog.TokenEndpointRefused(logger, connection.Name, status, error);
            throw new OAuthProtocolException(
                $"The token endpoint {tokenEndpoint} of connection '{connection.Name}' refused the request: HTTP {status}, error '{error}'.",
                error, status);
        }

        OAuthTokenResponse? tokens;
        try
        {
            tokens = await JsonSerializer.DeserializeAsync(body, OAuthJsonContext.Default.OAuthTokenResponse, cancellationToken);
        }
        catch (JsonException)
        {
            tokens = null;
        }

        if (tokens is null || string.IsNullOrEmpty(tokens.AccessToken)
            || !string.Equals(tokens.TokenType, "Bearer", StringComparison.OrdinalIgnoreCase))
        {
            throw new OAuthProtocolException(
                $"The token endpoint {tokenEndpoint} of connection '{connection.Name}' returned no bearer access token.",
                "invalid_response", status);
        }

        return tokens;
    }

    private async Task<OpenIdConfiguration> GetDiscoveryDocumentAsync(Uri authority, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (discovery.TryGetValue(authority, out var cached) && now - cached.FetchedAt < DiscoveryLifetime)
        {
            return cached.Document;
        }

        var address = new Uri(authority, ".well-known/openid-configuration");
        using var response = await httpClientFactory.CreateClient(HttpClientName).GetAsync(address, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new OAuthProtocolException(
                $"OpenID discovery at {address} answered HTTP {(int)response.StatusCode}.", "discovery_error", (int)response.StatusCode);
        }

        OpenIdConfiguration? document;
        try
        {
            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            document = await JsonSerializer.DeserializeAsync(body, OAuthJsonContext.Default.OpenIdConfiguration, cancellationToken);
        }
        catch (JsonException ex)
        {
            throw new OAuthProtocolException($"OpenID discovery at {address} returned invalid JSON.", "discovery_error", null, ex);
        }

        document ??= new OpenIdConfiguration();
        discovery[authority] = (document, now);
        TokensLog.DiscoveryLoaded(logger, address);
        return document;
    }

    private static Uri Absolute(string? value, string name, Uri authority) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : throw new OAuthProtocolException(
                $"The OpenID configuration of {authority} has no absolute '{name}'; configure it on the connection.", "discovery_error");

    private static async Task<JsonDocument> ParseAsync(Stream body, Uri endpoint, CancellationToken cancellationToken)
    {
        try
        {
            return await JsonDocument.ParseAsync(body, default, cancellationToken);
        }
        catch (JsonException ex)
        {
            throw new OAuthProtocolException($"{endpoint} returned invalid JSON.", "invalid_response", null, ex);
        }
    }

    /// <summary>The OAuth error code if it is a plain token (RFC 6749 §5.2 limits it to %x20-21 / %x23-5B / %x5D-7E;
    /// ChatFlow keeps only letters, digits, '_', '-', '.'), else <c>null</c>.</summary>
    internal static string? SanitizeErrorCode(string? error) =>
        !string.IsNullOrEmpty(error) && error.Length <= 64 && error.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.')
            ? error
            : null;
}
