using System.ComponentModel.DataAnnotations;

namespace ChatFlow.Sandbox;

/// <summary>
/// Settings of the Acme sandbox (demo ERP/HR back end and its OAuth 2.0 authorization server),
/// bound from the <c>ChatFlow:Sandbox</c> configuration section and validated at start-up.
/// </summary>
public sealed class SandboxOptions : IValidatableObject
{
    /// <summary>The configuration section these options are bound from: <c>ChatFlow:Sandbox</c>.</summary>
    public const string SectionName = "ChatFlow:Sandbox";

    /// <summary>
    /// Folder holding <c>sandbox.db</c> (SQLite: vendors, OpenIddict clients, authorizations and tokens) and the
    /// PEM key files <c>sandbox-signing.key.pem</c> and <c>sandbox-encryption.key.pem</c>, so tokens survive a restart.
    /// </summary>
    /// <value>Default: the value of <c>ChatFlow:DataDirectory</c>, else <c>./data</c> (relative to the working directory).</value>
    [Required]
    public string DataDirectory { get; set; } = string.Empty;

    /// <summary>OAuth 2.0 client id of the bot.</summary>
    /// <value>Default: <c>chatflow</c>.</value>
    [Required]
    [MaxLength(100)]
    public string ClientId { get; set; } = "chatflow";

    /// <summary>
    /// OAuth 2.0 client secret of the bot (confidential client: <c>client_secret_basic</c> or <c>client_secret_post</c>).
    /// Stored hashed by OpenIddict.
    /// </summary>
    /// <value>Default: <c>chatflow-sandbox-secret</c>, a public demo value: override it anywhere that is not a sandbox.</value>
    [Required]
    [MinLength(16)]
    public string ClientSecret { get; set; } = "chatflow-sandbox-secret";

    /// <summary>
    /// Absolute redirect URIs accepted in addition to the loopback callbacks
    /// <c>http://localhost:{any port}/auth/callback</c> and <c>http://127.0.0.1:{any port}/auth/callback</c>,
    /// which are always accepted (RFC 8252 §7.3, https://www.rfc-editor.org/rfc/rfc8252#section-7.3).
    /// </summary>
    /// <value>Default: none.</value>
    public IList<string> RedirectUris { get; } = [];

    /// <summary>
    /// Issuer of the tokens, absolute, ending in <c>/</c> (e.g. <c>https://bot.example.com/sandbox/</c>).
    /// When unset, the issuer is derived from each request: <c>{scheme}://{host}{path base}/sandbox/</c>.
    /// </summary>
    /// <value>Default: unset (derived from the request).</value>
    public Uri? Issuer { get; set; }

    /// <summary>Lifetime of access tokens.</summary>
    /// <value>Default: 1 hour.</value>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var uri in RedirectUris)
        {
            if (!Uri.TryCreate(uri, UriKind.Absolute, out var parsed) || !string.IsNullOrEmpty(parsed.Fragment))
            {
                yield return new ValidationResult(
                    $"ChatFlow:Sandbox:RedirectUris contains '{uri}', which is not an absolute URI without a fragment.",
                    [nameof(RedirectUris)]);
            }
        }

        if (Issuer is not null && (!Issuer.IsAbsoluteUri || !string.IsNullOrEmpty(Issuer.Query) || !string.IsNullOrEmpty(Issuer.Fragment)))
        {
            yield return new ValidationResult(
                "ChatFlow:Sandbox:Issuer must be an absolute URI without a query or fragment, e.g. https://bot.example.com/sandbox/.",
                [nameof(Issuer)]);
        }
    }
}
