using System.Collections.Immutable;
using System.Security.Claims;
using ChatFlow.Sandbox.Users;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ChatFlow.Sandbox.Auth;

/// <summary>
/// Builds the principal OpenIddict turns into tokens: <c>sub</c> = username, <c>name</c>, <c>email</c>, one <c>role</c>
/// per role and <c>manager</c>, all in the access token (audience <c>acme-api</c>); in the identity token only as the
/// granted scopes (<c>profile</c>, <c>email</c>, <c>roles</c>) allow.
/// </summary>
internal static class SandboxPrincipalFactory
{
    public static ClaimsPrincipal Create(DemoUser user, ImmutableArray<string> scopes)
    {
        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.AddClaim(new Claim(Claims.Subject, user.Username));
        identity.AddClaim(new Claim(Claims.Name, user.DisplayName));
        identity.AddClaim(new Claim(Claims.Email, user.Email));
        foreach (var role in user.Roles)
        {
            identity.AddClaim(new Claim(Claims.Role, role));
        }

        if (user.Manager is not null)
        {
            identity.AddClaim(new Claim(SandboxAuthDefaults.ManagerClaim, user.Manager));
        }

        identity.SetScopes(scopes);
        identity.SetResources(SandboxAuthDefaults.ApiResource);
        identity.SetDestinations(claim => Destinations(claim.Type, scopes));
        return new ClaimsPrincipal(identity);
    }

    private static string[] Destinations(string claimType, ImmutableArray<string> scopes)
    {
        var identityScope = claimType switch
        {
            Claims.Subject => Scopes.OpenId,
            Claims.Name or SandboxAuthDefaults.ManagerClaim => Scopes.Profile,
            Claims.Email => Scopes.Email,
            Claims.Role => Scopes.Roles,
            _ => null,
        };
        return identityScope is not null && scopes.Contains(identityScope)
            ? [OpenIddictConstants.Destinations.AccessToken, OpenIddictConstants.Destinations.IdentityToken]
            : [OpenIddictConstants.Destinations.AccessToken];
    }
}
