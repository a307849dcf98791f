namespace ChatFlow.Integrations.Connectors;

/// <summary>The <see cref="IConnectorInvoker"/> the host uses: hands each call to the invoker of its connector's
/// kind (<c>openapi</c>: <see cref="OpenApiConnectorInvoker"/>, <c>graph</c>: <see cref="GraphConnectorInvoker"/>).</summary>
internal sealed class RoutingConnectorInvoker(
    ConnectorCatalog catalog, OpenApiConnectorInvoker openApi, GraphConnectorInvoker graph) : IConnectorInvoker
{
    public Task<ConnectorResult> InvokeAsync(ConnectorCall call, string accessToken, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        return catalog.GetDefinition(call.Connector).Kind == GraphConnectorInvoker.Kind
            ? graph.InvokeAsync(call, accessToken, cancellationToken)
            : openApi.InvokeAsync(call, accessToken, cancellationToken);
    }
}
