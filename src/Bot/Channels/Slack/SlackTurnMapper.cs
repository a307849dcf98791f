using System.Text.Json;
using System.Text.RegularExpressions;
using ChatFlow.Bot.Channels.Slack.Delivery;
using ChatFlow.Skills.Conversations;
using ChatFlow.Skills.Forms.BlockKit;

namespace ChatFlow.Bot.Channels.Slack;

/// <summary>What the channel does with one inbound Slack payload: store a turn, or ignore it (with a reason for
/// the logs and the conformance tests).</summary>
/// <param name="Turn">The turn to store, or <c>null</c> when ignored.</param>
/// <param name="EventId">The inbox dedupe key.</param>
/// <param name="Ignored">Why nothing is stored, or <c>null</c>.</param>
internal sealed record SlackRoute(Turn? Turn, string? EventId, string? Ignored)
{
    public static SlackRoute Ignore(string reason) => new(null, null, reason);
}

/// <summary>A press of a long form's "open" button: the modal to open belongs to this conversation and user.</summary>
/// <param name="ConversationId">The conversation (<c>{channel id}/{thread ts}</c>).</param>
/// <param name="UserId">Who pressed it.</param>
/// <param name="StateToken">The form's state token from the button, or <c>null</c>.</param>
/// <param name="TriggerId">For <c>views.open</c>; valid for 3 seconds.</param>
/// <param name="MessageTs">The message holding the button (replaced with the outcome once the modal is submitted).</param>
internal sealed record SlackOpenFormRequest(string ConversationId, string UserId, string? StateToken, string TriggerId, string MessageTs);

/// <summary>Maps verified Slack payloads to channel-neutral <see cref="Turn"/>s (pure: no I/O, no clock).</summary>
/// <remarks>Encoding agreed with the outbound side: channel <c>slack</c>; conversation
/// <c>{channel id}/{thread ts}</c> (thread ts = the message's <c>thread_ts</c>, else its own <c>ts</c>: the bot answers
/// in the thread under the user's message) — except buttons, which carry the conversation the renderer stamped into
/// their value (<see cref="SlackButtonValue.ConversationId"/>: a form a slash command posted at top level stays in
/// <c>{channel id}/</c>); <see cref="Turn.TurnId"/> = the <c>ts</c> of the message the turn came from, and for a form's
/// submit/confirm/cancel (buttons or modal) <c>{ts}#{action}</c> (<see cref="SlackReplyAddress.FormReplyToId"/>): the
/// host copies it to <see cref="OutboundReply.ReplyToId"/>, so delivery replaces the answered form with its outcome
/// (<c>chat.update</c>) even after a restart.</remarks>
internal static partial class SlackTurnMapper
{
    /// <summary>Channel name of Slack turns, inbox rows and outbox rows.</summary>
    public const string Channel = "slack";

    /// <summary>The inbox ordering key: <c>slack:{conversation id}:{user id}</c>.</summary>
    public static string ConversationKey(string conversationId, string userId) => $"{Channel}:{conversationId}:{userId}";

    /// <summary><c>{channel id}/{thread ts}</c>; an empty thread ts means "top level" (slash commands).</summary>
    public static string ConversationId(string channelId, string? threadTs) => $"{channelId}/{threadTs}";

    /// <summary>Routes an <c>event_callback</c>.</summary>
    /// <param name="callback">The envelope.</param>
    /// <param name="botUserId">The bot's own user id if known (configured or from <c>auth.test</c>); else the
    /// envelope's bot authorization is used.</param>
    /// <param name="answerChannelMessagesWithoutMention">Whether channel messages count without a mention.</param>
    /// <param name="receivedAtMs">Unix ms, stamped on the turn.</param>
    public static SlackRoute Route(EventCallback callback, string? botUserId, bool answerChannelMessagesWithoutMention, long receivedAtMs)
    {
        var e = callback.Event;
        if (e is null)
            return SlackRoute.Ignore("no inner event");
        if (string.IsNullOrEmpty(callback.EventId))
            return SlackRoute.Ignore("no event_id");
        botUserId ??= callback.Authorizations?.FirstOrDefault(a => a.IsBot)?.UserId;

        if (e.Type is not (SlackEventTypes.Message or SlackEventTypes.AppMention))
            return SlackRoute.Ignore($"event type {e.Type ?? "(none)"} not handled");
        if (!string.IsNullOrEmpty(e.BotId) || e.Subtype == SlackEventTypes.BotMessage)
            return SlackRoute.Ignore("bot message");
        if (e.Hidden == true || e.Subtype is not (null or SlackEventTypes.FileShare or SlackEventTypes.ThreadBroadcast))
            return SlackRoute.Ignore($"subtype {e.Subtype} not handled");
        if (string.IsNullOrEmpty(e.User) || string.IsNullOrEmpty(e.Channel) || string.IsNullOrEmpty(e.Ts))
            return SlackRoute.Ignore("no user, channel or ts");
        if (botUserId is not null && e.User == botUserId)
            return SlackRoute.Ignore("own message");

        var mentioned = botUserId is not null && e.Text?.Contains($"<@{botUserId}", StringComparison.Ordinal) == true;
        if (e.Type == SlackEventTypes.Message && e.ChannelType != "im" && !mentioned && !answerChannelMessagesWithoutMention)
            return SlackRoute.Ignore("channel message without a mention");

        var text = StripMention(e.Text ?? "", botUserId);
        if (text.Length == 0)
            return SlackRoute.Ignore("empty text");

        var conversationId = ConversationId(e.Channel, e.ThreadTs ?? e.Ts);
        var turn = new Turn
        {
            TurnId = e.Ts,
            Channel = Channel,
            ConversationId = conversationId,
            User = new ChannelUser(e.User, null),
            Text = text,
            ReceivedAtMs = receivedAtMs,
        };
        // Keyed by the message, not by event_id: a mention in a channel arrives twice (message.channels and
        // app_mention, two event_ids) and must run once; retries of either share the message too.
        return new SlackRoute(turn, $"msg:{e.Channel}:{e.Ts}", null);
    }

