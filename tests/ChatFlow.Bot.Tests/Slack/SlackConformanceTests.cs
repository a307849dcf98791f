using System.Text;
using System.Text.Json;
using ChatFlow.Bot.Channels.Slack;
using ChatFlow.Skills.Conversations;
using Xunit;

namespace ChatFlow.Bot.Tests.Slack;

/// <summary>Every payload in <c>shared/fixtures/slack/{events,interactivity,slash-commands,socket-mode}</c> is parsed
/// and either routed to a turn or deliberately ignored, with the reason asserted.</summary>
public sealed class SlackConformanceTests
{
    private const string Bot = "UBOT";

    /// <summary>File → expected outcome: <c>routed</c>, <c>answered</c> (immediate body), <c>frame</c> (Socket Mode
    /// control message) or <c>ignored:{reason fragment}</c>.</summary>
    public static TheoryData<string, string> Expected => new()
    {
        { "events/app_mention.bolt-python.json", "routed" },
        { "events/app_mention.json", "routed" },
        { "events/message.bot_message.classic.bolt-python.json", "ignored:bot message" },
        { "events/message.bot_message.json", "ignored:bot message" },
        { "events/message.channels.bolt-python.json", "ignored:without a mention" },
        { "events/message.channels.json", "ignored:without a mention" },
        { "events/message.file_share.bolt-python.json", "ignored:without a mention" },
        { "events/message.from-other-app.bot_id.bolt-python.json", "ignored:bot message" },
        { "events/message.im.json", "routed" },
        { "events/message.message_changed.bolt-python.json", "ignored:subtype message_changed" },
        { "events/message.message_changed.json", "ignored:subtype message_changed" },
        { "events/message.user-with-authorizations.bolt-python.json", "ignored:without a mention" },
        { "events/url_verification.bolt-python.json", "answered" },
        { "events/url_verification.json", "answered" },
        { "interactivity/block_actions.button.bolt-python.json", "ignored:not a ChatFlow action" },
        { "interactivity/block_actions.button.form-body.txt", "ignored:not a ChatFlow action" },
        { "interactivity/shortcut.global.bolt-python.json", "ignored:type shortcut" },
        { "interactivity/shortcut.message_action.bolt-python.json", "ignored:type message_action" },
        { "interactivity/view_submission.plain_text_input.bolt-python.json", "ignored:without ChatFlow metadata" },
        { "interactivity/view_submission.response_urls.bolt-python.json", "ignored:without ChatFlow metadata" },
        { "slash-commands/slash-command.bolt-python.txt", "routed" },
        { "slash-commands/slash-command.signing-vector.txt", "answered" },
        { "socket-mode/ack.with-payload.json", "frame" },
        { "socket-mode/disconnect.too_many_websockets.json", "frame" },
        { "socket-mode/envelope.events_api.app_mention.json", "routed" },
        { "socket-mode/envelope.events_api.message.json", "ignored:without a mention" },
        { "socket-mode/envelope.events_api.retry_timeout.json", "ignored:without a mention" },
        { "socket-mode/envelope.interactive.shortcut.json", "ignored:type shortcut" },
        { "socket-mode/envelope.slash_commands.json", "answered" },
        { "socket-mode/hello.json", "frame" },
    };

    [Fact]
    public void Expected_CoversEveryFixture_NoneMissing()
    {
        var listed = Expected.Select(row => (string)row[0]).ToHashSet();
        var files = new[] { "events", "interactivity", "slash-commands", "socket-mode" }
            .SelectMany(SlackFixtures.Files)
            .Where(f => !f.EndsWith(".schema.json", StringComparison.Ordinal)) // a JSON Schema, not a payload
            .ToList();
        Assert.Empty(files.Except(listed));
        Assert.Empty(listed.Except(files));
    }

