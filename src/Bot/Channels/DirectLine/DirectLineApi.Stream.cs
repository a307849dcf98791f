using ChatFlow.Integrations.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChatFlow.Bot.Channels.DirectLine;

internal static partial class DirectLineApi
{
    /// <summary>The WebSocket at the stream URL: pushes ActivitySets after the watermark (or, without one, only what
    /// arrives from now on), empty keep-alive messages, and closes cleanly on shutdown.</summary>
    static async Task<Results<EmptyHttpResult, JsonHttpResult<ErrorResponse>>> Stream(
        string conversationId, string? watermark, HttpContext context, DirectLineAuthenticator auth, DirectLineStreamSession session,
        DirectLineStreamHub hub, IDirectLineStore store)
    {
        var (_, refusal) = await auth.AuthorizeAsync(context.Request, conversationId, context.RequestAborted, allowQueryToken: true);
        if (refusal is not null)
            return refusal;
        if (!TryParseWatermark(watermark, out var after))
            return auth.Refuse(StatusCodes.Status400BadRequest, DirectLineErrorCodes.BadArgument, "The watermark must be a non-negative integer.");
        if (!context.WebSockets.IsWebSocketRequest)
            return auth.Refuse(StatusCodes.Status400BadRequest, DirectLineErrorCodes.BadArgument, "The stream URL needs a WebSocket upgrade request.");

        // Subscribe and fix the starting point before the upgrade: whatever is stored once the client sees
        // 101 Switching Protocols is streamed.
        using var subscription = hub.Subscribe(conversationId);
        var start = after ?? await LastSequenceAsync(store, conversationId, context.RequestAborted);
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        await session.RunAsync(socket, subscription, start, context.RequestAborted);
        return TypedResults.Empty;
    }
}
