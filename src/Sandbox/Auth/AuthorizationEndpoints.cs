using ChatFlow.Sandbox.Users;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ChatFlow.Sandbox.Auth;

/// <summary>
/// Pass-through handlers of OpenIddict's authorization and userinfo endpoints. OpenIddict has already validated the
/// request (client, redirect URI, PKCE, scopes) in the authentication middleware before these run.
/// </summary>
internal static class AuthorizationEndpoints
{
    private static readonly string[] GetAndPost = [HttpMethods.Get, HttpMethods.Post];

    public static IEndpointRouteBuilder MapSandboxAuthorization(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods(SandboxPaths.Authorize, GetAndPost, Authorize).ExcludeFromDescription().DisableAntiforgery();
        endpoints.MapMethods(SandboxPaths.UserInfo, GetAndPost, UserInfo).ExcludeFromDescription().DisableAntiforgery();
        return endpoints;
    }

    /// <summary>Signed in to the sandbox cookie: issue the code (implicit consent). Else: off to the login page.</summary>
    private static async Task<Results<SignInHttpResult, ChallengeHttpResult, ForbidHttpResult>> Authorize(
        HttpContext context, DemoUserDirectory users)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException(
            "The OpenIddict server did not handle this request: call app.UseAuthentication() before the sandbox endpoints.");

        var cookie = await context.AuthenticateAsync(SandboxAuthDefaults.CookieScheme);
        var user = cookie.Succeeded && cookie.Principal.Identity?.Name is { } name ? users.Find(name) : null;
        if (user is null)
        {
            if (request.HasPromptValue(PromptValues.None))
            {
                return TypedResults.Forbid(
                    new AuthenticationProperties(new Dictionary<string, string?>
                    {
                        [OpenIddictServerAspNetCoreConstants.Properties.Error] = Errors.LoginRequired,
                        [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = "The user is not signed in to the sandbox.",
                    }),
                    [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
            }

            var parameters = request.GetParameters()
                .Select(parameter => KeyValuePair.Create(parameter.Key, (string?)parameter.Value));
            var returnUrl = context.Request.PathBase + context.Request.Path + QueryString.Create(parameters);
            return TypedResults.Challenge(new AuthenticationProperties { RedirectUri = returnUrl }, [SandboxAuthDefaults.CookieScheme]);
        }

        var principal = SandboxPrincipalFactory.Create(user, request.GetScopes());
        return TypedResults.SignIn(principal, properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    /// <summary>Claims of the access token's user, filtered by the token's scopes.</summary>
    private static async Task<Results<Ok<UserInfoResponse>, ChallengeHttpResult>> UserInfo(HttpContext context, DemoUserDirectory users)
    {
        var result = await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        var username = result.Principal?.GetClaim(Claims.Subject);
        var user = username is null ? null : users.Find(username);
        if (user is null || result.Principal is not { } principal)
        {
            return TypedResults.Challenge(
                new AuthenticationProperties(new Dictionary<string, string?>
                {
                    [OpenIddictServerAspNetCoreConstants.Properties.Error] = Errors.InvalidToken,
                    [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = "The access token's subject is not a sandbox user.",
                }),
                [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        }

        var profile = principal.HasScope(Scopes.Profile);
        var email = principal.HasScope(Scopes.Email);
        return TypedResults.Ok(new UserInfoResponse(
            user.Username,
            profile ? user.DisplayName : null,
            email ? user.Email : null,
            email ? true : null,
            principal.HasScope(Scopes.Roles) ? user.Roles : null,
            profile ? user.Manager : null));
    }
}
