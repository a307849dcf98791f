namespace ChatFlow.Integrations.Connectors;

/// <summary>Calls a connector operation as the signed-in user.</summary>
public interface IConnectorInvoker
{
    /// <summary>Builds the HTTP request from the operation's OpenAPI description, sends it with
    /// <c>Authorization: Bearer {accessToken}</c> and maps the response. Unsafe methods are sent once (no HTTP
    /// retry); the caller retries under <see cref="ConnectorCall.IdempotencyKey"/>. Back-end and network failures
    /// come back as a <see cref="ConnectorResult"/>, not as exceptions.</summary>
    /// <param name="call">Connector, operation, arguments and idempotency key.</param>
    /// <param name="accessToken">The user's access token for the connector's connection; never logged.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="InvalidOperationException">Unknown connector or operation, or a required path parameter is
    /// missing (a manifest fault).</exception>
    Task<ConnectorResult> InvokeAsync(ConnectorCall call, string accessToken, CancellationToken cancellationToken);
}
