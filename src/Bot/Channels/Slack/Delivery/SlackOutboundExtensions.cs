using ChatFlow.Bot.Channels.Slack.WebApi;
using ChatFlow.Bot.Delivery;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

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
                http.BaseAddress = sp.GetRequiredService<IOptions<SlackOptions>>().Value.ApiBaseUrl;
                http.Timeout = Timeout.InfiniteTimeSpan; // the resilience handler's timeouts apply
            })
            // No per-request logging scopes or start/end lines (they cost CPU on every post even when filtered out);
            // failures are logged by the delivery worker.
            .RemoveAllLoggers()
            .AddStandardResilienceHandler()
            .Configure((HttpStandardResilienceOptions resilience, IServiceProvider sp) =>
            {
                var timeout = sp.GetRequiredService<IOptions<SlackOptions>>().Value.RequestTimeout;
                // Every Slack method is a POST and not idempotent: never retried here (not even timeouts, which
                // DisableForUnsafeHttpMethods would still retry, dotnet/extensions#6548); the outbox retries.
                resilience.Retry.ShouldHandle = static _ => PredicateResult.False();
                resilience.AttemptTimeout.Timeout = timeout;
                resilience.TotalRequestTimeout.Timeout = timeout + TimeSpan.FromSeconds(1);
                resilience.CircuitBreaker.SamplingDuration = timeout * 2 > resilience.CircuitBreaker.SamplingDuration
                    ? timeout * 2 : resilience.CircuitBreaker.SamplingDuration;
            });
        return services;
    }
}
