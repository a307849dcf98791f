using Microsoft.Extensions.Logging;

namespace ChatFlow.Bot.Channels.DirectLine;

/// <summary>Log messages of the Direct Line channel, event IDs 3000–3099. Never logs tokens, secrets or bodies.</summary>
internal static partial class DirectLineLog
{
    [LoggerMessage(3000, LogLevel.Information, "Direct Line conversation {ConversationId} started for user {UserId}")]
    public static partial void ConversationStarted(ILogger logger, string conversationId, string userId);

    [LoggerMessage(3001, LogLevel.Debug, "Direct Line activity {ActivityId} of type {ActivityType} stored in conversation {ConversationId}")]
    public static partial void ActivityStored(ILogger logger, string activityId, string activityType, string conversationId);

    [LoggerMessage(3002, LogLevel.Debug, "Direct Line activity {ActivityId} in conversation {ConversationId} was a retry; nothing written")]
    public static partial void ActivityDuplicate(ILogger logger, string activityId, string conversationId);

    [LoggerMessage(3003, LogLevel.Information, "Direct Line request refused: {StatusCode} {ErrorCode} ({Reason})")]
    public static partial void Refused(ILogger logger, int statusCode, string errorCode, string reason);

    [LoggerMessage(3004, LogLevel.Debug, "Direct Line stream opened for conversation {ConversationId} after watermark {Watermark}")]
    public static partial void StreamOpened(ILogger logger, string conversationId, long watermark);

    [LoggerMessage(3005, LogLevel.Debug, "Direct Line stream of conversation {ConversationId} closed ({Reason})")]
    public static partial void StreamClosed(ILogger logger, string conversationId, string reason);

    [LoggerMessage(3006, LogLevel.Warning, "Web Chat token refused to non-loopback caller {RemoteAddress}")]
    public static partial void WebChatRemoteRefused(ILogger logger, string remoteAddress);

    [LoggerMessage(3007, LogLevel.Debug, "Direct Line activity of type {ActivityType} in conversation {ConversationId} accepted but not stored")]
    public static partial void ActivityNotStored(ILogger logger, string activityType, string conversationId);

    [LoggerMessage(3008, LogLevel.Warning, "Direct Line stream of conversation {ConversationId} failed")]
    public static partial void StreamFailed(ILogger logger, Exception exception, string conversationId);
}
