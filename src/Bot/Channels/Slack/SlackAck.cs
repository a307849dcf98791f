namespace ChatFlow.Bot.Channels.Slack;

/// <summary>The answer to one inbound Slack payload, whichever transport carried it: an HTTP status and an optional
/// JSON body (over Socket Mode, the body becomes the envelope ack's <c>payload</c>).</summary>
/// <param name="StatusCode">200 when handled (stored, duplicate or ignored), 4xx when refused.</param>
/// <param name="BodyJson">JSON body, or <c>null</c> for an empty 200.</param>
/// <param name="Outcome">What happened, for logs and tests: <c>stored</c>, <c>duplicate</c>, <c>ignored</c>,
/// <c>answered</c>, <c>invalid</c> or <c>refused</c>.</param>
internal sealed record SlackAck(int StatusCode, string? BodyJson, string Outcome)
{
    public static SlackAck Stored { get; } = new(StatusCodes.Status200OK, null, "stored");
    public static SlackAck Duplicate { get; } = new(StatusCodes.Status200OK, null, "duplicate");
    public static SlackAck Ignored { get; } = new(StatusCodes.Status200OK, null, "ignored");
    public static SlackAck Opened { get; } = new(StatusCodes.Status200OK, null, "answered");
    public static SlackAck Bad { get; } = new(StatusCodes.Status400BadRequest, null, "refused");
}
