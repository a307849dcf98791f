using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatFlow.Bot.Turns;

/// <summary>Source-generated JSON for <see cref="HostConversationState"/>.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(HostConversationState))]
internal sealed partial class HostStateJsonContext : JsonSerializerContext;
