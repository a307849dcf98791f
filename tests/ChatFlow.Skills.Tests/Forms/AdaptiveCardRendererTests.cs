using System.Text.Json.Nodes;
using ChatFlow.Skills.Conversations;
using ChatFlow.Skills.Dialog;
using ChatFlow.Skills.Forms;
using ChatFlow.Skills.Recognition;
using NJsonSchema;

namespace ChatFlow.Skills.Tests.Forms;

public class AdaptiveCardRendererTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromFileAsync(Path.Combine(FixturesDirectory(), "adaptivecards", "schema", "adaptive-card.1.5.0.json")).GetAwaiter().GetResult());

    private static string FixturesDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "fixtures");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("No shared/fixtures above " + AppContext.BaseDirectory);
    }

    private static Reply VendorForm(string language)
    {
        var catalog = TestCatalogs.Real();
        var engine = new DialogEngine(catalog, new EmbeddedIntentRecognizer(catalog), () => "run");
        var turn = new Turn
        {
            TurnId = "t", Channel = "directline", ConversationId = "c", User = new ChannelUser("u", null),
            Text = language == "ko" ? "업체 등록해줘" : "register vendor Hanbit Trading at 12 Sejong-daero, Seoul",
        };
        var form = engine.Handle(DialogState.Initial(), turn).Replies.Single(r => r.Form is not null);
        return form with { Form = form.Form! with { StateToken = "signed-token", Intro = "Please fix:\n• something" } };
    }

    private static void AssertValid(JsonObject card)
    {
        var errors = Schema.Value.Validate(card.ToJsonString());
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")) + "\n" + card.ToJsonString());
        Assert.Equal("1.5", (string?)card["version"]);
        Assert.Null(card["$schema"]);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ko")]
    public void Render_VendorForm_IsValidAndSubmitComesFirst(string language)
    {
        var card = AdaptiveCardRenderer.Render(VendorForm(language))!;

        AssertValid(card);
        var inputs = card["body"]!.AsArray().Where(n => ((string?)n!["type"])!.StartsWith("Input.")).ToList();
        Assert.Equal(["vendorName", "businessRegistrationNumber", "address", "contactEmail"], inputs.Select(i => (string?)i!["id"]));
        Assert.Equal(@"^\d{3}-\d{2}-\d{5}$", (string?)inputs[1]!["regex"]);
        Assert.Equal("000-00-00000", (string?)inputs[1]!["placeholder"]);
        Assert.Equal("Email", (string?)inputs[3]!["style"]);
        Assert.True((bool)inputs[0]!["isRequired"]!);
        var actions = card["actions"]!.AsArray();
        Assert.Equal("Action.Submit", (string?)actions[0]!["type"]);
        Assert.Equal("submit", (string?)actions[0]!["data"]!["chatflow"]!["action"]);
        Assert.Equal("signed-token", (string?)actions[0]!["data"]!["chatflow"]!["token"]);
        Assert.Equal("cancel", (string?)actions[1]!["data"]!["chatflow"]!["action"]);
        Assert.Equal("none", (string?)actions[1]!["associatedInputs"]);
    }

    [Fact]
    public void Render_EveryFieldType_IsValid()
    {
        FieldType[] types = [FieldType.Text, FieldType.MultilineText, FieldType.Number, FieldType.Email, FieldType.Date, FieldType.Choice, FieldType.Boolean];
        var reply = new Reply
        {
            Form = new FormSpec
            {
                Title = "All",
                Fields = [.. types.Select(t => new FormField
                {
                    Id = t.ToString(), Label = t.ToString(), Type = t, Required = true, Placeholder = "p",
                    Value = t switch { FieldType.Number => "42", FieldType.Date => "2025-03-01", FieldType.Boolean => "true", FieldType.Choice => "a", _ => "v" },
                    Choices = t == FieldType.Choice ? [new FormChoice("a", "A"), new FormChoice("b", "B")] : [],
                    ErrorMessage = "bad",
                })],
                SubmitTitle = "Submit",
                CancelTitle = "Cancel",
            },
        };

        var card = AdaptiveCardRenderer.Render(reply)!;

        AssertValid(card);
        Assert.Equal(42m, (decimal)card["body"]![3]!["value"]!);
        Assert.True((bool)card["body"]![2]!["isMultiline"]!);
    }

    [Fact]
    public void Render_Confirmation_IsValidWithFactsAndConfirmFirst()
    {
        var reply = new Reply
        {
            Confirmation = new ConfirmationSpec
            {
                Title = "Register a vendor: please confirm",
                Facts = [new("Vendor name", "Hanbit Trading"), new("사업자등록번호", "123-45-67890")],
                ConfirmTitle = "Confirm",
                CancelTitle = "Cancel",
                StateToken = "tok",
            },
        };

        var card = AdaptiveCardRenderer.Render(reply)!;

        AssertValid(card);
        Assert.Equal(2, card["body"]![1]!["facts"]!.AsArray().Count);
        Assert.Equal("confirm", (string?)card["actions"]![0]!["data"]!["chatflow"]!["action"]);
        Assert.Equal("Action.Submit", (string?)card["actions"]![0]!["type"]);
    }

    [Fact]
    public void Render_SignIn_IsValidWithOpenUrl()
    {
        var reply = new Reply { SignIn = new SignInSpec("Sign in to Acme ERP to continue.", "Sign in", new Uri("https://bot.example/auth/signin/abc")) };

        var card = AdaptiveCardRenderer.Render(reply)!;

        AssertValid(card);
        Assert.Equal("Action.OpenUrl", (string?)card["actions"]![0]!["type"]);
        Assert.Equal("https://bot.example/auth/signin/abc", (string?)card["actions"]![0]!["url"]);
    }

    [Fact]
    public void Schema_CardWithBadInputStyle_IsRejected()
    {
        var card = AdaptiveCardRenderer.Render(VendorForm("en"))!;
        card["body"]![1]!["style"] = "NoSuchStyle";
        card["actions"]![0]!["associatedInputs"] = "sometimes";

        Assert.NotEmpty(Schema.Value.Validate(card.ToJsonString()));
    }

    [Fact]
    public void Render_TextOnly_ReturnsNull()
    {
        Assert.Null(AdaptiveCardRenderer.Render(Reply.Say("hello")));
    }
}
