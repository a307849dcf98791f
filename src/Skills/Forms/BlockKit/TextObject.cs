using System.Text.Json.Serialization;

namespace ChatFlow.Skills.Forms.BlockKit;

/// <summary>A Block Kit text object: <c>plain_text</c> or <c>mrkdwn</c>.</summary>
/// <param name="Type"><see cref="PlainType"/> or <see cref="MarkdownType"/>.</param>
/// <param name="Text">The text (at most 3000 characters in a section, less in labels and buttons).</param>
/// <remarks>https://docs.slack.dev/reference/block-kit/composition-objects/text-object</remarks>
public sealed record TextObject(
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("text")] string Text)
{
    /// <summary>Type name of plain text.</summary>
    public const string PlainType = "plain_text";

    /// <summary>Type name of Slack's markdown dialect.</summary>
    public const string MarkdownType = "mrkdwn";

    /// <summary>Plain text, with emoji codes (<c>:wave:</c>) rendered.</summary>
    public static TextObject Plain(string text) => new(PlainType, text) { Emoji = true };

    /// <summary>Slack <c>mrkdwn</c> text (<c>*bold*</c>, <c>_italic_</c>, <c>&lt;url|label&gt;</c>).</summary>
    public static TextObject Markdown(string text) => new(MarkdownType, text);

    /// <summary>Whether emoji codes are rendered (plain text only).</summary>
    [JsonPropertyName("emoji")]
    public bool? Emoji { get; init; }
}