    /// <summary>Removes <c>&lt;@BOTID&gt;</c> / <c>&lt;@BOTID|name&gt;</c> and trims.</summary>
    public static string StripMention(string text, string? botUserId)
    {
        if (botUserId is not null)
            text = MentionPattern().Replace(text, m => m.Groups[1].Value == botUserId ? " " : m.Value);
        return MultiSpace().Replace(text, " ").Trim();
    }

    /// <summary>Routes a <c>block_actions</c> payload: a ChatFlow button (submit, confirm, cancel, choose) becomes a
    /// submission carrying the message's input values; other elements (a select changed before submit) are ignored.</summary>
    public static SlackRoute RouteBlockActions(SlackInteraction payload, long receivedAtMs)
    {
        var action = payload.Actions?.FirstOrDefault();
        var userId = payload.User?.Id;
        if (action is null || string.IsNullOrEmpty(userId))
            return SlackRoute.Ignore("no action or user");

        var button = SlackMetadata.ParseButton(action.Value);
        var formAction = FormAction(button?.Action) ?? FormAction(action.ActionId)
            ?? (action.Type is "static_select" or "radio_buttons" && ChoiceAction(action.ActionId) ? FormActions.Choose : null);
        if (formAction is null)
            return SlackRoute.Ignore($"element {action.ActionId} is not a ChatFlow action");

        var channelId = payload.Container?.ChannelId ?? payload.Channel?.Id;
        var messageTs = payload.Container?.MessageTs ?? payload.Message?.Ts;
        if (string.IsNullOrEmpty(channelId) || string.IsNullOrEmpty(messageTs))
            return SlackRoute.Ignore("action outside a message");
        var conversationId = button?.ConversationId
            ?? ConversationId(channelId, payload.Message?.ThreadTs ?? payload.Container?.ThreadTs ?? messageTs);

        var values = StateValues(payload.State);
        var choice = button?.Choice ?? action.SelectedOption?.Value;
        if (formAction == FormActions.Choose && choice is not null)
            values["choice"] = choice;
        var turn = new Turn
        {
            TurnId = formAction == FormActions.Choose ? messageTs : SlackReplyAddress.FormReplyToId(messageTs, formAction),
            Channel = Channel,
            ConversationId = conversationId,
            User = new ChannelUser(userId, payload.User?.Name),
            Submission = new FormSubmission(formAction, button?.Token ?? (button is null ? action.Value : null), values),
            ReceivedAtMs = receivedAtMs,
        };
        return new SlackRoute(turn, $"action:{channelId}:{messageTs}:{action.ActionTs ?? payload.TriggerId}", null);
    }

    /// <summary>Recognises a press of a long form's "open" button (<see cref="BlockKitRenderer.OpenFormAction"/>): what
    /// the channel needs to open its modal with <c>views.open</c>; <c>null</c> for any other action.</summary>
    public static SlackOpenFormRequest? RouteOpenForm(SlackInteraction payload)
    {
        var action = payload.Actions?.FirstOrDefault();
        var button = SlackMetadata.ParseButton(action?.Value);
        if (action is null || (button?.Action != BlockKitRenderer.OpenFormAction && action.ActionId != "chatflow." + BlockKitRenderer.OpenFormAction))
            return null;
        var userId = payload.User?.Id;
        var channelId = payload.Container?.ChannelId ?? payload.Channel?.Id;
        var messageTs = payload.Container?.MessageTs ?? payload.Message?.Ts;
        if (string.IsNullOrEmpty(userId) || string.IsNullOrEmpty(channelId) || string.IsNullOrEmpty(messageTs)
            || string.IsNullOrEmpty(payload.TriggerId))
            return null;
        var conversationId = button?.ConversationId
            ?? ConversationId(channelId, payload.Message?.ThreadTs ?? payload.Container?.ThreadTs ?? messageTs);
        return new SlackOpenFormRequest(conversationId, userId, button?.Token, payload.TriggerId, messageTs);
    }

    /// <summary>Routes a <c>view_submission</c>: the modal's inputs (block id = slot name) as a submit, to the
    /// conversation named in <c>private_metadata</c>.</summary>
    public static SlackRoute RouteViewSubmission(SlackInteraction payload, long receivedAtMs) =>
        RouteView(payload, FormActions.Submit, receivedAtMs);

