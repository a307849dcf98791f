using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatFlow.Bot.Channels.Slack;

/// <summary>An interactivity payload (the JSON in the form field <c>payload=</c>): <c>block_actions</c>,
/// <c>view_submission</c>, <c>view_closed</c>, shortcuts …; fields of other types stay in <see cref="Extra"/>.</summary>
/// <remarks>https://docs.slack.dev/reference/interaction-payloads</remarks>
internal sealed record SlackInteraction
{
    public string? Type { get; set; }
    public SlackInteractionUser? User { get; set; }
    public string? TriggerId { get; set; }
    public SlackContainer? Container { get; set; }
    public SlackIdName? Channel { get; set; }
    public SlackMessageRef? Message { get; set; }
    public IList<SlackAction>? Actions { get; set; }
    public SlackState? State { get; set; }
    public SlackView? View { get; set; }

    /// <summary>Whether a closed modal was part of a stack being cleared (<c>view_closed</c>).</summary>
    public bool? IsCleared { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

/// <summary>Interaction types ChatFlow acts on.</summary>
internal static class SlackInteractionTypes
{
    public const string BlockActions = "block_actions";
    public const string ViewSubmission = "view_submission";
    public const string ViewClosed = "view_closed";
}

internal sealed record SlackInteractionUser
{
    public string? Id { get; set; }
    public string? Username { get; set; }
    public string? Name { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

internal sealed record SlackIdName
{
    public string? Id { get; set; }
    public string? Name { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

/// <summary>Where the pressed element lives: a <c>message</c> (channel + ts) or a <c>view</c>.</summary>
internal sealed record SlackContainer
{
    public string? Type { get; set; }
    public string? MessageTs { get; set; }
    public string? ThreadTs { get; set; }
    public string? ChannelId { get; set; }
    public string? ViewId { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

/// <summary>The message holding the pressed element (only the fields used for threading).</summary>
internal sealed record SlackMessageRef
{
    public string? Ts { get; set; }
    public string? ThreadTs { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

/// <summary>One pressed or changed element of <c>block_actions</c>.</summary>
internal sealed record SlackAction
{
    public string? ActionId { get; set; }
    public string? BlockId { get; set; }

    /// <summary>Element type: <c>button</c>, <c>static_select</c>, <c>datepicker</c> …</summary>
    public string? Type { get; set; }
    public string? Value { get; set; }
    public SlackOption? SelectedOption { get; set; }
    public string? SelectedDate { get; set; }
    public string? SelectedTime { get; set; }
    public string? ActionTs { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

internal sealed record SlackOption
{
    public string? Value { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

/// <summary><c>state.values</c>: block id → action id → element state (kept as JSON: each element type has its own keys).</summary>
internal sealed record SlackState
{
    public Dictionary<string, Dictionary<string, JsonElement>>? Values { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

/// <summary>A modal as submitted or closed.</summary>
internal sealed record SlackView
{
    public string? Id { get; set; }
    public string? Hash { get; set; }
    public string? CallbackId { get; set; }
    public string? PrivateMetadata { get; set; }
    public SlackState? State { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

/// <summary>The synchronous answer to a <c>view_submission</c> with invalid inputs: block id → message.</summary>
internal sealed record ViewErrorsResponse(
    [property: JsonPropertyName("response_action")] string ResponseAction,
    [property: JsonPropertyName("errors")] IReadOnlyDictionary<string, string> Errors);

/// <summary>An immediate slash-command answer shown only to the caller.</summary>
internal sealed record EphemeralResponse(
    [property: JsonPropertyName("response_type")] string ResponseType,
    [property: JsonPropertyName("text")] string Text);

/// <summary><c>url_verification</c> answer.</summary>
internal sealed record ChallengeResponse([property: JsonPropertyName("challenge")] string Challenge);
