using ChatFlow.Sandbox.Storage;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenIddict.EntityFrameworkCore.Models;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ChatFlow.Sandbox.Auth;

/// <summary>
/// Registers the sign-in cookie, the OpenIddict server (under <c>/sandbox/</c>) and bearer validation, all under named
/// schemes: nothing becomes the app's default scheme, so the host's own endpoints are never challenged.
/// </summary>
internal static class SandboxAuthServiceCollectionExtensions
{
    public static IServiceCollection AddSandboxAuth(this IServiceCollection services)
    {
        services.AddAntiforgery();
        services.AddAuthentication().AddCookie(SandboxAuthDefaults.CookieScheme, cookie =>
        {
            cookie.Cookie.Name = "ChatFlow.Sandbox";
            cookie.Cookie.Path = SandboxPaths.Prefix;
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.LoginPath = SandboxPaths.Login;
            cookie.ReturnUrlParameter = "returnUrl";
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
        });
        services.AddAuthorizationBuilder().AddPolicy(SandboxAuthDefaults.ApiPolicy, policy => policy
            .AddAuthenticationSchemes(SandboxAuthDefaults.BearerScheme)
            .RequireAuthenticatedUser());

        services.AddSingleton<SandboxKeyStore>();
        services.AddSingleton<IConfigureOptions<OpenIddictServerOptions>, SandboxServerOptionsSetup>();
        services.AddScoped<SandboxClientSeeder>();

        services.AddOpenIddict()
            .AddCore(core =>
            {
                core.UseEntityFrameworkCore().UseDbContext<SandboxDbContext>();
                core.ReplaceApplicationManager<OpenIddictEntityFrameworkCoreApplication, LoopbackRedirectApplicationManager>();
            })
            .AddServer(server =>
            {
                // Relative to the base URI {host}/sandbox/ (ServerBaseUriHandler).
                server.SetAuthorizationEndpointUris("connect/authorize")
                    .SetTokenEndpointUris("connect/token")
                    .SetUserInfoEndpointUris("connect/userinfo")
                    .SetConfigurationEndpointUris(".well-known/openid-configuration")
                    .SetJsonWebKeySetEndpointUris(".well-known/jwks");
                server.AllowAuthorizationCodeFlow().AllowRefreshTokenFlow().RequireProofKeyForCodeExchange();
                server.RegisterScopes(Scopes.OpenId, Scopes.Profile, Scopes.Email, Scopes.Roles, Scopes.OfflineAccess, SandboxAuthDefaults.ApiScope);
                server.RegisterClaims(Claims.Subject, Claims.Name, Claims.Email, Claims.Role, SandboxAuthDefaults.ManagerClaim);
                server.DisableAccessTokenEncryption();
                server.AddEventHandler(ServerBaseUriHandler.Descriptor);
                server.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableUserInfoEndpointPassthrough()
                    .DisableTransportSecurityRequirement(); // the sandbox runs on plain-HTTP loopback in dev and tests
            })
            .AddValidation(validation =>
            {
                validation.UseLocalServer();
                validation.AddAudiences(SandboxAuthDefaults.ApiResource);
                validation.AddEventHandler(ValidationBaseUriHandler.Descriptor);
                validation.AddEventHandler(ProblemChallengeHandler.Descriptor);
                validation.UseAspNetCore();
            });
        return services;
    }
}
