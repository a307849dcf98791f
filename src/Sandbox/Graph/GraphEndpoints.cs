using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OpenIddict.Abstractions;

namespace ChatFlow.Sandbox.Graph;

/// <summary>A Microsoft Graph-shaped directory under <c>/sandbox/graph/v1.0</c>: <c>GET /users</c> (with
/// <c>$filter</c>, <c>$top</c>), <c>GET /users/{id}</c>, <c>GET /users/{id}/manager</c>, <c>GET /me</c> and
/// <c>GET /me/manager</c>. Any signed-in demo user
/// may read it (like Graph's <c>User.ReadBasic.All</c>); errors use Graph's <c>{"error": {…}}</c> shape.</summary>
/// <remarks>https://learn.microsoft.com/graph/api/user-list, https://learn.microsoft.com/graph/api/user-list-manager</remarks>
internal static class GraphEndpoints
{
    public const string Prefix = SandboxPaths.Prefix + "/graph/v1.0";
    private const int MaxTop = 50;

    public static RouteGroupBuilder MapGraphDirectory(this RouteGroupBuilder graph)
    {
        graph.MapGet("/users", ListUsers).WithName("graphListUsers");
        graph.MapGet("/users/{id}", GetUser).WithName("graphGetUser");
        graph.MapGet("/users/{id}/manager", GetManager).WithName("graphGetManager");
        graph.MapGet("/me", GetMe).WithName("graphGetMe");
        graph.MapGet("/me/manager", GetMyManager).WithName("graphGetMyManager");
        return graph;
    }

    private static Results<Ok<GraphUserCollection>, JsonHttpResult<GraphErrorResponse>> ListUsers(HttpRequest request)
    {
        var users = OrgChart.Users;
        if (request.Query["$filter"].ToString() is { Length: > 0 } filter)
        {
            if (GraphFilter.Parse(filter) is not { } predicate)
            {
                return Error(StatusCodes.Status400BadRequest, "Request_UnsupportedQuery",
                    "Unsupported $filter: use startswith(displayName|givenName|surname|mail|userPrincipalName|department,'…') or '… eq …' joined by 'or'.");
            }

            users = users.Where(predicate);
        }

        var top = MaxTop;
        if (request.Query["$top"].ToString() is { Length: > 0 } topText && (!int.TryParse(topText, out top) || top is < 1 or > MaxTop))
        {
            return Error(StatusCodes.Status400BadRequest, "Request_BadRequest", $"$top must be between 1 and {MaxTop}.");
        }

        var context = $"{request.Scheme}://{request.Host}{Prefix}/$metadata#users";
        return TypedResults.Ok(new GraphUserCollection(context, [.. users.OrderBy(u => u.DisplayName, StringComparer.Ordinal).Take(top)]));
    }

    private static Results<Ok<GraphUser>, JsonHttpResult<GraphErrorResponse>> GetUser(string id) =>
        OrgChart.Find(id) is { } user
            ? TypedResults.Ok(user)
            : Error(StatusCodes.Status404NotFound, "Request_ResourceNotFound", $"Resource '{id}' does not exist.");

    private static Results<Ok<GraphUser>, JsonHttpResult<GraphErrorResponse>> GetManager(string id)
    {
        if (OrgChart.Find(id) is not { } user)
        {
            return Error(StatusCodes.Status404NotFound, "Request_ResourceNotFound", $"Resource '{id}' does not exist.");
        }

        return OrgChart.ManagerOf(user) is { } manager
            ? TypedResults.Ok(manager)
            : Error(StatusCodes.Status404NotFound, "Request_ResourceNotFound", $"Resource 'manager' does not exist for '{id}'.");
    }

    /// <summary><c>GET /me</c>: the signed-in user (the token's subject is the demo username, the part of the user
    /// principal name before <c>@acme.example</c>). https://learn.microsoft.com/graph/api/user-get</summary>
    private static Results<Ok<GraphUser>, JsonHttpResult<GraphErrorResponse>> GetMe(ClaimsPrincipal principal) =>
        Me(principal) is { } me
            ? TypedResults.Ok(me)
            : Error(StatusCodes.Status404NotFound, "Request_ResourceNotFound", "The signed-in user is not in the directory.");

    /// <summary><c>GET /me/manager</c>: the signed-in user's manager.</summary>
    private static Results<Ok<GraphUser>, JsonHttpResult<GraphErrorResponse>> GetMyManager(ClaimsPrincipal principal) =>
        Me(principal) is { } me ? GetManager(me.Id)
            : Error(StatusCodes.Status404NotFound, "Request_ResourceNotFound", "The signed-in user is not in the directory.");

    private static GraphUser? Me(ClaimsPrincipal principal) =>
        principal.GetClaim(OpenIddictConstants.Claims.Subject) is { Length: > 0 } username ? OrgChart.Find(username + "@acme.example") : null;

    private static JsonHttpResult<GraphErrorResponse> Error(int status, string code, string message) =>
        TypedResults.Json(new GraphErrorResponse(new GraphError(code, message)), SandboxJsonContext.Default.GraphErrorResponse, statusCode: status);
}
