namespace ChatFlow.Bot.Channels.Slack.WebApi;

/// <summary>A Slack Web API method answered <c>{"ok":false,"error":"…"}</c>. The message names the method and the
/// error code, never the token.</summary>
/// <remarks>Error codes per method: https://docs.slack.dev/reference/methods</remarks>
public sealed class SlackApiException : Exception
{
    private static readonly HashSet<string> TransientErrors = new(StringComparer.Ordinal)
    {
        "internal_error", "fatal_error", "service_unavailable", "request_timeout", "ratelimited", "rate_limited",
        "team_added_to_org", "accesslimited",
    };

    /// <summary>Creates the exception.</summary>
    public SlackApiException() : this("unknown", "unknown_error") { }

    /// <summary>Creates the exception.</summary>
    public SlackApiException(string message) : base(message) => (Method, Error) = ("unknown", "unknown_error");

    /// <summary>Creates the exception.</summary>
    public SlackApiException(string message, Exception innerException) : base(message, innerException) =>
        (Method, Error) = ("unknown", "unknown_error");

    /// <summary>Creates the exception for <paramref name="method"/>'s <paramref name="error"/>.</summary>
    /// <param name="method">The Web API method (<c>chat.postMessage</c>).</param>
    /// <param name="error">Slack's error code (<c>channel_not_found</c>, <c>invalid_auth</c>).</param>
    /// <param name="details">Slack's <c>response_metadata.messages</c>, if any.</param>
    public SlackApiException(string method, string error, IReadOnlyList<string>? details = null)
        : base(details is { Count: > 0 } ? $"Slack {method} failed: {error} ({string.Join("; ", details)})" : $"Slack {method} failed: {error}")
    {
        Method = method;
        Error = error;
    }

    /// <summary>The Web API method that failed.</summary>
    public string Method { get; }

    /// <summary>Slack's error code.</summary>
    public string Error { get; }

    /// <summary>Whether retrying the same call later may succeed (Slack-side trouble); all other codes (bad token,
    /// unknown channel, invalid blocks …) fail the same way every time.</summary>
    public bool IsTransient => TransientErrors.Contains(Error);
}
