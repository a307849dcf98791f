using Microsoft.AspNetCore.Http;
using OpenIddict.Abstractions;

namespace ChatFlow.Sandbox.Auth;

/// <summary>Refuses API calls whose access token lacks the <c>acme.api</c> scope (403 problem).</summary>
internal sealed class ApiScopeFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (!context.HttpContext.User.HasScope(SandboxAuthDefaults.ApiScope))
        {
            return TypedResults.Problem(
                title: "The access token lacks the acme.api scope; request it at /sandbox/connect/authorize.",
                statusCode: StatusCodes.Status403Forbidden);
        }

        return await next(context);
    }
}
