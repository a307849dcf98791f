using Microsoft.Extensions.Options;

namespace ChatFlow.Bot.Channels.Slack.WebApi;

/// <summary>Client-side Slack rate limits on a <see cref="TimeProvider"/>: spaces calls of each tier evenly (no bursts),
/// spaces messages per channel, and holds a method back after Slack's <c>Retry-After</c>.</summary>
/// <remarks>A per-key "next free instant" schedule (GCRA with a burst of one): a caller reserves the next slot and
/// waits until it. https://docs.slack.dev/apis/web-api/rate-limits</remarks>
internal sealed class SlackRateLimiter(TimeProvider time, IOptions<SlackOptions> options)
{
    private const int PruneThreshold = 4096;
    private readonly Lock gate = new();
    private readonly Dictionary<string, DateTimeOffset> nextFree = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> pausedUntil = new(StringComparer.Ordinal);

    /// <summary>Waits for a permit to call <paramref name="method"/> (to <paramref name="channel"/> for messages).</summary>
    /// <exception cref="SlackRateLimitedException">The wait would exceed <see cref="SlackOptions.RateLimitQueueTimeout"/>
    /// (client side; nothing is reserved).</exception>
    public async Task AcquireAsync(string method, string? channel, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var tierKey = SlackMethods.TierOf(method) switch
        {
            2 => ("tier2", TimeSpan.FromMinutes(1) / settings.Tier2PerMinute),
            3 => ("tier3:" + method, TimeSpan.FromMinutes(1) / settings.Tier3PerMinute),
            4 => ("tier4:" + method, TimeSpan.FromMinutes(1) / settings.Tier4PerMinute),
            _ => ((string?)null, TimeSpan.Zero),
        };
        var channelKey = SlackMethods.IsMessage(method) && channel is not null && settings.MessageSpacingPerChannel > TimeSpan.Zero
            ? "channel:" + channel : null;

        TimeSpan delay;
        lock (gate)
        {
            var now = time.GetUtcNow();
            var at = now;
            if (pausedUntil.TryGetValue(method, out var paused) && paused > at)
                at = paused;
            if (tierKey.Item1 is { } t && nextFree.TryGetValue(t, out var tf) && tf > at)
                at = tf;
            if (channelKey is not null && nextFree.TryGetValue(channelKey, out var cf) && cf > at)
                at = cf;
            delay = at - now;
            if (delay > settings.RateLimitQueueTimeout)
                throw new SlackRateLimitedException(method, delay, isClientSide: true);
            if (tierKey.Item1 is { } tk)
                nextFree[tk] = at + tierKey.Item2;
            if (channelKey is not null)
                nextFree[channelKey] = at + settings.MessageSpacingPerChannel;
            if (nextFree.Count > PruneThreshold)
                Prune(now);
        }

        if (delay > TimeSpan.Zero)
            await Task.Delay(delay, time, cancellationToken);
    }

    /// <summary>Holds <paramref name="method"/> back for <paramref name="retryAfter"/> (Slack answered 429).</summary>
    public void Pause(string method, TimeSpan retryAfter)
    {
        lock (gate)
        {
            var until = time.GetUtcNow() + retryAfter;
            if (!pausedUntil.TryGetValue(method, out var current) || current < until)
                pausedUntil[method] = until;
        }
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var key in nextFree.Where(p => p.Value <= now).Select(p => p.Key).ToList())
            nextFree.Remove(key);
    }
}
