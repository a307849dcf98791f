using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace ChatFlow.Sandbox.Graph;

/// <summary>A Microsoft Graph-shaped directory under <c>/sandbox/graph/v1.0</c>: <c>GET /users</c> (with
/// <c>$filter</c>, <c>$top</c>), <c>GET /users/{id}</c> and <c>GET /users/{id}/manager</c>. Any signed-in demo user
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

    private static JsonHttpResult<GraphErrorResponse> Error(int status, string code, string message) =>
        TypedResults.Json(new GraphErrorResponse(new GraphError(code, message)), SandboxJsonContext.Default.GraphErrorResponse, statusCode: status);
}
