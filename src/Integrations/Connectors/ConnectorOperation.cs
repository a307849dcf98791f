namespace ChatFlow.Integrations.Connectors;

/// <summary>Where an OpenAPI parameter goes.</summary>
internal enum ConnectorParameterLocation
{
    Path,
    Query,
    Header,
}

/// <summary>An OpenAPI parameter ChatFlow can fill from an argument.</summary>
internal sealed record ConnectorParameter(string Name, ConnectorParameterLocation Location, bool Required);

/// <summary>JSON type of a request body property, as far as ChatFlow converts argument text.</summary>
internal enum BodyPropertyType
{
    String,
    Integer,
    Number,
    Boolean,
}

/// <summary>One OpenAPI operation, reduced to what building a request needs.</summary>
internal sealed class ConnectorOperation(
    string id, HttpMethod method, string pathTemplate, IReadOnlyList<ConnectorParameter> parameters,
    bool hasJsonBody, IReadOnlyDictionary<string, BodyPropertyType> bodyProperties)
{
    public string Id { get; } = id;
    public HttpMethod Method { get; } = method;

    /// <summary>Path with <c>{name}</c> placeholders, e.g. <c>/erp/vendors/{vendorId}</c>.</summary>
    public string PathTemplate { get; } = pathTemplate;

    public IReadOnlyList<ConnectorParameter> Parameters { get; } = parameters;

    /// <summary>True when the operation takes an <c>application/json</c> request body.</summary>
    public bool HasJsonBody { get; } = hasJsonBody;

    /// <summary>Declared top-level properties of the JSON body and their types.</summary>
    public IReadOnlyDictionary<string, BodyPropertyType> BodyProperties { get; } = bodyProperties;

    /// <summary>True when the operation declares an <c>Idempotency-Key</c> header parameter.</summary>
    public bool DeclaresIdempotencyKey =>
        Parameters.Any(p => p.Location == ConnectorParameterLocation.Header
            && string.Equals(p.Name, OpenApiConnectorInvoker.IdempotencyKeyHeader, StringComparison.OrdinalIgnoreCase));
}

/// <summary>A loaded connector.</summary>
internal sealed class ConnectorDefinition(
    string id, string connection, string baseUrl, string sourceFile, IReadOnlyDictionary<string, ConnectorOperation> operations,
    string kind = "openapi")
{
    public string Id { get; } = id;

    /// <summary>Manifest <c>kind</c>: <c>openapi</c> or <c>graph</c>.</summary>
    public string Kind { get; } = kind;
    public string Connection { get; } = connection;

    /// <summary>Absolute URL, or relative to the service base address (e.g. <c>/sandbox/api</c>).</summary>
    public string BaseUrl { get; } = baseUrl;

    public string SourceFile { get; } = sourceFile;
    public IReadOnlyDictionary<string, ConnectorOperation> Operations { get; } = operations;

    /// <exception cref="InvalidOperationException">Unknown operation id.</exception>
    public ConnectorOperation GetOperation(string operationId) =>
        Operations.TryGetValue(operationId, out var operation)
            ? operation
            : throw new InvalidOperationException(
                $"Connector '{Id}' ({SourceFile}) has no operation '{operationId}'. Known operations: {string.Join(", ", Operations.Keys.Order(StringComparer.Ordinal))}.");

    public ConnectorDescription Describe() =>
        new(Id, Connection, Operations.Keys.Order(StringComparer.Ordinal).ToArray(), SourceFile);
}
