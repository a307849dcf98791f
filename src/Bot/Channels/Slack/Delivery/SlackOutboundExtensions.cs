using ChatFlow.Bot.Channels.Slack.WebApi;
using ChatFlow.Bot.Delivery;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ChatFlow.Bot.Channels.Slack.Delivery;

/// <summary>Registers Slack's outbound side: the Web API client, client-side rate limits and the outbox delivery worker.</summary>
public static class SlackOutboundExtensions
{
    /// <summary>Adds the Slack Web API client (<c>SlackWebApiClient</c>, <c>SlackBotIdentity</c>) and the
    /// <c>SlackDeliveryWorker</c> for outbox rows of channel <c>slack</c>. A no-op without a <c>ChatFlow:Slack</c>
    /// section; with one, <see cref="SlackOptions"/> is validated at start-up. Safe to call more than once (the inbound
    /// <c>AddSlackChannel</c> may call it).</summary>
    /// <param name="builder">The host builder.</param>
    /// <returns>The builder.</returns>
    public static WebApplicationBuilder AddSlackOutbound(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (!builder.Configuration.GetSection(SlackOptions.SectionName).Exists())
            return builder;
        if (builder.Services.Any(d => d.ServiceType == typeof(SlackDeliveryWorker) || d.ImplementationType == typeof(SlackDeliveryWorker)))
            return builder;
        builder.Services.AddSlackWebApi();
        builder.Services.TryAddSingleton<OutboxSignal>();
        builder.Services.AddSingleton<SlackFormMessages>();
        builder.Services.AddHostedService<SlackDeliveryWorker>();
        return builder;
    }

    /// <summary>The Web API client and what it needs, without the worker (tests, Socket Mode).</summary>
    internal static IServiceCollection AddSlackWebApi(this IServiceCollection services)
    {
        services.AddOptions<SlackOptions>().BindConfiguration(SlackOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SlackRateLimiter>();
        services.TryAddSingleton<SlackBotIdentity>();
        services.AddHttpClient<SlackWebApiClient>((sp, http) =>
            {
                var settings = sp.GetRequiredService<IOptions<SlackOptions>>().Value;
                http.BaseAddress = settings.ApiBaseUrl;
                // Every Slack method is a POST and not idempotent: nothing here retries (the outbox retries a failed or
                // timed-out post with backoff, and honours Retry-After), so the client needs only a timeout; a resilience
                // pipeline with retries turned off cost ~3 % of the host's CPU per reply under load (docs/BENCHMARKS.md).
                http.Timeout = settings.RequestTimeout;
            })
            // No per-request logging scopes or start/end lines (they cost CPU on every post even when filtered out);
            // failures are logged by the delivery worker.
            .RemoveAllLoggers();
        return services;
    }
}
