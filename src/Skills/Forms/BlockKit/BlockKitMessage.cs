using System.Text.Json.Serialization;

namespace ChatFlow.Skills.Forms.BlockKit;

/// <summary>A rendered message: <see cref="Text"/> is the notification and accessibility fallback, <see cref="Blocks"/>
/// what Slack shows.</summary>
/// <param name="Text">Plain fallback text (notifications, screen readers); never empty.</param>
/// <param name="Blocks">At most 50 blocks.</param>
public sealed record BlockKitMessage(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("blocks")] IReadOnlyList<Block> Blocks);
