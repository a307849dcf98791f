using ChatFlow.Sandbox.Auth;
using ChatFlow.Sandbox.Erp;
using ChatFlow.Sandbox.Graph;
using ChatFlow.Sandbox.Hr;
using ChatFlow.Sandbox.Users;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ChatFlow.Sandbox;

/// <summary>Maps the Acme sandbox endpoints, all under <c>/sandbox</c>.</summary>
public static class SandboxEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps, under <c>/sandbox</c>:
    /// <list type="bullet">
    /// <item><c>GET|POST /sandbox/account/login?returnUrl=…</c>: HTML sign-in form (fields <c>username</c>, <c>password</c>).</item>
    /// <item><c>/sandbox/connect/authorize</c>, <c>/sandbox/connect/token</c>, <c>/sandbox/connect/userinfo</c>,
    /// <c>/sandbox/.well-known/openid-configuration</c>, <c>/sandbox/.well-known/jwks</c>: OAuth 2.0 authorization code
    /// flow with PKCE S256 (RFC 6749, RFC 7636) and OpenID Connect Core 1.0; the issuer is <c>{scheme}://{host}/sandbox/</c>
    /// unless <see cref="SandboxOptions.Issuer"/> is set.</item>
    /// <item><c>/sandbox/api/…</c>: the ERP/HR API of <c>GET /sandbox/openapi.yaml</c>, bearer tokens with scope
    /// <c>acme.api</c>; errors are RFC 9457 <c>application/problem+json</c>.</item>
    /// <item><c>/sandbox/graph/v1.0/users…</c>: a Microsoft Graph-shaped directory (org chart), same tokens.</item>
    /// </list>
    /// Requires <see cref="SandboxServiceCollectionExtensions.AddSandbox"/> and, before the endpoints run,
    /// <c>UseAuthentication()</c> and <c>UseAuthorization()</c>.
    /// </summary>
    /// <param name="endpoints">The application's endpoint route builder.</param>
    /// <returns><paramref name="endpoints"/>.</returns>
    public static IEndpointRouteBuilder MapSandbox(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);

        endpoints.MapSandboxAccount();
        endpoints.MapSandboxAuthorization();
        endpoints.MapSandboxOpenApiDocument();

        var api = endpoints.MapGroup(SandboxPaths.Api)
            .RequireAuthorization(SandboxAuthDefaults.ApiPolicy)
            .AddEndpointFilter<ApiScopeFilter>()
            .WithTags("Acme sandbox");
        api.MapVendors();
        api.MapInvoices();
        api.MapExpenses();
        api.MapTimeOff();
        api.MapPayslips();
        api.MapMe();

        endpoints.MapGroup(GraphEndpoints.Prefix)
            .RequireAuthorization(SandboxAuthDefaults.ApiPolicy)
            .AddEndpointFilter<ApiScopeFilter>()
            .WithTags("Acme sandbox directory (Graph-shaped)")
            .MapGraphDirectory();
        return endpoints;
    }
}
