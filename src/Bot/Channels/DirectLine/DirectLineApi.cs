using System.Globalization;
using System.Text.Json;
using ChatFlow.Integrations.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Logging;

namespace ChatFlow.Bot.Channels.DirectLine;

/// <summary>The Direct Line 3.0 subset under <c>/v3/directline</c>: tokens, conversations, activities and the
/// WebSocket stream.</summary>
/// <remarks>https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-direct-line-3-0-api-reference</remarks>
internal static partial class DirectLineApi
{
    /// <summary>Route prefix; the Direct Line JS client's <c>domain</c> is the host plus this.</summary>
    public const string Prefix = "/v3/directline";

    /// <summary>Largest accepted activity body: 256 KB.</summary>
    public const int MaxActivityBytes = 256 * 1024;

    /// <summary>Largest accepted token-request body.</summary>
    public const int MaxTokenRequestBytes = 16 * 1024;

    /// <summary>Activities per page of <c>GET activities</c> and per stream message.</summary>
    public const int PageSize = 100;

    public static RouteGroupBuilder MapDirectLineApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup(Prefix);
        group.MapPost("/tokens/generate", GenerateToken);
        group.MapPost("/tokens/refresh", RefreshToken);
        group.MapPost("/conversations", StartConversation);
        group.MapGet("/conversations/{conversationId}", Reconnect);
        group.MapPost("/conversations/{conversationId}/activities", PostActivity);
        group.MapGet("/conversations/{conversationId}/activities", GetActivities);
        group.MapGet("/conversations/{conversationId}/stream", Stream);
        return group;
    }

    static async Task<Results<JsonHttpResult<ConversationResponse>, JsonHttpResult<ErrorResponse>>> GenerateToken(
        HttpRequest request, DirectLineAuthenticator auth, DirectLineConversationStarter starter, CancellationToken cancellationToken)
    {
        var (caller, refusal) = auth.Authenticate(request);
        if (refusal is not null)
            return refusal;
        if (!caller!.IsSecret)
            return auth.Refuse(StatusCodes.Status403Forbidden, DirectLineErrorCodes.Forbidden, "Generating a token needs the Direct Line secret.");

        var (user, bad) = await ReadTokenRequestAsync(request, auth, cancellationToken);
        if (bad is not null)
            return bad;

        var (conversation, token) = await starter.StartAsync(user?.Id ?? DirectLineConversationStarter.NewUserId("dl_"), cancellationToken);
        return Json(new ConversationResponse(conversation.ConversationId, token, auth.ExpiresInSeconds, null), StatusCodes.Status200OK);
    }

    static async Task<Results<JsonHttpResult<ConversationResponse>, JsonHttpResult<ErrorResponse>>> RefreshToken(
        HttpRequest request, DirectLineAuthenticator auth, IDirectLineStore store, CancellationToken cancellationToken)
    {
        var (caller, refusal) = auth.Authenticate(request);
        if (refusal is not null)
            return refusal;
        if (caller!.Token is not { } token)
            return auth.Refuse(StatusCodes.Status403Forbidden, DirectLineErrorCodes.Forbidden, "Refreshing needs a token, not the secret.");
        if (await store.GetConversationAsync(token.ConversationId, cancellationToken) is null)
            return auth.Refuse(StatusCodes.Status404NotFound, DirectLineErrorCodes.NotFound, "The token's conversation does not exist.");

        return Json(new ConversationResponse(token.ConversationId, auth.Issue(token), auth.ExpiresInSeconds, null), StatusCodes.Status200OK);
    }

    static async Task<Results<JsonHttpResult<ConversationResponse>, JsonHttpResult<ErrorResponse>>> StartConversation(
        HttpRequest request, DirectLineAuthenticator auth, DirectLineConversationStarter starter, IDirectLineStore store,
        CancellationToken cancellationToken)
    {
        var (caller, refusal) = auth.Authenticate(request);
        if (refusal is not null)
            return refusal;

        if (caller!.Token is { } token)
        {
            // A token already names its conversation: starting is idempotent and the body's user is ignored.
            var existing = await store.EnsureConversationAsync(token.ConversationId, token.UserId, cancellationToken);
            if (!string.Equals(existing.UserId, token.UserId, StringComparison.Ordinal))
                return auth.Refuse(StatusCodes.Status403Forbidden, DirectLineErrorCodes.Forbidden, "The token's user does not own the conversation.");
            var fresh = auth.Issue(token);
            // The JS client may post before its WebSocket is open: the stream URL pins the current end, so the
            // echo and the replies of those early posts are still streamed.
            var end = await LastSequenceAsync(store, token.ConversationId, cancellationToken);
            return Json(new ConversationResponse(token.ConversationId, fresh, auth.ExpiresInSeconds,
                StreamUrl(request, token.ConversationId, fresh, end)), StatusCodes.Status201Created);
        }

        var (user, bad) = await ReadTokenRequestAsync(request, auth, cancellationToken);
        if (bad is not null)
            return bad;
        var (conversation, issued) = await starter.StartAsync(user?.Id ?? DirectLineConversationStarter.NewUserId("dl_"), cancellationToken);
        return Json(new ConversationResponse(conversation.ConversationId, issued, auth.ExpiresInSeconds,
            StreamUrl(request, conversation.ConversationId, issued, watermark: 0)), StatusCodes.Status201Created);
    }

    static async Task<Results<JsonHttpResult<ConversationResponse>, JsonHttpResult<ErrorResponse>>> Reconnect(
        string conversationId, string? watermark, HttpRequest request, DirectLineAuthenticator auth, IDirectLineStore store,
        CancellationToken cancellationToken)
    {
        var (conversation, refusal) = await auth.AuthorizeAsync(request, conversationId, cancellationToken);
        if (refusal is not null)
            return refusal;
        if (!TryParseWatermark(watermark, out var after))
            return auth.Refuse(StatusCodes.Status400BadRequest, DirectLineErrorCodes.BadArgument, "The watermark must be a non-negative integer.");

        // Without a watermark only what arrives after this request is replayed: pin the current end now.
        after ??= await LastSequenceAsync(store, conversationId, cancellationToken);
        var token = auth.Issue(new TokenPayload(conversation!.ConversationId, conversation.UserId));
        return Json(new ConversationResponse(conversationId, token, auth.ExpiresInSeconds,
            StreamUrl(request, conversationId, token, after)), StatusCodes.Status200OK);
    }

    static async Task<Results<ContentHttpResult, JsonHttpResult<ErrorResponse>>> GetActivities(
        string conversationId, string? watermark, HttpRequest request, DirectLineAuthenticator auth, IDirectLineStore store,
        CancellationToken cancellationToken)
    {
        var (_, refusal) = await auth.AuthorizeAsync(request, conversationId, cancellationToken);
        if (refusal is not null)
            return refusal;
        if (!TryParseWatermark(watermark, out var after))
            return auth.Refuse(StatusCodes.Status400BadRequest, DirectLineErrorCodes.BadArgument, "The watermark must be a non-negative integer.");

        var page = await store.GetActivitiesAsync(conversationId, after ?? 0, PageSize, cancellationToken);
        return TypedResults.Text(ActivitySetJson(page, page.Count > 0 ? page[^1].Sequence : after ?? 0), "application/json");
    }

    /// <summary>An ActivitySet built from stored JSON without re-serializing the activities.</summary>
    internal static string ActivitySetJson(IReadOnlyList<TranscriptActivity> activities, long watermark)
    {
        var builder = new System.Text.StringBuilder("{\"activities\":[");
        for (var i = 0; i < activities.Count; i++)
        {
            if (i > 0)
                builder.Append(',');
            builder.Append(activities[i].ActivityJson);
        }

        return builder.Append("],\"watermark\":\"").Append(watermark.ToString(CultureInfo.InvariantCulture)).Append("\"}").ToString();
    }

    /// <summary>The last sequence of the transcript, 0 when empty.</summary>
    internal static async Task<long> LastSequenceAsync(IDirectLineStore store, string conversationId, CancellationToken cancellationToken)
    {
        long last = 0;
        while (true)
        {
            var page = await store.GetActivitiesAsync(conversationId, last, 500, cancellationToken);
            if (page.Count == 0)
                return last;
            last = page[^1].Sequence;
            if (page.Count < 500)
                return last;
        }
    }

    /// <summary>Parses an optional watermark; an empty one (the JS client's first call) counts as absent.</summary>
    internal static bool TryParseWatermark(string? text, out long? watermark)
    {
        watermark = null;
        if (string.IsNullOrEmpty(text))
            return true;
        if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            return false;
        watermark = value;
        return true;
    }

    /// <summary><c>ws(s)://{host}{pathBase}/v3/directline/conversations/{id}/stream?t={token}[&amp;watermark=N]</c>.</summary>
    internal static string StreamUrl(HttpRequest request, string conversationId, string token, long? watermark)
    {
        var scheme = request.IsHttps ? "wss" : "ws";
        var url = $"{scheme}://{request.Host}{request.PathBase}{Prefix}/conversations/{Uri.EscapeDataString(conversationId)}/stream?t={Uri.EscapeDataString(token)}";
        return watermark is { } w ? url + "&watermark=" + w.ToString(CultureInfo.InvariantCulture) : url;
    }

    static async Task<(ChannelAccount? User, JsonHttpResult<ErrorResponse>? Refusal)> ReadTokenRequestAsync(
        HttpRequest request, DirectLineAuthenticator auth, CancellationToken cancellationToken)
    {
        var (body, tooLarge) = await RequestBody.ReadAsync(request, MaxTokenRequestBytes, cancellationToken);
        if (tooLarge)
            return (null, auth.Refuse(StatusCodes.Status413PayloadTooLarge, DirectLineErrorCodes.MessageSizeTooBig, "The request body is too large."));
        if (body.Length == 0)
            return (null, null);

        TokenRequest? parsed;
        try
        {
            parsed = JsonSerializer.Deserialize(body, DirectLineJsonContext.Default.TokenRequest);
        }
        catch (JsonException)
        {
            return (null, auth.Refuse(StatusCodes.Status400BadRequest, DirectLineErrorCodes.BadSyntax, "The body is not valid JSON."));
        }

        var user = parsed?.User;
        if (user?.Id is null)
            return (null, null);
        return DirectLineConversationStarter.IsValidUserId(user.Id)
            ? (user, null)
            : (null, auth.Refuse(StatusCodes.Status400BadRequest, DirectLineErrorCodes.BadArgument, "user.id must be 1-128 characters without control characters."));
    }

    static JsonHttpResult<ConversationResponse> Json(ConversationResponse response, int statusCode) =>
        TypedResults.Json(response, DirectLineJsonContext.Default.ConversationResponse, statusCode: statusCode);
}
