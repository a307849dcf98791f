using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.Core;
using OpenIddict.EntityFrameworkCore.Models;

namespace ChatFlow.Sandbox.Auth;

/// <summary>Accepts the bot client's loopback callback on any port besides its registered redirect URIs.</summary>
internal sealed class LoopbackRedirectApplicationManager(
    IOpenIddictApplicationCache<OpenIddictEntityFrameworkCoreApplication> cache,
    ILogger<OpenIddictApplicationManager<OpenIddictEntityFrameworkCoreApplication>> logger,
    IOptionsMonitor<OpenIddictCoreOptions> options,
    IOpenIddictApplicationStore<OpenIddictEntityFrameworkCoreApplication> store,
    IOptions<SandboxOptions> sandbox)
    : OpenIddictApplicationManager<OpenIddictEntityFrameworkCoreApplication>(cache, logger, options, store)
{
    public override async ValueTask<bool> ValidateRedirectUriAsync(
        OpenIddictEntityFrameworkCoreApplication application,
        [StringSyntax(StringSyntaxAttribute.Uri)] string uri,
        CancellationToken cancellationToken = default)
    {
        if (LoopbackRedirectUri.IsAllowed(uri)
            && string.Equals(await GetClientIdAsync(application, cancellationToken), sandbox.Value.ClientId, StringComparison.Ordinal))
        {
            return true;
        }

        return await base.ValidateRedirectUriAsync(application, uri, cancellationToken);
    }
}
