using System.Text.Json;
using System.Text.Json.Nodes;
using ChatFlow.Integrations.Tokens;
using Microsoft.Extensions.Logging;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using Polly;

namespace ChatFlow.Integrations.Connectors;

/// <summary>Calls Microsoft Graph through the Graph SDK (<see cref="GraphServiceClient"/>) as the signed-in user, for
/// connectors of kind <c>graph</c>. The SDK's base URL is the connector's <c>baseUrl</c> (the sandbox's
/// Graph-shaped directory by default, <c>https://graph.microsoft.com/v1.0</c> in production); the user's bearer
/// token is set on each request, never on the shared client.</summary>
/// <remarks>Operations (fixed, no OpenAPI document): <c>findPeople</c> (argument <c>query</c>: a name prefix, a
/// department or an e-mail address) lists up to <see cref="MaxPeople"/> users with their manager; the result body is a JSON array
/// of <c>{displayName, jobTitle, department, mail, officeLocation, manager: {displayName, mail}}</c>. Graph:
/// https://learn.microsoft.com/graph/api/user-list, https://learn.microsoft.com/graph/api/user-list-manager.</remarks>
internal sealed class GraphConnectorInvoker(
    ConnectorCatalog catalog,
    IHttpClientFactory httpClientFactory,
    IServiceBaseAddress serviceBaseAddress,
    ILogger<GraphConnectorInvoker> logger) : IConnectorInvoker
{
    /// <summary>The connector manifest <c>kind</c>.</summary>
    public const string Kind = "graph";

    /// <summary>Operation id: find people by name prefix or e-mail.</summary>
    public const string FindPeople = "findPeople";

    /// <summary>Most people <see cref="FindPeople"/> returns.</summary>
    public const int MaxPeople = 5;

    /// <summary>The operations a <c>graph</c> connector offers.</summary>
    public static Dictionary<string, ConnectorOperation> Operations() => new(StringComparer.Ordinal)
    {
        [FindPeople] = new ConnectorOperation(FindPeople, HttpMethod.Get, "/users",
            [new ConnectorParameter("query", ConnectorParameterLocation.Query, Required: true)], hasJsonBody: false,
            new Dictionary<string, BodyPropertyType>()),
    };

    public async Task<ConnectorResult> InvokeAsync(ConnectorCall call, string accessToken, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentException.ThrowIfNullOrEmpty(accessToken);
        var connector = catalog.GetDefinition(call.Connector);
        var operation = connector.GetOperation(call.Operation);
        if (!call.Arguments.TryGetValue("query", out var query) || string.IsNullOrWhiteSpace(query))
        {
            throw new InvalidOperationException($"Operation '{operation.Id}' of connector '{connector.Id}' needs the argument 'query'.");
        }

        var baseUrl = ServiceUri.Resolve(serviceBaseAddress.BaseAddress, connector.BaseUrl).AbsoluteUri.TrimEnd('/');
        using var client = new GraphServiceClient(httpClientFactory.CreateClient(OpenApiConnectorInvoker.HttpClientName),
            new BearerTokenProvider(accessToken), baseUrl);
        ConnectorsLog.Calling(logger, connector.Id, operation.Id, HttpMethod.Get.Method);
        try
        {
            List<User> users;
            if (IsSelf(query))
            {
                users = await client.Me.GetAsync(request =>
                    request.QueryParameters.Select = ["id", "displayName", "jobTitle", "department", "mail", "officeLocation"], cancellationToken) is { } me
                    ? [me]
                    : [];
            }
            else
            {
                var page = await client.Users.GetAsync(request =>
                {
                    request.QueryParameters.Filter = Filter(query.Trim());
                    request.QueryParameters.Top = MaxPeople;
                    request.QueryParameters.Select = ["id", "displayName", "jobTitle", "department", "mail", "officeLocation"];
                }, cancellationToken);
                users = page?.Value ?? [];
            }

            var people = new JsonArray();
            foreach (var user in users)
            {
                var manager = await ManagerAsync(client, user.Id!, cancellationToken);
                people.Add(new JsonObject
                {
                    ["displayName"] = user.DisplayName,
                    ["jobTitle"] = user.JobTitle,
                    ["department"] = user.Department,
                    ["mail"] = user.Mail,
                    ["officeLocation"] = user.OfficeLocation,
                    ["manager"] = manager is null ? null : new JsonObject { ["displayName"] = manager.DisplayName, ["mail"] = manager.Mail },
                });
            }

            ConnectorsLog.Called(logger, connector.Id, operation.Id, 200, ConnectorResultStatus.Succeeded);
            if (people.Count == 0)
            {
                return new ConnectorResult(ConnectorResultStatus.NotFound, 200, problemTitle: "No one in the directory matches that name or e-mail.");
            }

            var body = JsonSerializer.SerializeToElement(people, ConnectorsJsonContext.Default.JsonArray);
            return new ConnectorResult(ConnectorResultStatus.Succeeded, 200, body, ResultFields.Flatten(body));
        }
        catch (ApiException ex) when (!cancellationToken.IsCancellationRequested)
        {
            var status = ex.ResponseStatusCode switch
            {
                401 => ConnectorResultStatus.Unauthorized,
                403 => ConnectorResultStatus.Forbidden,
                400 => ConnectorResultStatus.Invalid,
                404 => ConnectorResultStatus.NotFound,
                _ => ConnectorResultStatus.Failed,
            };
            ConnectorsLog.Called(logger, connector.Id, operation.Id, ex.ResponseStatusCode, status);
            return new ConnectorResult(status, ex.ResponseStatusCode, problemTitle: (ex as ODataError)?.Error?.Message);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested
            && ex is HttpRequestException or TaskCanceledException or ExecutionRejectedException)
        {
            ConnectorsLog.CallFailed(logger, connector.Id, operation.Id, ex);
            return new ConnectorResult(ConnectorResultStatus.Failed, null);
        }
    }

    /// <summary>Words a person slot holds for the signed-in user (<c>me</c>, <c>본인</c>; "who's my manager?"): the
    /// connector then reads <c>GET /me</c> (https://learn.microsoft.com/graph/api/user-get) instead of searching.</summary>
    internal static readonly string[] SelfWords = ["me", "myself", "본인", "나", "저"];

    internal static bool IsSelf(string query) => SelfWords.Contains(query.Trim().ToLowerInvariant(), StringComparer.Ordinal);

    /// <summary>The OData <c>$filter</c> for a name prefix, a department (<c>Finance</c>, <c>개발팀</c>: Graph compares
    /// <c>department</c> with <c>eq</c>, ignoring case) or an e-mail address (quotes doubled).</summary>
    internal static string Filter(string query)
    {
        var value = query.Replace("'", "''", StringComparison.Ordinal);
        return query.Contains('@', StringComparison.Ordinal)
            ? $"mail eq '{value}' or userPrincipalName eq '{value}'"
            : $"startswith(displayName,'{value}') or startswith(givenName,'{value}') or startswith(surname,'{value}') or department eq '{value}'";
    }

    private static async Task<User?> ManagerAsync(GraphServiceClient client, string userId, CancellationToken cancellationToken)
    {
        try
        {
            return await client.Users[userId].Manager.GetAsync(cancellationToken: cancellationToken) as User;
        }
        catch (ODataError ex) when (ex.ResponseStatusCode == 404)
        {
            return null; // the top of the org chart
        }
    }

    /// <summary>Puts the user's access token on each Graph request.</summary>
    private sealed class BearerTokenProvider(string accessToken) : IAuthenticationProvider
    {
        public Task AuthenticateRequestAsync(RequestInformation request, Dictionary<string, object>? additionalAuthenticationContext = null,
            CancellationToken cancellationToken = default)
        {
            request.Headers.Add("Authorization", "Bearer " + accessToken);
            return Task.CompletedTask;
        }
    }
}
