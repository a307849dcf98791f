using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace ChatFlow.Bot.Channels.DirectLine;

/// <summary>A Bot Framework activity as Direct Line carries it: the fields ChatFlow reads or writes, everything else
/// kept in <see cref="Extra"/> so that a stored activity round-trips.</summary>
/// <remarks>Timestamps stay strings so the client's exact text survives. Spec:
/// https://github.com/microsoft/botframework-sdk/blob/main/specs/botframework-activity/botframework-activity.md</remarks>
internal sealed record Activity
{
    /// <summary>Open set: <see cref="ActivityTypes"/>.</summary>
    public string? Type { get; set; }
    public string? Id { get; set; }
    public string? Timestamp { get; set; }
    public string? LocalTimestamp { get; set; }
    public string? ChannelId { get; set; }
    public string? ServiceUrl { get; set; }
    public ChannelAccount? From { get; set; }
    public ChannelAccount? Conversation { get; set; }
    public ChannelAccount? Recipient { get; set; }
    public string? TextFormat { get; set; }
    public string? Locale { get; set; }
    public string? Text { get; set; }
    public IList<Attachment>? Attachments { get; set; }
    public SuggestedActions? SuggestedActions { get; set; }
    public JsonNode? Value { get; set; }
    public JsonNode? ChannelData { get; set; }
    public string? ReplyToId { get; set; }

    /// <summary>Every other property, untouched.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

/// <summary>A user, bot or conversation reference (<c>from</c>, <c>recipient</c>, <c>conversation</c>).</summary>
internal sealed record ChannelAccount
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? Role { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

/// <summary>An attachment; ChatFlow writes Adaptive Cards (<c>application/vnd.microsoft.card.adaptive</c>).</summary>
internal sealed record Attachment
{
    public string? ContentType { get; set; }
    public string? ContentUrl { get; set; }
    public JsonNode? Content { get; set; }
    public string? Name { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

/// <summary>Quick-reply buttons shown under a message.</summary>
internal sealed record SuggestedActions
{
    public IList<CardAction> Actions { get; set; } = [];

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

/// <summary>One button: ChatFlow uses <c>imBack</c> (the value is sent back as the user's text).</summary>
internal sealed record CardAction
{
    public string? Type { get; set; }
    public string? Title { get; set; }
    public JsonNode? Value { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
