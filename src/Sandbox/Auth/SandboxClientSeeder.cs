using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ChatFlow.Sandbox.Auth;

/// <summary>Creates or updates the bot's OAuth client from <see cref="SandboxOptions"/> (idempotent, runs at every start).</summary>
internal sealed class SandboxClientSeeder(IOpenIddictApplicationManager applications, IOptions<SandboxOptions> options)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var sandbox = options.Value;
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = sandbox.ClientId,
            ClientSecret = sandbox.ClientSecret,
            ClientType = ClientTypes.Confidential,
            ConsentType = ConsentTypes.Implicit,
            DisplayName = "ChatFlow bot",
            Permissions =
            {
                Permissions.Endpoints.Authorization,
                Permissions.Endpoints.Token,
                Permissions.GrantTypes.AuthorizationCode,
                Permissions.GrantTypes.RefreshToken,
                Permissions.ResponseTypes.Code,
                Permissions.Scopes.Profile,
                Permissions.Scopes.Email,
                Permissions.Scopes.Roles,
                Permissions.Prefixes.Scope + SandboxAuthDefaults.ApiScope,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };
        foreach (var uri in sandbox.RedirectUris)
        {
            descriptor.RedirectUris.Add(new Uri(uri, UriKind.Absolute));
        }

        var application = await applications.FindByClientIdAsync(sandbox.ClientId, cancellationToken);
        if (application is null)
        {
            await applications.CreateAsync(descriptor, cancellationToken);
        }
        else
        {
            await applications.UpdateAsync(application, descriptor, cancellationToken);
        }
    }
}
