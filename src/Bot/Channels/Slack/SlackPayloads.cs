using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatFlow.Bot.Channels.Slack;

/// <summary>An Events API body, told apart by its outer <c>type</c>; unknown types are kept, not refused.</summary>
/// <remarks>https://docs.slack.dev/apis/events-api/</remarks>
internal abstract record SlackPayload
{
    /// <summary>Outer <c>type</c>: <c>event_callback</c>, <c>url_verification</c>, or anything else Slack adds.</summary>
    public string? Type { get; set; }
}

/// <summary><c>url_verification</c>: echo <see cref="Challenge"/>.</summary>
internal sealed record UrlVerification : SlackPayload
{
    public string? Challenge { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

/// <summary>The <c>event_callback</c> envelope around one inner <see cref="SlackEvent"/>.</summary>
internal sealed record EventCallback : SlackPayload
{
    public string? TeamId { get; set; }
    public string? ApiAppId { get; set; }

    /// <summary>Slack's unique id of the delivery; retries reuse it.</summary>
    public string? EventId { get; set; }

    /// <summary>When the event was dispatched, Unix seconds.</summary>
    public long? EventTime { get; set; }

    public SlackEvent? Event { get; set; }
    public IList<SlackAuthorization>? Authorizations { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

/// <summary>An outer <c>type</c> ChatFlow does not know (e.g. <c>app_rate_limited</c>): kept whole and acknowledged.</summary>
internal sealed record UnknownSlackPayload(string? OuterType, JsonElement Root) : SlackPayload;

/// <summary>One installation the event is delivered for: the bot user of the workspace.</summary>
internal sealed record SlackAuthorization
{
    public string? TeamId { get; set; }
    public string? UserId { get; set; }
    public bool IsBot { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

/// <summary>The inner event: <c>message</c> (any channel type and subtype), <c>app_mention</c> and all others.</summary>
/// <remarks>https://docs.slack.dev/reference/events/message</remarks>
internal sealed record SlackEvent
{
    /// <summary>Open set: <see cref="SlackEventTypes"/>.</summary>
    public string? Type { get; set; }
    public string? Subtype { get; set; }
    public string? Channel { get; set; }

    /// <summary><c>im</c>, <c>channel</c>, <c>group</c> or <c>mpim</c>.</summary>
    public string? ChannelType { get; set; }
    public string? User { get; set; }
    public string? BotId { get; set; }
    public string? Text { get; set; }

    /// <summary>The message's own timestamp id (<c>1355517523.000005</c>).</summary>
    public string? Ts { get; set; }

    /// <summary>The thread's parent <c>ts</c>, when the message is in a thread.</summary>
    public string? ThreadTs { get; set; }
    public string? EventTs { get; set; }
    public bool? Hidden { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

/// <summary>Inner event and subtype names ChatFlow acts on.</summary>
internal static class SlackEventTypes
{
    public const string EventCallback = "event_callback";
    public const string UrlVerification = "url_verification";
    public const string Message = "message";
    public const string AppMention = "app_mention";
    public const string FileShare = "file_share";
    public const string ThreadBroadcast = "thread_broadcast";
    public const string BotMessage = "bot_message";
}
