using Microsoft.Extensions.Logging;

namespace ChatFlow.Bot.Delivery;

/// <summary>Log messages of outbox delivery, event IDs 3100–3199. Never logs reply text or card values.</summary>
internal static partial class DeliveryLog
{
    [LoggerMessage(3100, LogLevel.Debug, "Delivered outbox row {OutboxId} to Direct Line conversation {ConversationId} as {ActivityId}")]
    public static partial void Delivered(ILogger logger, long outboxId, string conversationId, string activityId);

    [LoggerMessage(3101, LogLevel.Warning, "Delivery of outbox row {OutboxId} failed (attempt {Attempt}); retry in {RetryAfter}")]
    public static partial void DeliveryFailed(ILogger logger, Exception exception, long outboxId, int attempt, TimeSpan retryAfter);

    [LoggerMessage(3102, LogLevel.Error, "Direct Line delivery loop failed; retrying after the poll interval")]
    public static partial void LoopFailed(ILogger logger, Exception exception);
}
