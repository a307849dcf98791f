namespace ChatFlow.Integrations.Connectors;

/// <summary>What a skill manifest may refer to in a connector.</summary>
/// <param name="Id">Connector id (<c>acme-erp</c>).</param>
/// <param name="Connection">Name of the OAuth connection its calls need (<c>acme</c>).</param>
/// <param name="OperationIds">OpenAPI operation ids it offers.</param>
/// <param name="SourceFile">The manifest file it was loaded from.</param>
public sealed record ConnectorDescription(string Id, string Connection, IReadOnlyCollection<string> OperationIds, string SourceFile);
