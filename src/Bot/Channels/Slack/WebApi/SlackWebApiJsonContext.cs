using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatFlow.Bot.Channels.Slack.WebApi;

/// <summary>Source-generated JSON of the Web API bodies: snake_case, nulls omitted. Block Kit types carry their own
/// names and discriminators.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web,
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault,
    AllowOutOfOrderMetadataProperties = true)]
[JsonSerializable(typeof(PostMessageRequest))]
[JsonSerializable(typeof(UpdateMessageRequest))]
[JsonSerializable(typeof(PostEphemeralRequest))]
[JsonSerializable(typeof(OpenViewRequest))]
[JsonSerializable(typeof(UsersInfoRequest))]
[JsonSerializable(typeof(ConversationsOpenRequest))]
[JsonSerializable(typeof(EmptyRequest))]
[JsonSerializable(typeof(SlackResponse))]
[JsonSerializable(typeof(MessageResponse))]
[JsonSerializable(typeof(EphemeralResponse))]
[JsonSerializable(typeof(ViewResponse))]
[JsonSerializable(typeof(UsersInfoResponse))]
[JsonSerializable(typeof(ConversationsOpenResponse))]
[JsonSerializable(typeof(AuthTestResponse))]
[JsonSerializable(typeof(ConnectionsOpenResponse))]
internal sealed partial class SlackWebApiJsonContext : JsonSerializerContext;
