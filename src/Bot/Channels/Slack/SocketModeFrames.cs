using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatFlow.Bot.Channels.Slack;

/// <summary>A Socket Mode message from Slack: <c>hello</c>, <c>disconnect</c> or an envelope
/// (<c>events_api</c>, <c>interactive</c>, <c>slash_commands</c>) whose <see cref="Payload"/> is the HTTP payload unchanged.</summary>
/// <remarks>https://docs.slack.dev/apis/events-api/using-socket-mode</remarks>
internal sealed record SocketModeMessage
{
    public string? Type { get; set; }
    public string? EnvelopeId { get; set; }
    public JsonElement? Payload { get; set; }
    public bool? AcceptsResponsePayload { get; set; }
    public int? RetryAttempt { get; set; }
    public string? RetryReason { get; set; }

    /// <summary><c>disconnect</c> reason: <c>refresh_requested</c>, <c>warning</c>, <c>link_disabled</c>, <c>too_many_websockets</c>.</summary>
    public string? Reason { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

/// <summary>Socket Mode message types.</summary>
internal static class SocketModeTypes
{
    public const string Hello = "hello";
    public const string Disconnect = "disconnect";
    public const string EventsApi = "events_api";
    public const string Interactive = "interactive";
    public const string SlashCommands = "slash_commands";
}

/// <summary>The acknowledgement of one envelope, optionally with the response body an HTTP request would have got.</summary>
internal sealed record SocketModeAck(
    [property: JsonPropertyName("envelope_id")] string EnvelopeId,
    [property: JsonPropertyName("payload")] JsonElement? Payload);

/// <summary><c>apps.connections.open</c> answer.</summary>
internal sealed record ConnectionsOpenResponse
{
    public bool Ok { get; set; }
    public string? Url { get; set; }
    public string? Error { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

/// <summary><c>auth.test</c> answer: the bot's own user id.</summary>
internal sealed record AuthTestResponse
{
    public bool Ok { get; set; }
    public string? UserId { get; set; }
    public string? BotId { get; set; }
    public string? Error { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
