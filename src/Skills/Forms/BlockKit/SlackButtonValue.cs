using System.Text.Json.Serialization;

namespace ChatFlow.Skills.Forms.BlockKit;

/// <summary>The JSON a ChatFlow button carries in its <c>value</c> (at most 2000 characters):
/// <c>{"action":"submit|confirm|cancel|choose|open","token":"…","choice":"…"}</c>.</summary>
/// <param name="Action">One of <see cref="Conversations.FormActions"/>, or <see cref="BlockKitRenderer.OpenFormAction"/>.</param>
/// <param name="Token">The form's signed state token (about 200 characters), or <c>null</c>.</param>
/// <param name="ConversationId">The conversation, when the renderer was told it (inbound derives it otherwise).</param>
/// <param name="Choice">For <c>choose</c>: the chosen value (a suggested action: the user's text).</param>
public sealed record SlackButtonValue(
    [property: JsonPropertyName("action")] string Action,
    [property: JsonPropertyName("token")] string? Token = null,
    [property: JsonPropertyName("conversation_id")] string? ConversationId = null,
    [property: JsonPropertyName("choice")] string? Choice = null);
