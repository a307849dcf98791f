namespace ChatFlow.Bot.Channels.DirectLine;

/// <summary>Activity <c>type</c> values ChatFlow acts on; any other string is kept as is.</summary>
/// <remarks>https://github.com/microsoft/botframework-sdk/blob/main/specs/botframework-activity/botframework-activity.md</remarks>
internal static class ActivityTypes
{
    public const string Message = "message";
    public const string Typing = "typing";
    public const string Event = "event";
    public const string ConversationUpdate = "conversationUpdate";
    public const string EndOfConversation = "endOfConversation";
}
