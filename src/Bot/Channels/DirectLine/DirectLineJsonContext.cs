using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatFlow.Bot.Channels.DirectLine;

/// <summary>Source-generated JSON for the Direct Line protocol (camelCase, nulls omitted).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(ActivitySet))]
[JsonSerializable(typeof(ConversationResponse))]
[JsonSerializable(typeof(WebChatTokenResponse))]
[JsonSerializable(typeof(TokenRequest))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(ErrorResponse))]
[JsonSerializable(typeof(TokenPayload))]
internal sealed partial class DirectLineJsonContext : JsonSerializerContext;
