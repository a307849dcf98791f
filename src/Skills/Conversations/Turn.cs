namespace ChatFlow.Skills.Conversations;

/// <summary>One inbound event, channel-neutral: what the middle of the bot works on.</summary>
/// <remarks>Built by a channel's parse step from its own payload (a Bot Framework activity, a Slack event
/// callback …) after the request was verified and stored in the inbox.</remarks>
public sealed record Turn
{
    /// <summary>The channel's id of the event (activity id, Slack <c>event_id</c>); the inbox's dedupe key.</summary>
    public required string TurnId { get; init; }

    /// <summary>Channel name: <c>directline</c>, <c>slack</c> or <c>msteams</c>.</summary>
    public required string Channel { get; init; }

    /// <summary>The channel's conversation id (Direct Line conversation, Slack channel + thread, Teams conversation).</summary>
    public required string ConversationId { get; init; }

    /// <summary>Who sent it, as the channel verified them.</summary>
    public required ChannelUser User { get; init; }

    /// <summary>What started the turn.</summary>
    public TurnKind Kind { get; init; } = TurnKind.Message;

    /// <summary>The utterance the user typed, or <c>null</c> for a pure form submission.</summary>
    public string? Text { get; init; }

    /// <summary>A form submission or button press, or <c>null</c> for typed text.</summary>
    public FormSubmission? Submission { get; init; }

    /// <summary>BCP 47 locale the channel reported (<c>en-US</c>, <c>ko-KR</c>); may be empty.</summary>
    public string Locale { get; init; } = "";

    /// <summary>The user's time zone as the client reported it: an IANA id (Bot Framework <c>localTimezone</c>, e.g.
    /// <c>Asia/Seoul</c>) or a UTC offset (<c>+09:00</c>, from <c>localTimestamp</c>); <c>null</c> when unknown (the
    /// bot's default zone applies). Relative dates (<c>tomorrow</c>, <c>지난달</c>) resolve in it.</summary>
    public string? TimeZone { get; init; }

    /// <summary>When the inbox stored the event, Unix milliseconds.</summary>
    public long ReceivedAtMs { get; init; }
}
