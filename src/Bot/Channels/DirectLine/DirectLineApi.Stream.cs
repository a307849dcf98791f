using Microsoft.AspNetCore.Http.HttpResults;

namespace ChatFlow.Bot.Channels.DirectLine;

internal static partial class DirectLineApi
{
    /// <summary>The WebSocket at the stream URL: pushes ActivitySets after the watermark (or, without one, only what
    /// arrives from now on), empty keep-alive messages, and closes cleanly on shutdown.</summary>
    static async Task<Results<EmptyHttpResult, JsonHttpResult<ErrorResponse>>> Stream(
        string conversationId, string? watermark, HttpContext context, DirectLineAuthenticator auth, DirectLineStreamSession session)
    {
        var (_, refusal) = await auth.AuthorizeAsync(context.Request, conversationId, context.RequestAborted, allowQueryToken: true);
        if (refusal is not null)
            return refusal;
        if (!TryParseWatermark(watermark, out var after))
            return auth.Refuse(StatusCodes.Status400BadRequest, DirectLineErrorCodes.BadArgument, "The watermark must be a non-negative integer.");
        if (!context.WebSockets.IsWebSocketRequest)
            return auth.Refuse(StatusCodes.Status400BadRequest, DirectLineErrorCodes.BadArgument, "The stream URL needs a WebSocket upgrade request.");

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        await session.RunAsync(socket, conversationId, after, context.RequestAborted);
        return TypedResults.Empty;
    }
}
