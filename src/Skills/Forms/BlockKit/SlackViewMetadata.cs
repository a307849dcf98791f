using System.Text.Json.Serialization;

namespace ChatFlow.Skills.Forms.BlockKit;

/// <summary>What a ChatFlow modal carries in <c>private_metadata</c> (JSON, at most 3000 characters):
/// <c>{"conversation_id":"C…/ts","state_token":"…","message_ts":"…"}</c>.</summary>
/// <param name="ConversationId">The conversation (<c>{channel id}/{thread ts}</c>) the submission belongs to.</param>
/// <param name="StateToken">The form's signed state token.</param>
/// <param name="MessageTs">The message whose button opened the modal (delivery updates it), if any.</param>
public sealed record SlackViewMetadata(
    [property: JsonPropertyName("conversation_id")] string? ConversationId,
    [property: JsonPropertyName("state_token")] string? StateToken,
    [property: JsonPropertyName("message_ts")] string? MessageTs);
