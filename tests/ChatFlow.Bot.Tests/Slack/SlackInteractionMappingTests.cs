using System.Text.Json;
using ChatFlow.Bot.Channels.Slack;
using ChatFlow.Skills.Conversations;
using ChatFlow.Skills.Forms.BlockKit;
using Xunit;

namespace ChatFlow.Bot.Tests.Slack;

/// <summary>ChatFlow's own buttons and modals (as the Block Kit renderer writes them) map to form submissions.</summary>
public sealed class SlackInteractionMappingTests
{
    private static SlackInteraction Parse(string json) => JsonSerializer.Deserialize(json, SlackJsonContext.Default.SlackInteraction)!;

    private static string ButtonValue(string action, string? choice = null) =>
        JsonSerializer.Serialize(new SlackButtonValue(action, "tok123", Choice: choice), BlockKitJsonContext.Default.SlackButtonValue);

    private static string BlockActions(string actionId, string value, string thread = "\"thread_ts\":\"111.000\",") => $$"""
        {"type":"block_actions","user":{"id":"U1","name":"alice"},"trigger_id":"t.1",
         "container":{"type":"message","message_ts":"111.222","channel_id":"D1"},
         "message":{"ts":"111.222",{{thread}}"type":"message"},
         "state":{"values":{"vendorName":{"vendorName":{"type":"plain_text_input","value":"ABC Corp"} },
                            "startDate":{"startDate":{"type":"datepicker","selected_date":"2026-01-05"} },
                            "kind":{"kind":{"type":"static_select","selected_option":{"value":"goods"} } },
                            "urgent":{"urgent":{"type":"checkboxes","selected_options":[] } } } },
         "actions":[{"action_id":"{{actionId}}","block_id":"chatflow.actions","type":"button",
                     "value":{{JsonSerializer.Serialize(value)}},"action_ts":"111.333"} ] }
        """;

    [Fact]
    public void RouteBlockActions_SubmitButton_SubmissionWithMessageValues()
    {
        var route = SlackTurnMapper.RouteBlockActions(Parse(BlockActions("chatflow.submit", ButtonValue("submit"))), 1);
        var turn = Assert.IsType<Turn>(route.Turn);
        Assert.Equal("D1/111.000", turn.ConversationId);
        Assert.Equal("111.222#submit", turn.TurnId); // the form message and what was done: delivery replaces it with the outcome
        Assert.Equal(FormActions.Submit, turn.Submission!.Action);
        Assert.Equal("tok123", turn.Submission.StateToken);
        Assert.Equal("ABC Corp", turn.Submission.Values["vendorName"]);
        Assert.Equal("2026-01-05", turn.Submission.Values["startDate"]);
        Assert.Equal("goods", turn.Submission.Values["kind"]);
        Assert.Equal("false", turn.Submission.Values["urgent"]);
        Assert.Equal("action:D1:111.222:111.333", route.EventId);
    }

    [Fact]
    public void RouteBlockActions_FormInTopLevelMessage_ConversationIsThatMessage()
    {
        var route = SlackTurnMapper.RouteBlockActions(Parse(BlockActions("chatflow.confirm", ButtonValue("confirm"), thread: "")), 1);
        Assert.Equal("D1/111.222", route.Turn?.ConversationId);
        Assert.Equal(FormActions.Confirm, route.Turn?.Submission?.Action);
    }

    [Fact]
    public void RouteBlockActions_SuggestedChoice_ChoiceValue()
    {
        var route = SlackTurnMapper.RouteBlockActions(Parse(BlockActions("chatflow.choose.1", ButtonValue("choose", "register vendor"))), 1);
        Assert.Equal(FormActions.Choose, route.Turn?.Submission?.Action);
        Assert.Equal("register vendor", route.Turn?.Submission?.Values["choice"]);
    }

    [Theory]
    [InlineData("chatflow.signin", "")]
    [InlineData("chatflow.open", "{\"action\":\"open\",\"token\":\"t\"}")]
    public void RouteBlockActions_LinkOrOpenButton_Ignored(string actionId, string value)
    {
        Assert.Null(SlackTurnMapper.RouteBlockActions(Parse(BlockActions(actionId, value)), 1).Turn);
    }

    [Fact]
    public void RouteViewSubmission_ChatFlowModal_SubmitToMetadataConversation()
    {
        var metadata = JsonSerializer.Serialize(new SlackViewMetadata("C9/222.000", "tok9", "222.111"), BlockKitJsonContext.Default.SlackViewMetadata);
        var json = $$"""
            {"type":"view_submission","user":{"id":"U1"},"view":{"id":"V1","hash":"h1","callback_id":"chatflow.form",
             "private_metadata":{{JsonSerializer.Serialize(metadata)}},
             "state":{"values":{"amount":{"amount":{"type":"number_input","value":"12345"} } } } } }
            """;
        var route = SlackTurnMapper.RouteViewSubmission(Parse(json), 1);
        Assert.Equal("C9/222.000", route.Turn?.ConversationId);
        Assert.Equal("222.111#submit", route.Turn?.TurnId);
        Assert.Equal("tok9", route.Turn?.Submission?.StateToken);
        Assert.Equal("12345", route.Turn?.Submission?.Values["amount"]);
        Assert.Equal("view:V1:h1:submit", route.EventId);

        var closed = SlackTurnMapper.RouteViewClosed(Parse(json.Replace("view_submission", "view_closed", StringComparison.Ordinal)), 1);
        Assert.Equal(FormActions.Cancel, closed.Turn?.Submission?.Action);
        Assert.Empty(closed.Turn!.Submission!.Values);
    }

    [Fact]
    public void StateValues_AllInputTypesFixture_EveryValueRead()
    {
        using var doc = JsonDocument.Parse(SlackFixtures.Read("blockkit/view_state.values.all-input-types.java-sdk.json"));
        var root = doc.RootElement;
        var values = root.TryGetProperty("values", out var v) ? v : root.GetProperty("state").GetProperty("values");
        var state = new SlackState { Values = values.Deserialize<Dictionary<string, Dictionary<string, JsonElement>>>() };
        var read = SlackTurnMapper.StateValues(state);
        Assert.Equal(values.EnumerateObject().Count(), read.Count);
        Assert.Contains("12345", read.Values);
    }
}
