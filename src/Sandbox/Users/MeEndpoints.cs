using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OpenIddict.Abstractions;

namespace ChatFlow.Sandbox.Users;

/// <summary><c>getMe</c>: <c>GET /sandbox/api/me</c>.</summary>
internal static class MeEndpoints
{
    public static RouteGroupBuilder MapMe(this RouteGroupBuilder api)
    {
        api.MapGet("/me", GetMe).WithName("getMe");
        return api;
    }

    private static Results<Ok<UserProfile>, ProblemHttpResult> GetMe(ClaimsPrincipal principal, DemoUserDirectory users)
    {
        var username = principal.GetClaim(OpenIddictConstants.Claims.Subject);
        var user = username is null ? null : users.Find(username);
        return user is null
            ? TypedResults.Problem(title: "The access token's subject is not a sandbox user.", statusCode: StatusCodes.Status403Forbidden)
            : TypedResults.Ok(new UserProfile(user.Username, user.DisplayName, user.Email, user.Roles, user.Manager));
    }
}
