using System.Text.Json;
using System.Text.Json.Nodes;
using ChatFlow.Skills.Conversations;
using ChatFlow.Skills.Dialog;
using ChatFlow.Skills.Forms;
using ChatFlow.Skills.Forms.BlockKit;
using ChatFlow.Skills.Manifests;
using ChatFlow.Skills.Recognition;

namespace ChatFlow.Skills.Tests.Forms;

/// <summary>Choice slots with labels per language: forms and cards show the label in the user's language with the
/// canonical value behind it, a typed label or synonym (any language) fills the canonical value, and confirmations
/// and replies show the label.</summary>
public class LocalizedChoiceTests
{
    private const string Manifest = """
        id: hr.leave.kind
        version: 1
        name: { en: Request leave, ko: 휴가 신청 }
        utterances:
          en: [request leave]
          ko: [휴가 신청]
        slots:
          - name: kind
            type: choice
            required: true
            label: { en: Type of leave, ko: 휴가 종류 }
            validation:
              choices:
                - value: annual
                  label: { en: Annual leave, ko: 연차 }
                  synonyms: { en: [vacation], ko: [연차휴가] }
                - value: sick
                  label: { en: Sick leave, ko: 병가 }
                - unpaid
        confirm: true
        action: { connector: acme-hr, operation: createTimeOff, connection: acme, arguments: { type: "{kind}" } }
        reply: { en: "Requested {kind}.", ko: "{kind} 신청 완료." }
        """;

    private static readonly SkillCatalog Catalog = SkillCatalog.Create([TestCatalogs.Parse(Manifest)]);

    private static DialogEngine Engine() => new(Catalog, new EmbeddedIntentRecognizer(Catalog), () => "run-1");

    private static Turn Text(string text, string locale) => new()
    {
        TurnId = Guid.NewGuid().ToString("N"), Channel = "directline", ConversationId = "c1",
        User = new ChannelUser("u1", "Alice"), Text = text, Locale = locale,
    };

    private static Turn Submit(string action, Dictionary<string, string>? values = null) => new()
    {
        TurnId = Guid.NewGuid().ToString("N"), Channel = "directline", ConversationId = "c1",
        User = new ChannelUser("u1", "Alice"), Submission = new FormSubmission(action, "token", values ?? []),
    };

    private static FormSpec StartForm(DialogEngine engine, string utterance, string locale, out DialogState state)
    {
        var step = engine.Handle(DialogState.Initial(), Text(utterance, locale));
        state = step.State;
        return Assert.Single(step.Replies, r => r.Form is not null).Form!;
    }

    [Fact]
    public void Parse_MixedChoices_KeepsValuesLabelsAndSynonyms()
    {
        var slot = TestCatalogs.Parse(Manifest).FindSlot("kind")!;

        Assert.Equal(["annual", "sick", "unpaid"], slot.Validation.Choices);
        var annual = slot.Validation.ChoiceOptions[0];
        Assert.Equal(("연차", "Annual leave"), (annual.Label.Get("ko"), annual.Label.Get("en")));
        Assert.Equal(["vacation", "연차휴가"], annual.Synonyms);
        Assert.Equal(SlotChoice.Plain("unpaid").Label, slot.Validation.ChoiceOptions[2].Label);
    }

    [Theory]
    [InlineData("ko-KR", "휴가 신청", "연차", "병가")]
    [InlineData("en-US", "request leave", "Annual leave", "Sick leave")]
    public void Form_ChoiceField_ShowsLabelsInTheUsersLanguageWithCanonicalValues(string locale, string utterance, string annual, string sick)
    {
        var form = StartForm(Engine(), utterance, locale, out _);

        var field = Assert.Single(form.Fields, f => f.Id == "kind");
        Assert.Equal(FieldType.Choice, field.Type);
        Assert.Equal([new FormChoice("annual", annual), new FormChoice("sick", sick), new FormChoice("unpaid", "unpaid")], field.Choices);
    }

