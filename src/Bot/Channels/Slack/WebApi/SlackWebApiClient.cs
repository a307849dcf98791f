using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ChatFlow.Skills.Forms.BlockKit;
using Microsoft.Extensions.Options;

namespace ChatFlow.Bot.Channels.Slack.WebApi;

/// <summary>The Slack Web API methods ChatFlow calls, over a typed <see cref="HttpClient"/> whose base address is
/// <see cref="SlackOptions.ApiBaseUrl"/>. Every call is a JSON <c>POST</c> with <c>Authorization: Bearer</c> set on its
/// own request (never on the shared client), waits for a client-side rate-limit permit first, and is not retried
/// here: the outbox retries.</summary>
/// <remarks>Errors: <c>{"ok":false}</c> → <see cref="SlackApiException"/>; HTTP 429 → <see cref="SlackRateLimitedException"/>
/// (and the method is held back for <c>Retry-After</c>); other non-2xx → <see cref="HttpRequestException"/>.
/// https://docs.slack.dev/apis/web-api/</remarks>
internal sealed class SlackWebApiClient(HttpClient http, IOptions<SlackOptions> options, SlackRateLimiter limiter)
{
    private static readonly MediaTypeHeaderValue JsonContentType = new("application/json") { CharSet = "utf-8" };

    /// <summary><c>chat.postMessage</c>: posts in <paramref name="channel"/>, in the thread <paramref name="threadTs"/> if given.</summary>
    /// <returns>The posted message's channel and <c>ts</c>.</returns>
    public async Task<SlackPostedMessage> PostMessageAsync(string channel, string? threadTs, BlockKitMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var response = await CallAsync(SlackMethods.PostMessage, channel,
            new PostMessageRequest(channel, message.Text, message.Blocks.Count > 0 ? message.Blocks : null, NullIfEmpty(threadTs)),
            SlackWebApiJsonContext.Default.PostMessageRequest, SlackWebApiJsonContext.Default.MessageResponse, BotToken, cancellationToken);
        return new SlackPostedMessage(response.Channel ?? channel, response.Ts ?? "");
    }

    /// <summary><c>chat.update</c>: replaces the text and blocks of message <paramref name="ts"/> (an empty block list
    /// removes the blocks).</summary>
    public async Task<SlackPostedMessage> UpdateMessageAsync(string channel, string ts, BlockKitMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var response = await CallAsync(SlackMethods.Update, channel, new UpdateMessageRequest(channel, ts, message.Text, message.Blocks),
            SlackWebApiJsonContext.Default.UpdateMessageRequest, SlackWebApiJsonContext.Default.MessageResponse, BotToken, cancellationToken);
        return new SlackPostedMessage(response.Channel ?? channel, response.Ts ?? ts);
    }

    /// <summary><c>chat.postEphemeral</c>: a message only <paramref name="user"/> sees.</summary>
    /// <returns>The ephemeral message's <c>message_ts</c>.</returns>
    public async Task<string> PostEphemeralAsync(string channel, string user, string? threadTs, BlockKitMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var response = await CallAsync(SlackMethods.PostEphemeral, channel,
            new PostEphemeralRequest(channel, user, message.Text, message.Blocks.Count > 0 ? message.Blocks : null, NullIfEmpty(threadTs)),
            SlackWebApiJsonContext.Default.PostEphemeralRequest, SlackWebApiJsonContext.Default.EphemeralResponse, BotToken, cancellationToken);
        return response.MessageTs ?? "";
    }

    /// <summary><c>views.open</c>: opens <paramref name="view"/> for the interaction <paramref name="triggerId"/> (valid 3 s).</summary>
    /// <returns>The view id.</returns>
    public async Task<string> OpenViewAsync(string triggerId, ModalView view, CancellationToken cancellationToken)
    {
        var response = await CallAsync(SlackMethods.ViewsOpen, null, new OpenViewRequest(triggerId, view),
            SlackWebApiJsonContext.Default.OpenViewRequest, SlackWebApiJsonContext.Default.ViewResponse, BotToken, cancellationToken);
        return response.View?.Id ?? "";
    }

    /// <summary><c>users.info</c>: the user's names and e-mail (for directory mapping).</summary>
    public async Task<SlackUser> GetUserAsync(string userId, CancellationToken cancellationToken)
    {
        var response = await CallAsync(SlackMethods.UsersInfo, null, new UsersInfoRequest(userId),
            SlackWebApiJsonContext.Default.UsersInfoRequest, SlackWebApiJsonContext.Default.UsersInfoResponse, BotToken, cancellationToken);
        var user = response.User ?? throw new SlackApiException(SlackMethods.UsersInfo, "user_not_found");
        return new SlackUser(user.Id ?? userId, user.Name, user.RealName, user.Profile?.Email, user.IsBot, user.Deleted);
    }

