namespace ChatFlow.Integrations.Connectors;

/// <summary>The connectors loaded from <c>manifests/connectors/*.yaml</c>.</summary>
public interface IConnectorCatalog
{
    /// <summary>All connectors, by id.</summary>
    IReadOnlyCollection<ConnectorDescription> Connectors { get; }

    /// <summary>One connector.</summary>
    /// <exception cref="InvalidOperationException">No connector has this id.</exception>
    ConnectorDescription Get(string connectorId);
}
