using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatFlow.Skills.Conversations;

/// <summary>Source-generated JSON for turns and replies as they are stored in the inbox and outbox.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Turn))]
[JsonSerializable(typeof(Reply))]
[JsonSerializable(typeof(OutboundReply))]
public sealed partial class ConversationJsonContext : JsonSerializerContext;
