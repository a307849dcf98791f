using System.Text.Json;
using ChatFlow.Skills.Forms.BlockKit;

namespace ChatFlow.Bot.Channels.Slack;

/// <summary>Reads what the Block Kit renderer wrote into buttons (<see cref="SlackButtonValue"/>) and modals
/// (<see cref="SlackViewMetadata"/>), leniently: anything else is "not ChatFlow's" (<c>null</c>).</summary>
internal static class SlackMetadata
{
    /// <summary>A button's <c>value</c> as <see cref="SlackButtonValue"/> JSON, or <c>null</c>.</summary>
    public static SlackButtonValue? ParseButton(string? value) =>
        Parse(value, static v => JsonSerializer.Deserialize(v, BlockKitJsonContext.Default.SlackButtonValue));

    /// <summary>A modal's <c>private_metadata</c> as <see cref="SlackViewMetadata"/> JSON, or <c>null</c>.</summary>
    public static SlackViewMetadata? ParseView(string? privateMetadata) =>
        Parse(privateMetadata, static v => JsonSerializer.Deserialize(v, BlockKitJsonContext.Default.SlackViewMetadata));

    private static T? Parse<T>(string? text, Func<string, T?> parse) where T : class
    {
        if (string.IsNullOrEmpty(text) || text[0] != '{')
            return null;
        try
        {
            return parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
