using System.ComponentModel.DataAnnotations;

namespace ChatFlow.Bot.Channels.Slack;

/// <summary>Inbound-only Slack settings, in the same section as <see cref="SlackOptions"/> (<c>ChatFlow:Slack</c>).</summary>
internal sealed class SlackInboundOptions
{
    /// <summary>Largest accepted request body (events, interactivity, commands).</summary>
    /// <value>Default 1 MiB (1,048,576 bytes); between 1 KiB and 16 MiB.</value>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxRequestBytes { get; set; } = 1024 * 1024;

    /// <summary>Whether channel (<c>channel</c>, <c>group</c>, <c>mpim</c>) messages that do not mention the bot
    /// start turns too. Direct messages and mentions always do.</summary>
    /// <value>Default <c>false</c>: in channels the bot answers only when mentioned.</value>
    public bool AnswerChannelMessagesWithoutMention { get; set; }

    /// <summary>First wait before reconnecting a dropped Socket Mode connection; doubled per failure up to 30 s.</summary>
    /// <value>Default 1 second; between 0 and 1 minute.</value>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan SocketModeReconnectDelay { get; set; } = TimeSpan.FromSeconds(1);
}
