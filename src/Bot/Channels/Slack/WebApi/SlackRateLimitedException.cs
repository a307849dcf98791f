namespace ChatFlow.Bot.Channels.Slack.WebApi;

/// <summary>A Slack call was refused for rate limiting: HTTP 429 from Slack (<see cref="IsClientSide"/> <c>false</c>),
/// or ChatFlow's own limiter could not grant a permit in time (<c>true</c>). Retry after <see cref="RetryAfter"/>.</summary>
/// <remarks>https://docs.slack.dev/apis/web-api/rate-limits</remarks>
public sealed class SlackRateLimitedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SlackRateLimitedException() : this("unknown", TimeSpan.FromSeconds(1), false) { }

    /// <summary>Creates the exception.</summary>
    public SlackRateLimitedException(string message) : base(message) => Method = "unknown";

    /// <summary>Creates the exception.</summary>
    public SlackRateLimitedException(string message, Exception innerException) : base(message, innerException) => Method = "unknown";

    /// <summary>Creates the exception.</summary>
    /// <param name="method">The Web API method.</param>
    /// <param name="retryAfter">How long to wait (Slack's <c>Retry-After</c>, seconds on the wire).</param>
    /// <param name="isClientSide">Whether ChatFlow's own limiter refused the call (Slack never saw it).</param>
    public SlackRateLimitedException(string method, TimeSpan retryAfter, bool isClientSide)
        : base($"Slack {method} is rate limited; retry after {retryAfter.TotalSeconds:0.###} s")
    {
        Method = method;
        RetryAfter = retryAfter;
        IsClientSide = isClientSide;
    }

    /// <summary>The Web API method.</summary>
    public string Method { get; }

    /// <summary>How long to wait before retrying.</summary>
    public TimeSpan RetryAfter { get; }

    /// <summary>Whether ChatFlow's own limiter refused the call before it was sent.</summary>
    public bool IsClientSide { get; }
}
