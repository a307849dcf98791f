using System.ComponentModel.DataAnnotations;

namespace ChatFlow.Bot.Channels.Slack;

/// <summary>Slack channel settings, section <c>ChatFlow:Slack</c> (environment: <c>ChatFlow__Slack__BotToken</c> …).
/// The Slack channel is on only when this section exists; then the secrets are required and checked at start-up.</summary>
/// <remarks>A class, not a record: it holds secrets, and a record's <c>ToString</c> would print them.
/// Protocol: https://api.slack.com/authentication/verifying-requests-from-slack, https://api.slack.com/web</remarks>
public sealed class SlackOptions : IValidatableObject
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "ChatFlow:Slack";

    /// <summary>The app's signing secret (Basic Information → App Credentials), the HMAC-SHA256 key of the v0
    /// request signature. Never logged.</summary>
    [Required]
    public string SigningSecret { get; set; } = "";

    /// <summary>The bot user OAuth token (<c>xoxb-…</c>), sent as <c>Authorization: Bearer</c> on each Web API
    /// request. Never logged.</summary>
    [Required]
    public string BotToken { get; set; } = "";

    /// <summary>The app-level token (<c>xapp-…</c>, scope <c>connections:write</c>) for Socket Mode
    /// (<c>apps.connections.open</c>). Never logged.</summary>
    /// <value>Default: none; Socket Mode is off and Slack must reach the HTTP endpoints.</value>
    public string? AppToken { get; set; }

    /// <summary>Base address of the Slack Web API; method names are appended (<c>chat.postMessage</c>).</summary>
    /// <value>Default <c>https://slack.com/api/</c>. Absolute, ending with <c>/</c>. Tests and the load harness point
    /// it at a local fake.</value>
    [Required]
    public Uri ApiBaseUrl { get; set; } = new("https://slack.com/api/");

    /// <summary>The bot's own Slack user id (<c>U…</c>), used to ignore its own messages and to find mentions.</summary>
    /// <value>Default: none; read once from <c>auth.test</c>.</value>
    public string? BotUserId { get; set; }

    /// <summary>How far a request's <c>X-Slack-Request-Timestamp</c> may be from now.</summary>
    /// <value>Default 5 minutes (Slack's recommendation); between 1 second and 1 hour.</value>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan RequestTimestampWindow { get; set; } = TimeSpan.FromMinutes(5);

    // Rate limits (client side, so we never burst; https://api.slack.com/apis/rate-limits).

    /// <summary>Least spacing between two <c>chat.postMessage</c>/<c>chat.postEphemeral</c> calls to one channel.</summary>
    /// <value>Default 1 second (Slack: about one message per second per channel); between 0 and 1 minute.</value>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan MessageSpacingPerChannel { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Tier 2 (and stricter) methods, such as <c>apps.connections.open</c>: calls per minute.</summary>
    /// <value>Default 20 per minute; between 1 and 1000.</value>
    [Range(1, 1000)]
    public int Tier2PerMinute { get; set; } = 20;

    /// <summary>Tier 3 methods (<c>chat.update</c>, <c>conversations.open</c>, <c>auth.test</c>): calls per minute.</summary>
    /// <value>Default 50 per minute; between 1 and 1000.</value>
    [Range(1, 1000)]
    public int Tier3PerMinute { get; set; } = 50;

    /// <summary>Tier 4 methods (<c>users.info</c>, <c>views.open</c>, <c>chat.postEphemeral</c>): calls per minute.</summary>
    /// <value>Default 100 per minute; between 1 and 1000.</value>
    [Range(1, 1000)]
    public int Tier4PerMinute { get; set; } = 100;

    /// <summary>Longest a call waits for a client-side rate-limit permit before it fails as rate limited (and the
    /// outbox retries it later).</summary>
    /// <value>Default 30 seconds; between 0 and 10 minutes.</value>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan RateLimitQueueTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Timeout of one Web API request.</summary>
    /// <value>Default 10 seconds; between 1 second and 2 minutes.</value>
    [Range(typeof(TimeSpan), "00:00:01", "00:02:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    // Delivery (outbox) retries.

    /// <summary>Delivery attempts before an outbox row is dead-lettered (kept for admins).</summary>
    /// <value>Default 8; between 1 and 100. Permanent errors (<c>invalid_auth</c>, <c>channel_not_found</c> …)
    /// are dead-lettered at once.</value>
    [Range(1, 100)]
    public int DeliveryMaxAttempts { get; set; } = 8;

    /// <summary>First retry delay after a transient delivery failure, doubled per attempt. A <c>429</c> waits its
    /// <c>Retry-After</c> instead.</summary>
    /// <value>Default 1 second; between 0 and 1 hour.</value>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan DeliveryInitialBackoff { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest retry delay.</summary>
    /// <value>Default 5 minutes; between 0 and 1 day.</value>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan DeliveryMaxBackoff { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Fallback poll of the outbox when no signal comes (rows written by other replicas).</summary>
    /// <value>Default 1 second; between 10 ms and 1 minute.</value>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan DeliveryPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Outbox rows read per batch.</summary>
    /// <value>Default 200; between 1 and 1000.</value>
    [Range(1, 1000)]
    public int DeliveryBatchSize { get; set; } = 200;

    /// <summary>Conversations whose replies are posted at the same time within a batch (each conversation's replies
    /// still go one after another, in order).</summary>
    /// <value>Default 16; between 1 and 256.</value>
    [Range(1, 256)]
    public int DeliveryConcurrency { get; set; } = 16;

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ApiBaseUrl is { } url && (!url.IsAbsoluteUri || !url.AbsolutePath.EndsWith('/')))
            yield return new ValidationResult(
                $"{SectionName}:ApiBaseUrl must be an absolute URL ending with '/', such as https://slack.com/api/.",
                [nameof(ApiBaseUrl)]);
        if (DeliveryMaxBackoff < DeliveryInitialBackoff)
            yield return new ValidationResult(
                $"{SectionName}:DeliveryMaxBackoff must not be shorter than DeliveryInitialBackoff.",
                [nameof(DeliveryMaxBackoff)]);
    }
}
