using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace ChatFlow.Sandbox.Erp;

/// <summary><c>GET /sandbox/openapi.yaml</c>: the API contract, embedded from <c>manifests/connectors/acme.openapi.yaml</c>.</summary>
internal static class OpenApiDocumentEndpoint
{
    public const string ResourceName = "acme.openapi.yaml";

    public static IEndpointRouteBuilder MapSandboxOpenApiDocument(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(SandboxPaths.Prefix + "/openapi.yaml", GetDocument).ExcludeFromDescription();
        return endpoints;
    }

    private static FileStreamHttpResult GetDocument()
    {
        var stream = typeof(OpenApiDocumentEndpoint).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The sandbox assembly lacks the embedded resource {ResourceName}.");
        return TypedResults.Stream(stream, "application/yaml");
    }
}
