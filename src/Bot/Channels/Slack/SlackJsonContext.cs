using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatFlow.Bot.Channels.Slack;

/// <summary>Source-generated JSON for Slack's inbound protocol (snake_case, nulls omitted).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(EventCallback))]
[JsonSerializable(typeof(UrlVerification))]
[JsonSerializable(typeof(SlackInteraction))]
[JsonSerializable(typeof(SocketModeMessage))]
[JsonSerializable(typeof(SocketModeAck))]
[JsonSerializable(typeof(ConnectionsOpenResponse))]
[JsonSerializable(typeof(AuthTestResponse))]
[JsonSerializable(typeof(ViewErrorsResponse))]
[JsonSerializable(typeof(EphemeralResponse))]
[JsonSerializable(typeof(ChallengeResponse))]
internal sealed partial class SlackJsonContext : JsonSerializerContext;
