using Microsoft.Extensions.Logging;

namespace ChatFlow.Integrations.Tokens;

/// <summary>Log messages of the Tokens area, event ids 3100–3199. Never tokens, codes, verifiers or secrets.</summary>
internal static partial class TokensLog
{
    [LoggerMessage(3100, LogLevel.Information, "Sign-in {SignInId} started for connection {Connection} on channel {Channel}")]
    public static partial void SignInStarted(ILogger logger, string signInId, string connection, string channel);

    [LoggerMessage(3101, LogLevel.Information, "Sign-in completed: subject {Subject} for connection {Connection}")]
    public static partial void SignInCompleted(ILogger logger, string subject, string connection);

    [LoggerMessage(3102, LogLevel.Warning, "Sign-in failed for connection {Connection}: {ErrorCode}")]
    public static partial void SignInFailed(ILogger logger, string? connection, string errorCode);

    [LoggerMessage(3103, LogLevel.Warning, "Sign-in failed for connection {Connection}: {ErrorCode}")]
    public static partial void SignInFailedWithException(ILogger logger, string connection, string errorCode, Exception exception);

    [LoggerMessage(3104, LogLevel.Warning, "Token endpoint of connection {Connection} refused the request: HTTP {HttpStatus}, error {ErrorCode}")]
    public static partial void TokenEndpointRefused(ILogger logger, string connection, int httpStatus, string errorCode);

    [LoggerMessage(3105, LogLevel.Debug, "Loaded OpenID configuration from {Address}")]
    public static partial void DiscoveryLoaded(ILogger logger, Uri address);

    [LoggerMessage(3106, LogLevel.Information, "Refreshed the access token of subject {Subject} for connection {Connection}")]
    public static partial void TokenRefreshed(ILogger logger, string subject, string connection);

    [LoggerMessage(3107, LogLevel.Warning, "Refreshing the access token of subject {Subject} for connection {Connection} failed; the user must sign in again")]
    public static partial void TokenRefreshFailed(ILogger logger, string subject, string connection, Exception exception);

    [LoggerMessage(3108, LogLevel.Warning, "The stored tokens of subject {Subject} for connection {Connection} cannot be decrypted; deleting them")]
    public static partial void TokenUnreadable(ILogger logger, string subject, string connection, Exception exception);

    [LoggerMessage(3109, LogLevel.Information, "Invalidated the tokens of subject {Subject} for connection {Connection}")]
    public static partial void TokenInvalidated(ILogger logger, string subject, string connection);
}
