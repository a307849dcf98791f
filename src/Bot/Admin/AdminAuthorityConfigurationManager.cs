using ChatFlow.Integrations.Tokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace ChatFlow.Bot.Admin;

/// <summary>The admin issuer's discovery document, resolved on first use: the host's own address (and so the default
/// authority <c>{host}/sandbox/</c>) is known only once the server listens.</summary>
internal sealed class AdminAuthorityConfigurationManager(IServiceBaseAddress host, Uri? authority) : IConfigurationManager<OpenIdConnectConfiguration>
{
    private readonly Lazy<ConfigurationManager<OpenIdConnectConfiguration>> _inner = new(() =>
    {
        var issuer = authority ?? new Uri(host.BaseAddress, "sandbox/");
        var metadata = new Uri(issuer.AbsoluteUri.EndsWith('/') ? issuer : new Uri(issuer.AbsoluteUri + "/"), ".well-known/openid-configuration");
        return new ConfigurationManager<OpenIdConnectConfiguration>(metadata.AbsoluteUri, new OpenIdConnectConfigurationRetriever(),
            new HttpDocumentRetriever { RequireHttps = metadata.Scheme == Uri.UriSchemeHttps && !metadata.IsLoopback });
    });

    /// <inheritdoc />
    public Task<OpenIdConnectConfiguration> GetConfigurationAsync(CancellationToken cancel) => _inner.Value.GetConfigurationAsync(cancel);

    /// <inheritdoc />
    public void RequestRefresh() => _inner.Value.RequestRefresh();
}
