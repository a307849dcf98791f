namespace ChatFlow.Integrations.Connectors;

/// <summary>What a connector call came to, by HTTP status.</summary>
public enum ConnectorResultStatus
{
    /// <summary>2xx.</summary>
    Succeeded,

    /// <summary>401: the user's token was refused; invalidate it and ask the user to sign in again.</summary>
    Unauthorized,

    /// <summary>403: the user lacks the back end's permission.</summary>
    Forbidden,

    /// <summary>400 or 422: the arguments were refused.</summary>
    Invalid,

    /// <summary>409: conflicts with existing data (or the idempotency key was reused with other arguments).</summary>
    Conflict,

    /// <summary>404 or 410.</summary>
    NotFound,

    /// <summary>5xx, any other status, a timeout or a network failure: may be retried under the same idempotency key.</summary>
    Failed,
}
