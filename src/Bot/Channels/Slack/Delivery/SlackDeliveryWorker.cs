using System.Collections.Concurrent;
using System.Text.Json;
using ChatFlow.Bot.Channels.Slack.WebApi;
using ChatFlow.Bot.Delivery;
using ChatFlow.Integrations.Storage;
using ChatFlow.Skills.Conversations;
using ChatFlow.Skills.Forms.BlockKit;
using Microsoft.Extensions.Options;

namespace ChatFlow.Bot.Channels.Slack.Delivery;

/// <summary>Delivers Slack outbox rows: renders each reply as Block Kit and posts it in its thread
/// (<c>chat.postMessage</c>); a reply to a form this process posted first replaces that form with its outcome
/// (<c>chat.update</c>, no buttons left). Woken by <see cref="OutboxSignal"/>, with a fallback poll.</summary>
/// <remarks>Failures: Slack's 429 → retried after its <c>Retry-After</c>; our own limiter's queue full → the row is
/// left for the next pass (no attempt counted) and later rows of its conversation wait; transient errors (network,
/// 5xx, <c>internal_error</c>) → exponential backoff; permanent errors (<c>invalid_auth</c>, <c>channel_not_found</c>,
/// invalid blocks, an unreadable row) → dead-lettered at once. After <see cref="SlackOptions.DeliveryMaxAttempts"/>
/// the row is dead (kept in the store for admins). Delivery is at least once: a post whose answer is lost is posted
/// again.</remarks>
internal sealed class SlackDeliveryWorker(
    IServiceScopeFactory scopes, OutboxSignal signal, SlackFormMessages forms, IOptions<SlackOptions> options,
    ILogger<SlackDeliveryWorker> logger) : OutboxDeliveryLoop(signal)
{
    /// <summary>Channel name of Slack outbox rows.</summary>
    public const string Channel = "slack";

    protected override int BatchSize => options.Value.DeliveryBatchSize;

    protected override TimeSpan PollInterval => options.Value.DeliveryPollInterval;

    protected override void OnPassFailed(Exception exception) => SlackOutboundLog.LoopFailed(logger, exception);

    /// <summary>One batch: every due row is delivered, marked failed, or (held by our own limiter) left for later.
    /// Conversations are posted to concurrently (at most <see cref="SlackOptions.DeliveryConcurrency"/> at a time),
    /// each conversation's rows in order; the delivered rows are marked in one transaction at the end.</summary>
    /// <returns>How many rows were delivered.</returns>
    internal override async Task<int> DeliverDueAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        await using var scope = scopes.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<IOutboxStore>();
        var slack = scope.ServiceProvider.GetRequiredService<SlackWebApiClient>();
        var due = await outbox.GetDueAsync(Channel, settings.DeliveryBatchSize, cancellationToken);
        if (due.Count == 0)
            return 0;

        // GroupBy keeps the rows' order inside each conversation.
        var conversations = due.GroupBy(row => row.Message.ConversationId, StringComparer.Ordinal);
        var delivered = new ConcurrentQueue<long>();
        try
        {
            await Parallel.ForEachAsync(conversations,
                new ParallelOptions { MaxDegreeOfParallelism = settings.DeliveryConcurrency, CancellationToken = cancellationToken },
                async (rows, token) =>
                {
                    foreach (var row in rows)
                    {
                        // Keep replies in order: once a row is held or failed, its conversation's later rows wait for the next pass.
                        if (!await TryDeliverAsync(slack, outbox, row, settings, token))
                            return;
                        delivered.Enqueue(row.Id);
                    }
                });
        }
        finally
        {
            // Also when stopping: a posted reply left unmarked would be posted again after the restart.
            await outbox.MarkDeliveredAsync(delivered.ToArray(), CancellationToken.None);
        }

        return delivered.Count;
    }

    /// <summary>Posts one row; on failure records it (retry, dead letter) or leaves it for the next pass.</summary>
    /// <returns><c>true</c> when posted (the caller marks it delivered).</returns>
    private async Task<bool> TryDeliverAsync(SlackWebApiClient slack, IOutboxStore outbox, PendingOutboxMessage row, SlackOptions settings,
        CancellationToken cancellationToken)
    {
        var attempt = row.Attempts + 1;
        try
        {
            await DeliverAsync(slack, row, cancellationToken);
            return true;
        }
        catch (SlackRateLimitedException limited) when (limited.IsClientSide)
        {
            SlackOutboundLog.Held(logger, row.Id, limited.RetryAfter);
        }
        catch (SlackRateLimitedException limited)
        {
            SlackOutboundLog.RateLimited(logger, limited.Method, row.Id, attempt, limited.RetryAfter);
            await outbox.MarkFailedAsync(row.Id, limited.Message, limited.RetryAfter, settings.DeliveryMaxAttempts, cancellationToken);
        }
        catch (SlackApiException failed) when (!failed.IsTransient)
        {
            SlackOutboundLog.DeadLettered(logger, row.Id, failed.Method, failed.Error);
            await outbox.MarkFailedAsync(row.Id, failed.Message, TimeSpan.Zero, maxAttempts: attempt, cancellationToken);
        }
        catch (Exception exception) when (exception is JsonException or FormatException or InvalidOperationException)
        {
            SlackOutboundLog.Unreadable(logger, exception, row.Id, exception.GetType().Name);
            await outbox.MarkFailedAsync(row.Id, $"{exception.GetType().Name}: {exception.Message}", TimeSpan.Zero,
                maxAttempts: attempt, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var retryAfter = Backoff(settings, attempt);
            SlackOutboundLog.DeliveryFailed(logger, exception, row.Id, attempt, retryAfter);
            await outbox.MarkFailedAsync(row.Id, $"{exception.GetType().Name}: {exception.Message}", retryAfter,
                settings.DeliveryMaxAttempts, cancellationToken);
        }

        return false;
    }

    private async Task DeliverAsync(SlackWebApiClient slack, PendingOutboxMessage row, CancellationToken cancellationToken)
    {
        var outbound = JsonSerializer.Deserialize(row.Message.PayloadJson, ConversationJsonContext.Default.OutboundReply)
            ?? throw new JsonException("The outbox payload is null.");
        var address = SlackReplyAddress.Parse(outbound);

        if (address.ReplyToTs is { } formTs)
            await ReplaceAnsweredFormAsync(slack, address, formTs, outbound.Reply.Locale, cancellationToken);

        var message = BlockKitRenderer.Render(outbound.Reply, outbound.ConversationId);
        var posted = await slack.PostMessageAsync(address.Channel, address.ThreadTs, message, cancellationToken);
        if ((outbound.Reply.Form?.Title ?? outbound.Reply.Confirmation?.Title) is { } title)
            forms.Remember(posted.Channel, posted.Ts, title);
        SlackOutboundLog.Delivered(logger, row.Id, posted.Channel, posted.Ts);
    }

    /// <summary>When the turn answered a form (known to this process, or named by the <c>#action</c> marker), replaces
    /// it with its outcome. A form that can no longer be updated (deleted, too old) does not hold the reply back.</summary>
    private async Task ReplaceAnsweredFormAsync(SlackWebApiClient slack, SlackReplyAddress address, string formTs, string locale,
        CancellationToken cancellationToken)
    {
        var known = forms.TryGet(address.Channel, formTs, out var title);
        if ((!known && address.Action is null) || forms.IsAnswered(address.Channel, formTs))
            return;
        try
        {
            await slack.UpdateMessageAsync(address.Channel, formTs, BlockKitRenderer.RenderOutcome(title, address.Action, locale), cancellationToken);
        }
        catch (SlackApiException failed) when (!failed.IsTransient && failed.Error is not ("invalid_auth" or "not_authed" or "account_inactive" or "token_revoked"))
        {
            SlackOutboundLog.OutcomeUpdateFailed(logger, address.Channel, formTs, failed.Error);
        }

        forms.MarkAnswered(address.Channel, formTs);
    }

    private static TimeSpan Backoff(SlackOptions settings, int attempts)
    {
        var factor = Math.Pow(2, Math.Clamp(attempts - 1, 0, 30));
        return TimeSpan.FromTicks((long)Math.Min(settings.DeliveryInitialBackoff.Ticks * factor, settings.DeliveryMaxBackoff.Ticks));
    }
}
