using Microsoft.Extensions.Logging;

namespace ChatFlow.Bot.Channels.Slack;

/// <summary>Log messages of the Slack inbound channel, event IDs 3300–3399. Never logs tokens, signatures, bodies or
/// slot values.</summary>
internal static partial class SlackLog
{
    [LoggerMessage(3300, LogLevel.Information, "Slack request refused: {StatusCode} ({Reason})")]
    public static partial void Refused(ILogger logger, int statusCode, string reason);

    [LoggerMessage(3301, LogLevel.Debug, "Slack {Kind} stored as inbox event {EventId}")]
    public static partial void Stored(ILogger logger, string kind, string eventId);

    [LoggerMessage(3302, LogLevel.Debug, "Slack {Kind} {EventId} was a retry; nothing written")]
    public static partial void Duplicate(ILogger logger, string kind, string eventId);

    [LoggerMessage(3303, LogLevel.Debug, "Slack {Kind} ignored: {Reason}")]
    public static partial void Ignored(ILogger logger, string kind, string reason);

    [LoggerMessage(3304, LogLevel.Information, "Slack view submission refused in place: invalid blocks {Blocks}")]
    public static partial void ViewInvalid(ILogger logger, string blocks);

    [LoggerMessage(3305, LogLevel.Information, "Slack user {UserId} signed out of {Count} connections")]
    public static partial void LoggedOut(ILogger logger, string userId, int count);

    [LoggerMessage(3306, LogLevel.Debug, "Slack modal opened for the form in message {MessageTs}")]
    public static partial void ModalOpened(ILogger logger, string messageTs);

    [LoggerMessage(3307, LogLevel.Warning, "Slack views.open failed ({Error}); the user can press the button again")]
    public static partial void ModalFailed(ILogger logger, string error);

    [LoggerMessage(3310, LogLevel.Information, "Slack Socket Mode connected")]
    public static partial void SocketConnected(ILogger logger);

    [LoggerMessage(3311, LogLevel.Information, "Slack Socket Mode asked to reconnect ({Reason})")]
    public static partial void SocketDisconnectRequested(ILogger logger, string reason);

    [LoggerMessage(3312, LogLevel.Warning, "Slack Socket Mode connection lost; reconnecting in {DelayMs} ms")]
    public static partial void SocketLost(ILogger logger, Exception exception, double delayMs);

    [LoggerMessage(3313, LogLevel.Warning, "Slack Socket Mode envelope {EnvelopeId} of type {EnvelopeType} could not be handled; not acknowledged, Slack retries it")]
    public static partial void SocketEnvelopeFailed(ILogger logger, Exception exception, string envelopeId, string envelopeType);

    [LoggerMessage(3314, LogLevel.Debug, "Slack Socket Mode message of type {MessageType} ignored")]
    public static partial void SocketIgnored(ILogger logger, string messageType);

    [LoggerMessage(3320, LogLevel.Information, "Slack bot user id {BotUserId} learned from auth.test")]
    public static partial void BotIdentityLearned(ILogger logger, string botUserId);

    [LoggerMessage(3321, LogLevel.Warning, "Slack auth.test failed ({Error}); the bot's user id comes from each event's authorizations")]
    public static partial void BotIdentityFailed(ILogger logger, string error);
}
