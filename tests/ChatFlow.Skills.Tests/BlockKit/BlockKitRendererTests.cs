using System.Text.Json;
using System.Text.Json.Nodes;
using ChatFlow.Skills.Conversations;
using ChatFlow.Skills.Dialog;
using ChatFlow.Skills.Forms;
using ChatFlow.Skills.Forms.BlockKit;
using ChatFlow.Skills.Recognition;

namespace ChatFlow.Skills.Tests.BlockKit;

public class BlockKitRendererTests
{
    private static string FixturesDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "fixtures");
            if (Directory.Exists(candidate))
                return candidate;
        }

        throw new DirectoryNotFoundException("No shared/fixtures above " + AppContext.BaseDirectory);
    }

    private static JsonObject Fixture(string name) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(FixturesDirectory(), "slack", "blockkit", name)))!.AsObject();

    private static Reply VendorForm()
    {
        var catalog = TestCatalogs.Real();
        var engine = new DialogEngine(catalog, new EmbeddedIntentRecognizer(catalog), () => "run");
        var turn = new Turn
        {
            TurnId = "t", Channel = "slack", ConversationId = "C1/1.2", User = new ChannelUser("U1", null),
            Text = "register vendor Hanbit Trading at 12 Sejong-daero, Seoul",
        };
        var form = engine.Handle(DialogState.Initial(), turn).Replies.Single(r => r.Form is not null);
        return form with { Form = form.Form! with { StateToken = new string('t', 200), Intro = "Please fix:\n- **something**" } };
    }

    private static JsonObject Json(BlockKitMessage message) =>
        JsonNode.Parse(JsonSerializer.Serialize(message, BlockKitJsonContext.Default.BlockKitMessage))!.AsObject();

    private static void AssertWithinLimits(JsonObject message)
    {
        var blocks = message["blocks"]!.AsArray();
        Assert.InRange(blocks.Count, 1, BlockKitRenderer.MaxMessageBlocks);
        foreach (var block in blocks)
        {
            Assert.Equal("type", block!.AsObject().First().Key); // discriminator first
            if ((string?)block["text"]?["text"] is { } text)
                Assert.True(text.Length <= BlockKitRenderer.MaxSectionText);
            if ((string?)block["block_id"] is { } blockId)
                Assert.True(blockId.Length <= BlockKitRenderer.MaxId);
            if ((string?)block["type"] == "actions")
            {
                var elements = block["elements"]!.AsArray();
                Assert.InRange(elements.Count, 1, BlockKitRenderer.MaxActionsElements);
                foreach (var button in elements.Where(e => (string?)e!["type"] == "button"))
                {
                    Assert.True(((string?)button!["text"]!["text"])!.Length <= BlockKitRenderer.MaxButtonText);
                    Assert.True(((string?)button["action_id"])!.Length <= BlockKitRenderer.MaxId);
                    Assert.True(((string?)button["value"] ?? "").Length <= BlockKitRenderer.MaxButtonValue);
                }
            }
        }
    }

    [Fact]
    public void Render_VendorForm_InlineInputsKeyedBySlotWithSubmitAndCancel()
    {
        var json = Json(BlockKitRenderer.Render(VendorForm()));

        AssertWithinLimits(json);
        var blocks = json["blocks"]!.AsArray();
        Assert.Equal("header", (string?)blocks[0]!["type"]);
        var inputs = blocks.Where(b => (string?)b!["type"] == "input").ToList();
        Assert.Equal(["vendorName", "businessRegistrationNumber", "address", "contactEmail"], inputs.Select(i => (string?)i!["block_id"]));
        Assert.All(inputs, i => Assert.Equal((string?)i!["block_id"], (string?)i["element"]!["action_id"]));
        Assert.Equal("email_text_input", (string?)inputs[3]!["element"]!["type"]);
        Assert.Equal("000-00-00000", (string?)inputs[1]!["element"]!["placeholder"]!["text"]);
        Assert.Null(inputs[0]!["optional"]);
        Assert.Contains(blocks, b => ((string?)b!["text"]?["text"])?.Contains("• *something*", StringComparison.Ordinal) == true);

        var actions = blocks[^1]!["elements"]!.AsArray();
        Assert.Equal("primary", (string?)actions[0]!["style"]);
        var submit = JsonNode.Parse((string)actions[0]!["value"]!)!;
        Assert.Equal("submit", (string?)submit["action"]);
        Assert.Equal(new string('t', 200), (string?)submit["token"]);
        Assert.Equal("cancel", (string?)JsonNode.Parse((string)actions[1]!["value"]!)!["action"]);
        Assert.Equal("Register a vendor", ((string?)json["text"])![..17]);
    }

    [Fact]
    public void Render_InputBlocks_HaveTheFixtureShape()
    {
        var fixtureInput = Fixture("modal.input-blocks.view.python-sdk.json")["blocks"]!.AsArray().First(b => (string?)b!["type"] == "input")!;
        var allowed = fixtureInput.AsObject().Select(p => p.Key).Concat(["block_id", "optional", "hint", "dispatch_action"]).ToHashSet();
        var numberFixture = Fixture("number_input.element.python-sdk.json").Select(p => p.Key).ToHashSet();
        var reply = new Reply
        {
            Form = new FormSpec
            {
                Title = "All", SubmitTitle = "OK", CancelTitle = "No",
                Fields =
                [
                    new FormField { Id = "n", Label = "N", Type = FieldType.Number, Value = "7", Placeholder = "p" },
                    new FormField { Id = "d", Label = "D", Type = FieldType.Date, Value = "2026-03-02" },
                    new FormField { Id = "c", Label = "C", Type = FieldType.Choice, Value = "b", Choices = [new("a", "A"), new("b", "B")] },
                    new FormField { Id = "y", Label = "Y", Type = FieldType.Boolean, Value = "true" },
                    new FormField { Id = "m", Label = "M", Type = FieldType.MultilineText },
                ],
            },
        };

        var inputs = Json(BlockKitRenderer.Render(reply))["blocks"]!.AsArray().Where(b => (string?)b!["type"] == "input").ToList();

        Assert.Equal(5, inputs.Count);
        Assert.All(inputs, i => Assert.Subset(allowed, i!.AsObject().Select(p => p.Key).ToHashSet()));
        Assert.All(inputs, i => Assert.Equal("plain_text", (string?)i!["label"]!["type"]));
        Assert.Subset(numberFixture, inputs[0]!["element"]!.AsObject().Select(p => p.Key).ToHashSet());
        Assert.Equal("7", (string?)inputs[0]!["element"]!["initial_value"]);
        Assert.True((bool)inputs[0]!["element"]!["is_decimal_allowed"]!);
        Assert.Equal("2026-03-02", (string?)inputs[1]!["element"]!["initial_date"]);
        Assert.Equal("b", (string?)inputs[2]!["element"]!["initial_option"]!["value"]);
        Assert.Equal("true", (string?)inputs[3]!["element"]!["initial_options"]![0]!["value"]);
        Assert.True((bool)inputs[4]!["element"]!["multiline"]!);
    }

    [Fact]
    public void Render_SixFields_MessageOpensModalAndModalCarriesToken()
    {
        var fields = Enumerable.Range(1, 6).Select(i => new FormField { Id = $"f{i}", Label = $"Field {i}", Required = true }).ToList();
        var form = new FormSpec { Title = "A rather long form title here", Fields = fields, SubmitTitle = "Submit", CancelTitle = "Cancel", StateToken = "tok" };

        var message = Json(BlockKitRenderer.Render(new Reply { Form = form }));
        var modal = JsonNode.Parse(JsonSerializer.Serialize(BlockKitRenderer.RenderModal(form, "C1/1.2", "1.3"), BlockKitJsonContext.Default.ModalView))!;

        Assert.DoesNotContain(message["blocks"]!.AsArray(), b => (string?)b!["type"] == "input");
        var open = message["blocks"]!.AsArray()[^1]!["elements"]![0]!;
        Assert.Equal("open", (string?)JsonNode.Parse((string)open["value"]!)!["action"]);
        var fixture = Fixture("modal.input-blocks.view.python-sdk.json");
        Assert.Equal((string?)fixture["type"], (string?)modal["type"]);
        Assert.Subset(fixture.Select(p => p.Key).Concat(["private_metadata", "notify_on_close"]).ToHashSet(), modal.AsObject().Select(p => p.Key).ToHashSet());
        Assert.True(((string?)modal["title"]!["text"])!.Length <= 24);
        Assert.Equal(6, modal["blocks"]!.AsArray().Count(b => (string?)b!["type"] == "input"));
        var metadata = JsonNode.Parse((string)modal["private_metadata"]!)!;
        Assert.Equal("tok", (string?)metadata["state_token"]);
        Assert.Equal("C1/1.2", (string?)metadata["conversation_id"]);
        Assert.Equal("1.3", (string?)metadata["message_ts"]);
    }

    [Fact]
    public void Render_Confirmation_FactsAsFieldsAndPrimaryConfirm()
    {
        var facts = Enumerable.Range(1, 12).Select(i => new KeyValuePair<string, string>($"K{i}", $"V<{i}>")).ToList();
        var reply = new Reply { Confirmation = new ConfirmationSpec { Title = "Register?", Facts = facts, ConfirmTitle = "Confirm", CancelTitle = "Cancel", StateToken = "tok" } };

        var json = Json(BlockKitRenderer.Render(reply));

        AssertWithinLimits(json);
        var sections = json["blocks"]!.AsArray().Where(b => (string?)b!["type"] == "section").ToList();
        Assert.Equal([10, 2], sections.Select(s => s!["fields"]!.AsArray().Count));
        Assert.Equal("*K1*\nV&lt;1&gt;", (string?)sections[0]!["fields"]![0]!["text"]);
        var confirm = json["blocks"]!.AsArray()[^1]!["elements"]![0]!;
        Assert.Equal("primary", (string?)confirm["style"]);
        Assert.Equal("confirm", (string?)JsonNode.Parse((string)confirm["value"]!)!["action"]);
    }

    [Fact]
    public void Render_SignInAndSuggestions_LinkButtonAndChoiceButtons()
    {
        var reply = new Reply
        {
            SignIn = new SignInSpec("Sign in to Acme", "Sign in", new Uri("https://bot.example/auth/signin/1")),
            SuggestedActions = Enumerable.Range(0, 30).Select(i => new FormChoice($"v{i}", $"Choice {i}")).ToList(),
        };

        var json = Json(BlockKitRenderer.Render(reply));

        AssertWithinLimits(json);
        var actions = json["blocks"]!.AsArray().Where(b => (string?)b!["type"] == "actions").ToList();
        Assert.Equal("https://bot.example/auth/signin/1", (string?)actions[0]!["elements"]![0]!["url"]);
        Assert.Equal([1, 25, 5], actions.Select(a => a!["elements"]!.AsArray().Count));
        var choice = JsonNode.Parse((string)actions[2]!["elements"]![4]!["value"]!)!;
        Assert.Equal(("choose", "v29"), ((string?)choice["action"], (string?)choice["choice"]));
    }

    [Fact]
    public void Render_LongTextAndLongTitles_StayWithinLimits()
    {
        var reply = new Reply
        {
            Text = string.Join("\n", Enumerable.Range(0, 400).Select(i => $"line {i} with some words")),
            Confirmation = new ConfirmationSpec { Title = new string('x', 500), Facts = [], ConfirmTitle = new string('c', 100), CancelTitle = "No" },
        };

        var json = Json(BlockKitRenderer.Render(reply));

        AssertWithinLimits(json);
        Assert.True(json["blocks"]!.AsArray().Count(b => (string?)b!["type"] == "section") >= 3);
        Assert.True(((string?)json["blocks"]!.AsArray().First(b => (string?)b!["type"] == "header")!["text"]!["text"])!.Length <= 150);
    }

    [Theory]
    [InlineData("**Bold** & <tag>", "*Bold* &amp; &lt;tag&gt;")]
    [InlineData("see [docs](https://x.example/a)", "see <https://x.example/a|docs>")]
    [InlineData("- one\n- two", "• one\n• two")]
    public void ToMrkdwn_Markdown_ConvertsToSlackDialect(string markdown, string expected) =>
        Assert.Equal(expected, BlockKitRenderer.ToMrkdwn(markdown));

    [Fact]
    public void RenderOutcome_Cancelled_HasNoButtons()
    {
        var json = Json(BlockKitRenderer.RenderOutcome("Register a vendor", FormActions.Cancel, "en"));

        Assert.DoesNotContain(json["blocks"]!.AsArray(), b => (string?)b!["type"] == "actions");
        Assert.Contains("Cancelled", (string?)json["text"], StringComparison.Ordinal);
    }
}
