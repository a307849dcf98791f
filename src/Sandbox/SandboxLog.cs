using Microsoft.Extensions.Logging;

namespace ChatFlow.Sandbox;

/// <summary>Log messages of the sandbox; event IDs 9000–9099.</summary>
internal static partial class SandboxLog
{
    [LoggerMessage(EventId = 9000, Level = LogLevel.Information, Message = "Sandbox database ready at {DatabasePath}")]
    public static partial void DatabaseReady(ILogger logger, string databasePath);

    [LoggerMessage(EventId = 9001, Level = LogLevel.Information, Message = "Created sandbox key file {KeyPath}")]
    public static partial void KeyCreated(ILogger logger, string keyPath);

    [LoggerMessage(EventId = 9010, Level = LogLevel.Information, Message = "Sandbox user {Username} signed in")]
    public static partial void SignedIn(ILogger logger, string username);

    [LoggerMessage(EventId = 9011, Level = LogLevel.Warning, Message = "Sandbox sign-in failed for {Username}")]
    public static partial void SignInFailed(ILogger logger, string username);

    [LoggerMessage(EventId = 9012, Level = LogLevel.Warning, Message = "Sandbox login refused a return URL outside the sandbox")]
    public static partial void ReturnUrlRefused(ILogger logger);

    [LoggerMessage(EventId = 9020, Level = LogLevel.Information, Message = "Vendor {VendorId} created by {Username}")]
    public static partial void VendorCreated(ILogger logger, string vendorId, string username);

    [LoggerMessage(EventId = 9021, Level = LogLevel.Information, Message = "Vendor creation refused for {Username}: not in role finance")]
    public static partial void VendorCreateForbidden(ILogger logger, string username);

    [LoggerMessage(EventId = 9022, Level = LogLevel.Information, Message = "Idempotency key replay by {Username} returned vendor {VendorId}")]
    public static partial void IdempotentReplay(ILogger logger, string username, string vendorId);

    [LoggerMessage(EventId = 9002, Level = LogLevel.Error, Message = "The sandbox failed to initialise; requests under /sandbox will fail")]
    public static partial void InitializationFailed(ILogger logger, Exception exception);
}
