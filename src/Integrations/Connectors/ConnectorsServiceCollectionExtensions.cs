using ChatFlow.Integrations.Tokens;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatFlow.Integrations.Connectors;

/// <summary>Registers ChatFlow's connectors.</summary>
public static class ConnectorsServiceCollectionExtensions
{
    /// <summary>Loads the connector manifests of <paramref name="connectorsDirectory"/> now (so a bad file fails
    /// start-up) and adds <see cref="IConnectorCatalog"/> and <see cref="IConnectorInvoker"/> (singletons) with their
    /// HTTP client: standard resilience handler, retries for safe methods only (POST/PUT/PATCH/DELETE are sent once
    /// unless no connection could be opened; callers retry them under the idempotency key).</summary>
    /// <remarks>The host also registers an <see cref="IServiceBaseAddress"/> (relative <c>baseUrl</c>s resolve
    /// against it).</remarks>
    /// <exception cref="ConnectorManifestException">A manifest or OpenAPI document is invalid.</exception>
    /// <exception cref="DirectoryNotFoundException">The directory does not exist.</exception>
    public static IServiceCollection AddChatFlowConnectors(this IServiceCollection services, string connectorsDirectory)
    {
        ArgumentNullException.ThrowIfNull(services);
        var catalog = ConnectorCatalog.Load(connectorsDirectory);
        services.TryAddSingleton(catalog);
        services.TryAddSingleton<IConnectorCatalog>(sp => sp.GetRequiredService<ConnectorCatalog>());
        services.TryAddSingleton<OpenApiConnectorInvoker>();
        services.TryAddSingleton<GraphConnectorInvoker>();
        services.TryAddSingleton<IConnectorInvoker, RoutingConnectorInvoker>();
        services.AddHttpClient(OpenApiConnectorInvoker.HttpClientName)
            .AddStandardResilienceHandler(SafeMethodRetry.Configure);
        return services;
    }
}
