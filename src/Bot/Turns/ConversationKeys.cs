namespace ChatFlow.Bot.Turns;

/// <summary>The ordering and state key of a (channel, conversation, user): <c>{channel}:{conversation id}:{user id}</c>.</summary>
internal static class ConversationKeys
{
    public static string For(string channel, string conversationId, string userId) => $"{channel}:{conversationId}:{userId}";
}
