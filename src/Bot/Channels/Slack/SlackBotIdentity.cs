using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.Options;

namespace ChatFlow.Bot.Channels.Slack;

/// <summary>The bot's own Slack user id: configured (<see cref="SlackOptions.BotUserId"/>) or learned once from
/// <c>auth.test</c> at start-up. Until known, each event's bot <c>authorizations</c> entry stands in.</summary>
internal sealed class SlackBotIdentity(IOptions<SlackOptions> options)
{
    private volatile string? learned;

    /// <summary>The bot user id, or <c>null</c> while unknown.</summary>
    public string? UserId => options.Value.BotUserId ?? learned;

    /// <summary>Records the id from <c>auth.test</c>.</summary>
    public void Learn(string userId) => learned = userId;
}

/// <summary>Calls <c>auth.test</c> once at start-up when the bot user id is not configured.</summary>
internal sealed class SlackBotIdentityLoader(
    SlackBotIdentity identity, IHttpClientFactory clients, IOptions<SlackOptions> options, ILogger<SlackBotIdentityLoader> logger)
    : BackgroundService
{
    /// <summary>Name of the inbound side's own <see cref="HttpClient"/> (auth.test, apps.connections.open).</summary>
    public const string HttpClientName = "ChatFlow.Slack.Inbound";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (identity.UserId is not null || string.IsNullOrEmpty(options.Value.BotToken))
            return;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(options.Value.ApiBaseUrl, "auth.test"));
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.Value.BotToken);
            using var response = await clients.CreateClient(HttpClientName).SendAsync(request, stoppingToken);
            var body = response.IsSuccessStatusCode
                ? await response.Content.ReadFromJsonAsync(SlackJsonContext.Default.AuthTestResponse, stoppingToken)
                : null;
            if (body is { Ok: true, UserId: { Length: > 0 } userId })
            {
                identity.Learn(userId);
                SlackLog.BotIdentityLearned(logger, userId);
            }
            else
            {
                SlackLog.BotIdentityFailed(logger, body?.Error ?? $"HTTP {(int)response.StatusCode}");
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception ex) when (ex is HttpRequestException or System.Text.Json.JsonException or OperationCanceledException)
        {
            SlackLog.BotIdentityFailed(logger, ex.GetType().Name);
        }
    }
}