    [Theory]
    [MemberData(nameof(Expected))]
    public void Route_Fixture_RoutedOrIgnoredAsExpected(string file, string expected)
    {
        var outcome = Outcome(file);
        if (expected.StartsWith("ignored:", StringComparison.Ordinal))
        {
            Assert.StartsWith("ignored:", outcome, StringComparison.Ordinal);
            Assert.Contains(expected["ignored:".Length..], outcome, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(expected, outcome);
        }
    }

    [Fact]
    public void Route_FileShareWhenChannelMessagesAnswered_RoutedWithText()
    {
        var callback = Callback("events/message.file_share.bolt-python.json");
        var route = SlackTurnMapper.Route(callback, Bot, answerChannelMessagesWithoutMention: true, 1);
        Assert.Equal("Here is your file!", route.Turn?.Text);
    }

    [Fact]
    public void Route_BotIdFromAuthorizations_OwnMessageIgnored()
    {
        // The envelope's bot authorization (is_bot) names the bot; the message is from that user.
        var callback = Callback("events/message.file_share.bolt-python.json");
        var route = SlackTurnMapper.Route(callback, null, answerChannelMessagesWithoutMention: true, 1);
        Assert.Equal("own message", route.Ignored);
    }

    [Fact]
    public void Route_DirectMessage_TurnInThreadOfTheMessage()
    {
        var route = SlackTurnMapper.Route(Callback("events/message.im.json"), Bot, false, 42);
        var turn = Assert.IsType<Turn>(route.Turn);
        Assert.Equal("slack", turn.Channel);
        Assert.Equal("D024BE91L/1355517523.000005", turn.ConversationId);
        Assert.Equal("1355517523.000005", turn.TurnId);
        Assert.Equal("U2147483697", turn.User.Id);
        Assert.Equal("Hello hello can you hear me?", turn.Text);
        Assert.Equal("msg:D024BE91L:1355517523.000005", route.EventId);
        Assert.Equal(42, turn.ReceivedAtMs);
    }

    [Fact]
    public void Route_MentionOfTheBot_MentionStripped()
    {
        var route = SlackTurnMapper.Route(Callback("events/app_mention.json"), "U0LAN0Z89", false, 1);
        Assert.Equal("is it everything a river should be?", route.Turn?.Text);
    }

    [Fact]
    public void Route_MessageAndAppMentionOfOneMessage_SameInboxKey()
    {
        var mention = SlackTurnMapper.Route(Envelope("socket-mode/envelope.events_api.app_mention.json"), Bot, false, 1);
        var asMessage = Envelope("socket-mode/envelope.events_api.app_mention.json");
        asMessage.EventId = "Ev222";
        asMessage.Event!.Type = "message";
        asMessage.Event.ChannelType = "channel";
        asMessage.Event.Text = "<@U111> hi";
        var message = SlackTurnMapper.Route(asMessage, "U111", false, 1);
        Assert.NotNull(mention.EventId);
        Assert.Equal(mention.EventId, message.EventId);
    }

    [Fact]
    public void Route_ThreadReply_ConversationIsTheThread()
    {
        var json = Encoding.UTF8.GetString(SlackFixtures.Read("events/message.im.json"))
            .Replace("\"ts\": \"1355517523.000005\"", "\"ts\": \"1355517599.000001\", \"thread_ts\": \"1355517523.000005\"", StringComparison.Ordinal);
        var route = SlackTurnMapper.Route(JsonSerializer.Deserialize(json, SlackJsonContext.Default.EventCallback)!, Bot, false, 1);
        Assert.Equal("D024BE91L/1355517523.000005", route.Turn?.ConversationId);
        Assert.Equal("1355517599.000001", route.Turn?.TurnId);
    }

    [Fact]
    public void ParseEvent_UnknownOuterType_KeptNotRefused()
    {
        using var doc = JsonDocument.Parse("""{"type":"app_rate_limited","team_id":"T1","minute_rate_limited":1518467820}""");
        var payload = Assert.IsType<UnknownSlackPayload>(SlackInbound.ParseEvent(doc.RootElement));
        Assert.Equal("app_rate_limited", payload.OuterType);
        Assert.Equal(1518467820, payload.Root.GetProperty("minute_rate_limited").GetInt64());
    }

    [Fact]
    public void ParseEventBytes_UnknownOuterType_KeptNotRefused()
    {
        var payload = Assert.IsType<UnknownSlackPayload>(
            SlackInbound.ParseEvent("""{"team_id":"T1","type":"app_rate_limited","minute_rate_limited":1518467820}"""u8));
        Assert.Equal("app_rate_limited", payload.OuterType);
        Assert.Equal(1518467820, payload.Root.GetProperty("minute_rate_limited").GetInt64());
    }

    [Fact]
    public void ParseEventBytes_InnerTypeBeforeOuterType_ReadsTheOuterOne()
    {
        var payload = SlackInbound.ParseEvent(
            """{"event":{"type":"message","text":"hi","blocks":[{"type":"rich_text"}]},"authorizations":[{"type":"x"}],"type":"event_callback","event_id":"Ev1"}"""u8);
        var callback = Assert.IsType<EventCallback>(payload);
        Assert.Equal("Ev1", callback.EventId);
        Assert.Equal("message", callback.Event?.Type);
    }

    [Theory]
    [InlineData("[1,2]")]
    [InlineData("{\"type\":\"event_callback\",")]
    [InlineData("{\"type\":\"event_callback\",\"event\":\"a string\"}")]
    public void ParseEventBytes_NotAnObjectOrWrongShape_Throws(string body) =>
        Assert.ThrowsAny<JsonException>(() => SlackInbound.ParseEvent(Encoding.UTF8.GetBytes(body)));

    [Fact]
    public void ParseEvent_EventCallback_UnknownFieldsKept()
    {
        var callback = Callback("events/message.channels.bolt-python.json");
        Assert.True(callback.Event!.Extra!.ContainsKey("blocks"));
    }

    private static string Outcome(string file)
    {
        var bytes = SlackFixtures.Read(file);
        if (file.StartsWith("slash-commands/", StringComparison.Ordinal))
        {
            Assert.True(SlackApi.TryParseForm(bytes, out var form));
            return Command(SlashCommand.From(form));
        }

        if (file.EndsWith(".form-body.txt", StringComparison.Ordinal))
        {
            Assert.True(SlackApi.TryParseForm(bytes, out var form));
            using var doc = JsonDocument.Parse(form["payload"].ToString());
            return Interaction(doc.RootElement);
        }

        using var document = JsonDocument.Parse(bytes);
        var root = document.RootElement;
        if (file.StartsWith("socket-mode/", StringComparison.Ordinal))
        {
            var message = root.Deserialize(SlackJsonContext.Default.SocketModeMessage)!;
            return message.Type switch
            {
                SocketModeTypes.EventsApi => Event(message.Payload!.Value),
                SocketModeTypes.Interactive => Interaction(message.Payload!.Value),
                SocketModeTypes.SlashCommands => Command(SlashCommand.From(name =>
                    message.Payload!.Value.TryGetProperty(name, out var v) ? v.GetString() : null)),
                SocketModeTypes.Hello or SocketModeTypes.Disconnect => "frame",
                null when message.EnvelopeId is not null => "frame", // an ack we send
                _ => "unknown",
            };
        }

        // Events as the HTTP endpoint parses them: straight from the bytes.
        return file.StartsWith("interactivity/", StringComparison.Ordinal) ? Interaction(root) : Event(SlackInbound.ParseEvent(bytes));
    }

    private static string Event(JsonElement root) => Event(SlackInbound.ParseEvent(root));

    private static string Event(SlackPayload payload) => payload switch
    {
        UrlVerification { Challenge: not null } => "answered",
        EventCallback callback => Describe(SlackTurnMapper.Route(callback, Bot, false, 1)),
        var other => "ignored:outer type " + other.Type,
    };

    private static string Interaction(JsonElement root)
    {
        var payload = root.Deserialize(SlackJsonContext.Default.SlackInteraction)!;
        return payload.Type switch
        {
            SlackInteractionTypes.BlockActions => Describe(SlackTurnMapper.RouteBlockActions(payload, 1)),
            SlackInteractionTypes.ViewSubmission => Describe(SlackTurnMapper.RouteViewSubmission(payload, 1)),
            SlackInteractionTypes.ViewClosed => Describe(SlackTurnMapper.RouteViewClosed(payload, 1)),
            var type => "ignored:type " + type,
        };
    }

    private static string Command(SlashCommand command)
    {
        var text = (command.Text ?? "").Trim();
        return text is "" or "help" or "logout" ? "answered" : Describe(SlackTurnMapper.RouteCommand(command, text, 1));
    }

    private static string Describe(SlackRoute route) => route.Turn is not null ? "routed" : "ignored:" + route.Ignored;

    private static EventCallback Callback(string file) =>
        JsonSerializer.Deserialize(SlackFixtures.Read(file), SlackJsonContext.Default.EventCallback)!;

    private static EventCallback Envelope(string file)
    {
        using var doc = JsonDocument.Parse(SlackFixtures.Read(file));
        return doc.RootElement.GetProperty("payload").Deserialize(SlackJsonContext.Default.EventCallback)!;
    }
}
