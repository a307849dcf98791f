using System.Text.Json;
using ChatFlow.Bot.Channels.DirectLine;
using ChatFlow.Integrations.Storage;
using ChatFlow.Skills.Conversations;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatFlow.Bot.Delivery;

/// <summary>Delivers Direct Line outbox rows: renders each reply as a bot activity and appends it to the transcript
/// (which marks the row delivered, idempotently by outbox id), then wakes this replica's streams. Woken by
/// <see cref="OutboxSignal"/>, and polls so that rows written by other replicas are delivered too.</summary>
internal sealed class DirectLineDeliveryWorker(
    IServiceScopeFactory scopes, OutboxSignal signal, DirectLineReplyRenderer renderer, DirectLineStreamHub hub,
    TimeProvider time, IOptions<DirectLineDeliveryOptions> options, ILogger<DirectLineDeliveryWorker> logger) : OutboxDeliveryLoop(signal)
{
    protected override int BatchSize => options.Value.BatchSize;

    protected override TimeSpan PollInterval => options.Value.PollInterval;

    protected override void OnPassFailed(Exception exception) => DeliveryLog.LoopFailed(logger, exception);

    /// <summary>One batch: every due row is delivered or marked failed.</summary>
    /// <returns>How many rows were due.</returns>
    internal override async Task<int> DeliverDueAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        await using var scope = scopes.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<IOutboxStore>();
        var transcripts = scope.ServiceProvider.GetRequiredService<IDirectLineStore>();
        var due = await outbox.GetDueAsync(DirectLineTurnMapper.Channel, settings.BatchSize, cancellationToken);
        foreach (var row in due)
        {
            try
            {
                var outbound = JsonSerializer.Deserialize(row.Message.PayloadJson, ConversationJsonContext.Default.OutboundReply)
                    ?? throw new JsonException("The outbox payload is null.");
                var activity = renderer.Render(outbound, row.Id, time.GetUtcNow());
                var json = JsonSerializer.Serialize(activity, DirectLineJsonContext.Default.Activity);
                var stored = await transcripts.AppendBotActivityAsync(outbound.ConversationId, activity.Id!, json, row.Id, cancellationToken);
                DeliveryLog.Delivered(logger, row.Id, outbound.ConversationId, stored.ActivityId);
                hub.NotifyStored(outbound.ConversationId);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                var retryAfter = settings.Backoff(row.Attempts + 1);
                DeliveryLog.DeliveryFailed(logger, exception, row.Id, row.Attempts + 1, retryAfter);
                await outbox.MarkFailedAsync(row.Id, $"{exception.GetType().Name}: {exception.Message}", retryAfter,
                    settings.MaxAttempts, cancellationToken);
            }
        }

        return due.Count;
    }
}
