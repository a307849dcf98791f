using Microsoft.Extensions.Primitives;

namespace ChatFlow.Bot.Channels.Slack;

/// <summary>A slash-command invocation (form fields, or the Socket Mode payload object).</summary>
/// <remarks>https://docs.slack.dev/interactivity/implementing-slash-commands</remarks>
internal sealed record SlashCommand(string? Command, string? Text, string? UserId, string? UserName, string? ChannelId,
    string? TriggerId, string? ResponseUrl)
{
    /// <summary>From form fields.</summary>
    public static SlashCommand From(Func<string, string?> field) => new(
        field("command"), field("text"), field("user_id"), field("user_name"), field("channel_id"),
        field("trigger_id"), field("response_url"));

    /// <summary>From parsed form fields.</summary>
    public static SlashCommand From(IReadOnlyDictionary<string, StringValues> form) =>
        From(name => form.TryGetValue(name, out var v) ? v.ToString() : null);
}