    /// <summary>Routes a <c>view_closed</c> as a cancel of the run the modal belonged to.</summary>
    public static SlackRoute RouteViewClosed(SlackInteraction payload, long receivedAtMs) =>
        RouteView(payload, FormActions.Cancel, receivedAtMs);

    private static SlackRoute RouteView(SlackInteraction payload, string formAction, long receivedAtMs)
    {
        var userId = payload.User?.Id;
        var view = payload.View;
        var meta = SlackMetadata.ParseView(view?.PrivateMetadata);
        if (string.IsNullOrEmpty(userId) || view is null || meta?.ConversationId is null)
            return SlackRoute.Ignore("view without ChatFlow metadata");
        var turn = new Turn
        {
            TurnId = meta.MessageTs is { } messageTs ? SlackReplyAddress.FormReplyToId(messageTs, formAction) : view.Id ?? "",
            Channel = Channel,
            ConversationId = meta.ConversationId,
            User = new ChannelUser(userId, payload.User?.Name),
            Submission = new FormSubmission(formAction, meta.StateToken,
                formAction == FormActions.Submit ? StateValues(view.State) : new Dictionary<string, string>()),
            ReceivedAtMs = receivedAtMs,
        };
        return new SlackRoute(turn, $"view:{view.Id}:{view.Hash}:{formAction}", null);
    }

    /// <summary>A turn for <c>/chatflow &lt;text&gt;</c>: a new top-level conversation in the command's channel.</summary>
    public static SlackRoute RouteCommand(SlashCommand command, string text, long receivedAtMs)
    {
        if (string.IsNullOrEmpty(command.UserId) || string.IsNullOrEmpty(command.ChannelId) || string.IsNullOrEmpty(command.TriggerId))
            return SlackRoute.Ignore("command without user, channel or trigger_id");
        var turn = new Turn
        {
            TurnId = command.TriggerId,
            Channel = Channel,
            ConversationId = ConversationId(command.ChannelId, null),
            User = new ChannelUser(command.UserId, command.UserName),
            Text = text,
            ReceivedAtMs = receivedAtMs,
        };
        return new SlackRoute(turn, $"command:{command.TriggerId}", null);
    }

    /// <summary>Input values of <c>state.values</c> by block id (= slot name), each element type's value as text.</summary>
    public static Dictionary<string, string> StateValues(SlackState? state)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (state?.Values is null)
            return values;
        foreach (var (blockId, actions) in state.Values)
        {
            foreach (var (_, element) in actions)
            {
                if (ElementValue(element) is { } value)
                    values[blockId] = value;
            }
        }

        return values;
    }

    /// <summary>The submitted value of one element state, by its type's key; <c>null</c> when empty.</summary>
    public static string? ElementValue(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
            return null;
        foreach (var key in (string[])["value", "selected_date", "selected_time", "selected_user", "selected_conversation", "selected_channel"])
        {
            if (element.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String)
                return v.GetString();
        }

        if (element.TryGetProperty("selected_date_time", out var dt) && dt.ValueKind == JsonValueKind.Number)
            return dt.GetRawText();
        if (element.TryGetProperty("selected_option", out var option) && option.ValueKind == JsonValueKind.Object
            && option.TryGetProperty("value", out var ov) && ov.ValueKind == JsonValueKind.String)
            return ov.GetString();
        if (element.TryGetProperty("type", out var type) && type.ValueEquals("checkboxes")
            && element.TryGetProperty("selected_options", out var boxes) && boxes.ValueKind == JsonValueKind.Array
            && boxes.GetArrayLength() == 0)
            return "false"; // the renderer's yes/no checkbox: none ticked means no
        foreach (var key in (string[])["selected_options", "selected_users", "selected_conversations", "selected_channels"])
        {
            if (element.TryGetProperty(key, out var list) && list.ValueKind == JsonValueKind.Array)
                return string.Join(",", list.EnumerateArray().Select(i =>
                    i.ValueKind == JsonValueKind.Object && i.TryGetProperty("value", out var iv) ? iv.GetString() : i.GetString()));
        }

        return null;
    }

    /// <summary>The <see cref="FormActions"/> name an action id or button value stands for: the name itself, or
    /// the last segment after <c>.</c>, <c>:</c> or <c>/</c> (<c>chatflow.submit</c>).</summary>
    public static string? FormAction(string? id)
    {
        if (string.IsNullOrEmpty(id))
            return null;
        var last = id[(id.LastIndexOfAny(['.', ':', '/']) + 1)..];
        return last switch
        {
            FormActions.Submit or FormActions.Confirm or FormActions.Cancel or FormActions.Choose => last,
            _ => null,
        };
    }

    private static bool ChoiceAction(string? actionId) => actionId?.Contains(FormActions.Choose, StringComparison.Ordinal) == true;

    [GeneratedRegex(@"<@([A-Z0-9]+)(?:\|[^>]*)?>")]
    private static partial Regex MentionPattern();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex MultiSpace();
}