    /// <summary><c>conversations.open</c>: the direct-message channel with <paramref name="userId"/> (opened if needed).</summary>
    /// <returns>The DM channel id (<c>D…</c>).</returns>
    public async Task<string> OpenDirectMessageAsync(string userId, CancellationToken cancellationToken)
    {
        var response = await CallAsync(SlackMethods.ConversationsOpen, null, new ConversationsOpenRequest(userId),
            SlackWebApiJsonContext.Default.ConversationsOpenRequest, SlackWebApiJsonContext.Default.ConversationsOpenResponse, BotToken, cancellationToken);
        return response.Channel?.Id ?? throw new SlackApiException(SlackMethods.ConversationsOpen, "channel_not_found");
    }

    /// <summary><c>auth.test</c>: who the bot token belongs to.</summary>
    public async Task<SlackAuthInfo> AuthTestAsync(CancellationToken cancellationToken)
    {
        var response = await CallAsync(SlackMethods.AuthTest, null, new EmptyRequest(),
            SlackWebApiJsonContext.Default.EmptyRequest, SlackWebApiJsonContext.Default.AuthTestResponse, BotToken, cancellationToken);
        return new SlackAuthInfo(response.UserId ?? "", response.BotId, response.TeamId, response.Team);
    }

    /// <summary><c>apps.connections.open</c> with the app-level token: a single-use Socket Mode WebSocket URL.</summary>
    /// <exception cref="InvalidOperationException"><see cref="SlackOptions.AppToken"/> is not set.</exception>
    public async Task<Uri> OpenSocketModeConnectionAsync(CancellationToken cancellationToken)
    {
        var token = options.Value.AppToken;
        if (string.IsNullOrEmpty(token))
            throw new InvalidOperationException($"Socket Mode needs {SlackOptions.SectionName}:AppToken (an xapp- app-level token with connections:write).");
        var response = await CallAsync(SlackMethods.AppsConnectionsOpen, null, new EmptyRequest(),
            SlackWebApiJsonContext.Default.EmptyRequest, SlackWebApiJsonContext.Default.ConnectionsOpenResponse, token, cancellationToken);
        return Uri.TryCreate(response.Url, UriKind.Absolute, out var url) ? url
            : throw new SlackApiException(SlackMethods.AppsConnectionsOpen, "invalid_url");
    }

    private string BotToken => options.Value.BotToken;

    private async Task<TResponse> CallAsync<TRequest, TResponse>(string method, string? channel, TRequest body,
        JsonTypeInfo<TRequest> requestType, JsonTypeInfo<TResponse> responseType, string token, CancellationToken cancellationToken)
        where TResponse : SlackResponse
    {
        await limiter.AcquireAsync(method, channel, cancellationToken);
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, requestType));
        content.Headers.ContentType = JsonContentType;
        using var request = new HttpRequestMessage(HttpMethod.Post, method) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            var retryAfter = RetryAfter(response);
            limiter.Pause(method, retryAfter);
            throw new SlackRateLimitedException(method, retryAfter, isClientSide: false);
        }

        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"Slack {method} answered HTTP {(int)response.StatusCode}.", null, response.StatusCode);

        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        TResponse? result;
        try
        {
            result = await JsonSerializer.DeserializeAsync(stream, responseType, cancellationToken);
        }
        catch (JsonException exception)
        {
            throw new HttpRequestException($"Slack {method} answered a body that is not JSON.", exception, response.StatusCode);
        }

        if (result is null)
            throw new HttpRequestException($"Slack {method} answered an empty body.", null, response.StatusCode);
        if (!result.Ok)
        {
            var error = string.IsNullOrEmpty(result.Error) ? "unknown_error" : result.Error;
            if (error is "ratelimited" or "rate_limited")
            {
                var retryAfter = RetryAfter(response);
                limiter.Pause(method, retryAfter);
                throw new SlackRateLimitedException(method, retryAfter, isClientSide: false);
            }

            throw new SlackApiException(method, error, result.ResponseMetadata?.Messages);
        }

        return result;
    }

    /// <summary><c>Retry-After</c> as seconds or an HTTP date; 1 second when absent (Slack always sends it on 429).</summary>
    private static TimeSpan RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        if (header?.Date is { } date)
        {
            var wait = date - (response.Headers.Date ?? DateTimeOffset.UtcNow);
            return wait > TimeSpan.Zero ? wait : TimeSpan.FromSeconds(1);
        }

        return TimeSpan.FromSeconds(1);
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
