using System.ComponentModel.DataAnnotations;

namespace ChatFlow.Bot.Channels.DirectLine;

/// <summary>Direct Line 3.0 channel and Web Chat page settings, section <c>ChatFlow:DirectLine</c>
/// (environment: <c>ChatFlow__DirectLine__Secret</c> …).</summary>
/// <remarks>Protocol: https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-direct-line-3-0-concepts</remarks>
public sealed class DirectLineOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "ChatFlow:DirectLine";

    /// <summary>The Direct Line secret a trusted back end presents as <c>Authorization: Bearer {secret}</c> to
    /// generate tokens or start conversations. Never logged.</summary>
    /// <value>Default: none; a random 32-byte secret is generated once and kept in
    /// <c>{ChatFlow:DataDirectory}/directline.secret</c>. When set, at least 32 characters.</value>
    [MinLength(32)]
    public string? Secret { get; set; }

    /// <summary>How long a Direct Line token is valid; <c>tokens/refresh</c> issues a new one before it ends.</summary>
    /// <value>Default 30 minutes; between 1 minute and 24 hours.</value>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Whether <c>POST /api/webchat/token</c> answers callers that are not on the loopback interface.</summary>
    /// <value>Default <c>false</c>: only the machine itself (development) may mint Web Chat tokens.</value>
    public bool WebChatAllowRemote { get; set; }
}
