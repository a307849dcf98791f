using System.Text.Json.Serialization;

namespace ChatFlow.Integrations.Tokens;

/// <summary>A token endpoint success response (RFC 6749 §5.1). Holds tokens: a class, never printed.</summary>
internal sealed class OAuthTokenResponse
{
    [JsonPropertyName("access_token")]
    public string? AccessToken { get; set; }

    [JsonPropertyName("token_type")]
    public string? TokenType { get; set; }

    /// <summary>Seconds.</summary>
    [JsonPropertyName("expires_in")]
    public long? ExpiresInSeconds { get; set; }

    [JsonPropertyName("refresh_token")]
    public string? RefreshToken { get; set; }

    [JsonPropertyName("id_token")]
    public string? IdToken { get; set; }
}

/// <summary>A token endpoint error response (RFC 6749 §5.2).</summary>
internal sealed class OAuthErrorResponse
{
    [JsonPropertyName("error")]
    public string? Error { get; set; }
}

/// <summary>The parts of an OpenID Provider configuration document ChatFlow uses.</summary>
internal sealed class OpenIdConfiguration
{
    [JsonPropertyName("issuer")]
    public string? Issuer { get; set; }

    [JsonPropertyName("authorization_endpoint")]
    public string? AuthorizationEndpoint { get; set; }

    [JsonPropertyName("token_endpoint")]
    public string? TokenEndpoint { get; set; }

    [JsonPropertyName("userinfo_endpoint")]
    public string? UserInfoEndpoint { get; set; }
}

/// <summary>The encrypted-at-rest payload of a stored user token. Holds tokens: a class, never printed.</summary>
internal sealed class ProtectedTokenPayload
{
    [JsonPropertyName("a")]
    public string AccessToken { get; set; } = "";

    [JsonPropertyName("r")]
    public string? RefreshToken { get; set; }
}

/// <summary>OAuth / OpenID Connect JSON.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(OAuthTokenResponse))]
[JsonSerializable(typeof(OAuthErrorResponse))]
[JsonSerializable(typeof(OpenIdConfiguration))]
[JsonSerializable(typeof(ProtectedTokenPayload))]
internal sealed partial class OAuthJsonContext : JsonSerializerContext;
