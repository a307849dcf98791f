using Microsoft.Extensions.Logging;

namespace ChatFlow.Bot.Channels.Slack.Delivery;

/// <summary>Log messages of Slack outbound delivery, event IDs 3500–3599. Never logs tokens, reply text or slot values.</summary>
internal static partial class SlackOutboundLog
{
    [LoggerMessage(3500, LogLevel.Debug, "Delivered outbox row {OutboxId} to Slack channel {ChannelId} as {Ts}")]
    public static partial void Delivered(ILogger logger, long outboxId, string channelId, string ts);

    [LoggerMessage(3501, LogLevel.Warning, "Slack delivery of outbox row {OutboxId} failed (attempt {Attempt}); retry in {RetryAfter}")]
    public static partial void DeliveryFailed(ILogger logger, Exception exception, long outboxId, int attempt, TimeSpan retryAfter);

    [LoggerMessage(3502, LogLevel.Warning, "Slack rate limited {Method} for outbox row {OutboxId} (attempt {Attempt}); retry after {RetryAfter}")]
    public static partial void RateLimited(ILogger logger, string method, long outboxId, int attempt, TimeSpan retryAfter);

    [LoggerMessage(3503, LogLevel.Error, "Slack refused outbox row {OutboxId} with {SlackError} from {Method}; dead-lettered")]
    public static partial void DeadLettered(ILogger logger, long outboxId, string method, string slackError);

    [LoggerMessage(3504, LogLevel.Error, "Outbox row {OutboxId} cannot be delivered to Slack ({Reason}); dead-lettered")]
    public static partial void Unreadable(ILogger logger, Exception exception, long outboxId, string reason);

    [LoggerMessage(3505, LogLevel.Information, "Could not replace the answered form {Ts} in Slack channel {ChannelId}: {SlackError}")]
    public static partial void OutcomeUpdateFailed(ILogger logger, string channelId, string ts, string slackError);

    [LoggerMessage(3506, LogLevel.Debug, "Slack's own rate limit holds outbox row {OutboxId} for {Delay}; later rows of its conversation wait")]
    public static partial void Held(ILogger logger, long outboxId, TimeSpan delay);

    [LoggerMessage(3507, LogLevel.Error, "Slack delivery loop failed; retrying after the poll interval")]
    public static partial void LoopFailed(ILogger logger, Exception exception);
}
