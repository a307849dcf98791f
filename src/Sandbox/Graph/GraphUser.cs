using System.Text.Json.Serialization;

namespace ChatFlow.Sandbox.Graph;

/// <summary>A Microsoft Graph <c>user</c> resource, the properties the sandbox's directory has.</summary>
/// <remarks>https://learn.microsoft.com/graph/api/resources/user</remarks>
internal sealed record GraphUser(
    string Id,
    string DisplayName,
    string GivenName,
    string Surname,
    string Mail,
    string UserPrincipalName,
    string JobTitle,
    string Department,
    string OfficeLocation)
{
    /// <summary>Always <c>#microsoft.graph.user</c>, so SDKs deserialise <c>/manager</c> (a directoryObject) as a user.</summary>
    [JsonPropertyName("@odata.type")]
    [JsonPropertyOrder(-1)]
    public string ODataType => "#microsoft.graph.user";
}

/// <summary>A Graph collection response: <c>{"@odata.context": …, "value": [ … ]}</c>.</summary>
internal sealed record GraphUserCollection(
    [property: JsonPropertyName("@odata.context")] string ODataContext,
    [property: JsonPropertyName("value")] IReadOnlyList<GraphUser> Value);

/// <summary>A Graph error body: <c>{"error": {"code": …, "message": …}}</c>.</summary>
/// <remarks>https://learn.microsoft.com/graph/errors</remarks>
internal sealed record GraphErrorResponse([property: JsonPropertyName("error")] GraphError Error);

/// <summary>The inner error of <see cref="GraphErrorResponse"/>.</summary>
internal sealed record GraphError(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("message")] string Message);
