using System.Text.Json;
using System.Text.Json.Nodes;
using ChatFlow.Skills.Conversations;

namespace ChatFlow.Bot.Channels.DirectLine;

/// <summary>Maps a verified, stamped user activity to the channel-neutral <see cref="Turn"/>.</summary>
internal static class DirectLineTurnMapper
{
    /// <summary>Channel name of Direct Line turns, inbox rows and outbox rows.</summary>
    public const string Channel = "directline";

    /// <summary>The inbox ordering key of a user in a conversation.</summary>
    public static string ConversationKey(string conversationId, string userId) => $"{Channel}:{conversationId}:{userId}";

    /// <summary>The turn of a <c>message</c> activity whose <c>id</c>, <c>from.id</c> and <c>conversation.id</c> the
    /// endpoint has already set.</summary>
    public static Turn ToTurn(Activity activity, string conversationId, string userId, long receivedAtMs) => new()
    {
        TurnId = activity.Id!,
        Channel = Channel,
        ConversationId = conversationId,
        User = new ChannelUser(userId, string.IsNullOrWhiteSpace(activity.From?.Name) ? null : activity.From.Name),
        Kind = TurnKind.Message,
        Text = activity.Text,
        Submission = ToSubmission(activity.Value),
        Locale = activity.Locale ?? "",
        TimeZone = UserTimeZone(activity),
        ReceivedAtMs = receivedAtMs,
    };

    /// <summary>The user's time zone: the activity's <c>localTimezone</c> (IANA id, sent by Web Chat), else the UTC
    /// offset of its <c>localTimestamp</c>, else <c>null</c>.</summary>
    private static string? UserTimeZone(Activity activity)
    {
        if (activity.Extra?.TryGetValue("localTimezone", out var zone) == true && zone.ValueKind == JsonValueKind.String
            && zone.GetString() is { Length: > 0 and <= 64 } id)
            return id;

        // ISO 8601 with an offset: "2026-11-23T09:30:00.000+09:00".
        return activity.LocalTimestamp is { Length: > 16 } local && local[^6] is '+' or '-' && local[^3] == ':'
            ? local[^6..]
            : null;
    }

    /// <summary>A form submission from an Adaptive Card <c>Action.Submit</c> value: an object holding
    /// <c>{"chatflow":{"action","token"}}</c>; its other top-level properties are the input values.</summary>
    /// <returns>The submission, or <c>null</c> when the value is not a ChatFlow submission.</returns>
    public static FormSubmission? ToSubmission(JsonNode? value)
    {
        if (value is not JsonObject data
            || data["chatflow"] is not JsonObject meta
            || meta["action"] is not JsonValue actionNode
            || !actionNode.TryGetValue<string>(out var action)
            || string.IsNullOrEmpty(action))
            return null;

        string? stateToken = meta["token"] is JsonValue tokenNode && tokenNode.TryGetValue<string>(out var token) ? token : null;
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, node) in data)
        {
            if (name == "chatflow" || node is null)
                continue;
            values[name] = node.GetValueKind() == JsonValueKind.String ? node.GetValue<string>() : node.ToJsonString();
        }

        return new FormSubmission(action, stateToken, values);
    }
}
