namespace ChatFlow.Integrations.Connectors;

/// <summary>One call of a connector operation, as a skill's action maps it.</summary>
/// <param name="Connector">Connector id (<c>acme-erp</c>).</param>
/// <param name="Operation">OpenAPI <c>operationId</c> (<c>createVendor</c>).</param>
/// <param name="Arguments">Argument values by name: path, query and header parameters by their OpenAPI name; the
/// rest become properties of the JSON request body. Values are text; the body types them per the schema.</param>
/// <param name="IdempotencyKey">Sent as <c>Idempotency-Key</c> when the operation declares that header or its
/// method is unsafe; the same key on a retry makes the back end return the first result.</param>
public sealed record ConnectorCall(
    string Connector,
    string Operation,
    IReadOnlyDictionary<string, string> Arguments,
    string IdempotencyKey);
