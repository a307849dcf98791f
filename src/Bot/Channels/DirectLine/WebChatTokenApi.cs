using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatFlow.Bot.Channels.DirectLine;

/// <summary><c>POST /api/webchat/token</c>: the Web Chat page's same-origin token endpoint.</summary>
internal static class WebChatTokenApi
{
    /// <summary>Prefix of user ids the server picks for Web Chat users.</summary>
    public const string UserIdPrefix = "web-";

    public static RouteGroupBuilder MapWebChatTokenApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/webchat");
        group.MapPost("/token", CreateToken);
        return group;
    }

    /// <summary>Creates a conversation bound to the (optional) body's <c>user</c> and returns its token. Loopback
    /// callers may choose their user id; remote callers (only with <c>WebChatAllowRemote</c>) always get a fresh
    /// server-chosen one, since an unauthenticated browser must not claim another person's id.</summary>
    static async Task<Results<JsonHttpResult<WebChatTokenResponse>, ProblemHttpResult>> CreateToken(
        HttpContext context, IOptions<DirectLineOptions> options, DirectLineConversationStarter starter,
        DirectLineTokenService tokens, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var loopback = IsLoopback(context.Connection.RemoteIpAddress);
        if (!loopback && !options.Value.WebChatAllowRemote)
        {
            DirectLineLog.WebChatRemoteRefused(loggers.CreateLogger(typeof(WebChatTokenApi).FullName!),
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden,
                title: "Web Chat tokens are issued to loopback callers only",
                detail: "Open the page on the bot's machine, or set ChatFlow:DirectLine:WebChatAllowRemote=true to serve remote browsers.");
        }

        var (body, tooLarge) = await RequestBody.ReadAsync(context.Request, DirectLineApi.MaxTokenRequestBytes, cancellationToken);
        if (tooLarge)
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The request body is too large");

        string? requested = null;
        if (body.Length > 0)
        {
            try
            {
                requested = JsonSerializer.Deserialize(body, DirectLineJsonContext.Default.TokenRequest)?.User?.Id;
            }
            catch (JsonException)
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The body is not valid JSON",
                    detail: "Send {\"user\":{\"id\":\"…\",\"name\":\"…\"}} or nothing.");
            }

            if (requested is not null && !DirectLineConversationStarter.IsValidUserId(requested))
                return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "user.id is not acceptable",
                    detail: "user.id must be 1-128 characters without control characters.");
        }

        var userId = loopback && requested is not null ? requested : DirectLineConversationStarter.NewUserId(UserIdPrefix);
        var (conversation, token) = await starter.StartAsync(userId, cancellationToken);
        return TypedResults.Json(new WebChatTokenResponse(token, conversation.ConversationId, conversation.UserId, tokens.ExpiresInSeconds),
            DirectLineJsonContext.Default.WebChatTokenResponse);
    }

    internal static bool IsLoopback(IPAddress? address) =>
        address is not null && IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);
}
