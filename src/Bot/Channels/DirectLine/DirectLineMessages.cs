using System.Text.Json.Serialization;

namespace ChatFlow.Bot.Channels.DirectLine;

/// <summary>Response of <c>POST tokens/generate</c>, <c>POST tokens/refresh</c>, <c>POST conversations</c> and
/// <c>GET conversations/{id}</c>. <c>expires_in</c> is in seconds.</summary>
internal sealed record ConversationResponse(
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("expires_in")] int? ExpiresIn,
    [property: JsonPropertyName("streamUrl")] string? StreamUrl);

/// <summary>Response of <c>POST /api/webchat/token</c>; <c>expires_in</c> in seconds.</summary>
internal sealed record WebChatTokenResponse(
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("userId")] string UserId,
    [property: JsonPropertyName("expires_in")] int ExpiresIn);

/// <summary>Optional body of token and conversation requests: <c>{"user":{"id","name"}}</c>.</summary>
internal sealed record TokenRequest
{
    [JsonPropertyName("user")]
    public ChannelAccount? User { get; set; }
}

/// <summary>Response of <c>POST conversations/{id}/activities</c>.</summary>
internal sealed record ResourceResponse([property: JsonPropertyName("id")] string Id);

/// <summary>A page of activities; the watermark is the last sequence included (a string, opaque to clients).</summary>
internal sealed record ActivitySet(
    [property: JsonPropertyName("activities")] IReadOnlyList<Activity> Activities,
    [property: JsonPropertyName("watermark")] string? Watermark);

/// <summary>Direct Line error body: <c>{"error":{"code","message"}}</c>.</summary>
internal sealed record ErrorResponse([property: JsonPropertyName("error")] ErrorBody Error);

/// <summary>Error code (<see cref="DirectLineErrorCodes"/>) and a human-readable message.</summary>
internal sealed record ErrorBody(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("message")] string Message);

/// <summary>What a token carries (short property names keep tokens small).</summary>
internal sealed record TokenPayload(
    [property: JsonPropertyName("c")] string ConversationId,
    [property: JsonPropertyName("u")] string UserId);
