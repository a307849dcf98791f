using System.ComponentModel.DataAnnotations;

namespace ChatFlow.Integrations.Tokens;

/// <summary>One OAuth <b>connection</b>: the authorization server and client a connector's calls are authorized
/// with. Bound per connection name from <c>ChatFlow:Connections:{name}</c> (named options).</summary>
/// <remarks>Authorization code grant with PKCE S256: RFC 6749 (https://www.rfc-editor.org/rfc/rfc6749) and
/// RFC 7636 (https://www.rfc-editor.org/rfc/rfc7636); endpoints from OpenID Connect Discovery
/// (https://openid.net/specs/openid-connect-discovery-1_0.html) unless overridden.</remarks>
public sealed class ConnectionOptions
{
    /// <summary>Configuration section holding one child section per connection name.</summary>
    public const string SectionName = "ChatFlow:Connections";

    /// <summary>Default <see cref="CallbackPath"/>.</summary>
    public const string DefaultCallbackPath = "/auth/callback";

    /// <summary>Issuer URL: absolute (<c>https://login.example.com/</c>) or relative to
    /// <see cref="IServiceBaseAddress"/> (<c>/sandbox/</c>). Discovery reads
    /// <c>{Authority}/.well-known/openid-configuration</c>. Required.</summary>
    [Required]
    public string Authority { get; set; } = "";

    /// <summary>OAuth client id. Required.</summary>
    [Required]
    public string ClientId { get; set; } = "";

    /// <summary>OAuth client secret; when set, the client authenticates with <c>client_secret_basic</c>
    /// (RFC 6749 §2.3.1), otherwise it is a public client sending only <c>client_id</c>. Never logged.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>Space-separated scopes requested, e.g. <c>openid profile offline_access acme.api</c>. Include
    /// <c>openid</c> (for the <c>sub</c>) and <c>offline_access</c> (for a refresh token).</summary>
    /// <value>Default <c>openid</c>.</value>
    [Required]
    public string Scopes { get; set; } = "openid";

    /// <summary>Authorization endpoint, absolute or relative to the base address; default from discovery.</summary>
    public string? AuthorizationEndpoint { get; set; }

    /// <summary>Token endpoint, absolute or relative to the base address; default from discovery.</summary>
    public string? TokenEndpoint { get; set; }

    /// <summary>UserInfo endpoint, absolute or relative to the base address; default from discovery. Used when the
    /// token response carries no <c>id_token</c>.</summary>
    public string? UserInfoEndpoint { get; set; }

    /// <summary>Path of ChatFlow's OAuth callback, relative to the base address; the <c>redirect_uri</c> is
    /// <c>{base}{CallbackPath}</c> and must be registered with the authorization server.</summary>
    /// <value>Default <c>/auth/callback</c>.</value>
    [Required]
    public string CallbackPath { get; set; } = DefaultCallbackPath;
}
