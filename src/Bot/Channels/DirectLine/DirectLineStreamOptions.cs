namespace ChatFlow.Bot.Channels.DirectLine;

/// <summary>Timing of WebSocket streams (not configuration: fixed, overridable in tests).</summary>
internal sealed class DirectLineStreamOptions
{
    /// <summary>How often an idle stream re-reads the store, catching activities another replica wrote.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a stream may stay silent before an empty keep-alive message.</summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How long to wait for the client's close frame after the server's on shutdown.</summary>
    public TimeSpan CloseTimeout { get; set; } = TimeSpan.FromSeconds(2);
}
