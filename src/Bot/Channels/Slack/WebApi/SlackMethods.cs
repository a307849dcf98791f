namespace ChatFlow.Bot.Channels.Slack.WebApi;

/// <summary>Names and rate-limit tiers of the Web API methods ChatFlow calls (tiers from the method reference).</summary>
internal static class SlackMethods
{
    public const string PostMessage = "chat.postMessage";
    public const string Update = "chat.update";
    public const string PostEphemeral = "chat.postEphemeral";
    public const string ViewsOpen = "views.open";
    public const string UsersInfo = "users.info";
    public const string ConversationsOpen = "conversations.open";
    public const string AuthTest = "auth.test";
    public const string AppsConnectionsOpen = "apps.connections.open";

    /// <summary>The tier (2–4) whose per-minute budget applies, or 0 for special-tier methods limited otherwise
    /// (<c>chat.postMessage</c>: per channel; <c>auth.test</c>: called once).</summary>
    public static int TierOf(string method) => method switch
    {
        Update or ConversationsOpen or AppsConnectionsOpen => 3,
        UsersInfo or ViewsOpen or PostEphemeral => 4,
        PostMessage or AuthTest => 0,
        _ => 2,
    };

    /// <summary>Whether the method posts a message into a channel (about one per second per channel).</summary>
    public static bool IsMessage(string method) => method is PostMessage or PostEphemeral;
}
