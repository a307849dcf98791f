using System.Globalization;
using System.Text.Json.Nodes;
using ChatFlow.Skills.Conversations;

namespace ChatFlow.Bot.Channels.DirectLine;

/// <summary>Renders an outbox reply as a Direct Line <c>message</c> activity from the bot.</summary>
internal sealed class DirectLineReplyRenderer(IReplyCardRenderer cards)
{
    /// <summary>The bot's account on Direct Line.</summary>
    public const string BotId = "chatflow";

    /// <summary>The bot's display name.</summary>
    public const string BotName = "ChatFlow";

    /// <summary>Content type of Adaptive Card attachments.</summary>
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>The bot activity id of an outbox row: the same row always gets the same id.</summary>
    public static string BotActivityId(string conversationId, long outboxId) =>
        string.Create(CultureInfo.InvariantCulture, $"{conversationId}|b{outboxId:D7}");

    /// <summary>The message activity for <paramref name="outbound"/>, stamped with id, time and addresses.</summary>
    public Activity Render(OutboundReply outbound, long outboxId, DateTimeOffset now)
    {
        var reply = outbound.Reply;
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Id = BotActivityId(outbound.ConversationId, outboxId),
            Timestamp = now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            ChannelId = DirectLineTurnMapper.Channel,
            From = new ChannelAccount { Id = BotId, Name = BotName, Role = "bot" },
            Recipient = new ChannelAccount { Id = outbound.UserId, Role = "user" },
            Conversation = new ChannelAccount { Id = outbound.ConversationId },
            ReplyToId = outbound.ReplyToId,
            Locale = reply.Locale,
            Text = reply.Text,
        };

        if (reply.Form is not null || reply.Confirmation is not null || reply.SignIn is not null)
        {
            var card = cards.Render(reply);
            if (card is not null)
                activity.Attachments = [new Attachment { ContentType = AdaptiveCardContentType, Content = card }];
            else if (reply.SignIn is { } signIn)
                // Without a card the link must still reach the user.
                activity.Text = $"{reply.Text ?? signIn.Text}\n\n[{signIn.ButtonTitle}]({signIn.Url.AbsoluteUri})".TrimStart();
        }

        if (reply.SuggestedActions.Count > 0)
        {
            activity.SuggestedActions = new SuggestedActions
            {
                Actions = [.. reply.SuggestedActions.Select(choice => new CardAction
                {
                    Type = "imBack",
                    Title = choice.Title,
                    Value = JsonValue.Create(choice.Value),
                })],
            };
        }

        activity.TextFormat = activity.Text is null ? null : "markdown";
        return activity;
    }
}