    [Fact]
    public void AdaptiveCard_KoreanForm_ChoiceSetHasKoreanTitlesAndCanonicalValues()
    {
        var form = StartForm(Engine(), "휴가 신청", "ko-KR", out _);

        var card = AdaptiveCardRenderer.Render(new Reply { Form = form, Locale = "ko" })!;

        var choiceSet = Walk(card).Single(n => (string?)n["type"] == "Input.ChoiceSet");
        Assert.Equal([("연차", "annual"), ("병가", "sick"), ("unpaid", "unpaid")],
            choiceSet["choices"]!.AsArray().Select(c => ((string?)c!["title"], (string?)c["value"])));
    }

    [Fact]
    public void BlockKit_KoreanForm_SelectHasKoreanTextAndCanonicalValues()
    {
        var form = StartForm(Engine(), "휴가 신청", "ko-KR", out _);

        var message = JsonNode.Parse(JsonSerializer.Serialize(BlockKitRenderer.Render(new Reply { Form = form, Locale = "ko" }),
            BlockKitJsonContext.Default.BlockKitMessage))!.AsObject();

        var select = Walk(message).Single(n => (string?)n["type"] == "static_select");
        Assert.Equal([("연차", "annual"), ("병가", "sick"), ("unpaid", "unpaid")],
            select["options"]!.AsArray().Select(o => ((string?)o!["text"]!["text"], (string?)o["value"])));
    }

    [Theory]
    [InlineData("연차", "annual")]
    [InlineData("병가", "sick")]
    [InlineData("연차휴가", "annual")]
    [InlineData("Sick leave", "sick")]
    [InlineData("vacation", "annual")]
    [InlineData("SICK", "sick")]
    [InlineData("2", "sick")]
    public void Submit_LabelOrSynonymInAnyLanguage_FillsTheCanonicalValue(string typed, string expected)
    {
        var engine = Engine();
        StartForm(engine, "휴가 신청", "ko-KR", out var state);

        var submitted = engine.Handle(state, Submit(FormActions.Submit, new() { ["kind"] = typed }));
        var confirmed = engine.Handle(submitted.State, Submit(FormActions.Confirm));

        Assert.Equal(expected, confirmed.Invocation!.Arguments["type"]);
    }

    [Fact]
    public void Submit_WordOfNoChoice_IsRefused()
    {
        var engine = Engine();
        StartForm(engine, "휴가 신청", "ko-KR", out var state);

        var submitted = engine.Handle(state, Submit(FormActions.Submit, new() { ["kind"] = "반차" }));

        Assert.Equal(DialogPhase.Collecting, submitted.State.Phase);
        Assert.Null(submitted.Invocation);
    }

    [Fact]
    public void TypedAnswer_WordOfNoChoice_AsksAgainOfferingTheKoreanLabels()
    {
        var engine = Engine();
        StartForm(engine, "휴가 신청", "ko-KR", out var state);

        var step = engine.Handle(state, Text("반차", "ko-KR"));
        var answered = engine.Handle(step.State, Text(step.Replies[^1].SuggestedActions[1].Value, "ko-KR"));
        var confirmed = engine.Handle(answered.State, Submit(FormActions.Confirm));

        Assert.Equal(["연차", "병가", "unpaid"], step.Replies[^1].SuggestedActions.Select(a => a.Title));
        Assert.Equal("sick", confirmed.Invocation!.Arguments["type"]);
    }

    [Fact]
    public void ConfirmationAndReply_Korean_ShowTheLabelNotTheValue()
    {
        var engine = Engine();
        StartForm(engine, "휴가 신청", "ko-KR", out var state);

        var submitted = engine.Handle(state, Submit(FormActions.Submit, new() { ["kind"] = "병가" }));
        var confirmed = engine.Handle(submitted.State, Submit(FormActions.Confirm));
        var done = engine.Complete(confirmed.State, SkillOutcome.Succeeded(new Dictionary<string, string>()));

        var facts = Assert.Single(submitted.Replies, r => r.Confirmation is not null).Confirmation!.Facts;
        Assert.Contains(new KeyValuePair<string, string>("휴가 종류", "병가"), facts);
        Assert.Equal("병가 신청 완료.", Assert.Single(done.Replies).Text);
    }

    private static IEnumerable<JsonObject> Walk(JsonNode? node) => node switch
    {
        JsonObject o => new[] { o }.Concat(o.SelectMany(p => Walk(p.Value))),
        JsonArray a => a.SelectMany(Walk),
        _ => [],
    };
}
