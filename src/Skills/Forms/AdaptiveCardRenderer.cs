using System.Globalization;
using System.Text.Json.Nodes;
using ChatFlow.Skills.Conversations;

namespace ChatFlow.Skills.Forms;

/// <summary>Renders a reply's form, confirmation or sign-in prompt as an Adaptive Card 1.5 (Web Chat, Teams).</summary>
/// <remarks>Every card's first action is the <c>Action.Submit</c> that submits (or confirms), so scripted clients
/// can find it. Submit data is <c>{"chatflow":{"action":"submit"|"confirm"|"cancel","token":…}}</c> (see
/// <see cref="FormActions"/>); inputs are keyed by field id (slot name). Schema:
/// https://adaptivecards.io/schemas/1.5.0/adaptive-card.json.</remarks>
public static class AdaptiveCardRenderer
{
    /// <summary>The Adaptive Card schema version the cards declare.</summary>
    public const string Version = "1.5";

    /// <summary>The attachment content type of an Adaptive Card.</summary>
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>Renders <paramref name="reply"/>'s card.</summary>
    /// <param name="reply">The reply.</param>
    /// <returns>The card's JSON object (no <c>$schema</c>), or <c>null</c> when the reply has no form,
    /// confirmation or sign-in prompt (text only).</returns>
    public static JsonObject? Render(Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        if (reply.Form is { } form)
        {
            return RenderForm(form);
        }

        if (reply.Confirmation is { } confirmation)
        {
            return RenderConfirmation(confirmation);
        }

        return reply.SignIn is { } signIn ? RenderSignIn(signIn) : null;
    }

    private static JsonObject RenderForm(FormSpec form)
    {
        var body = new JsonArray { Title(form.Title) };
        if (!string.IsNullOrEmpty(form.Intro))
        {
            body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = form.Intro, ["wrap"] = true });
        }

        foreach (var field in form.Fields)
        {
            body.Add(Input(field));
        }

        return Card(body, new JsonArray
        {
            Submit(form.SubmitTitle, FormActions.Submit, form.StateToken, withInputs: true),
            Submit(form.CancelTitle, FormActions.Cancel, form.StateToken, withInputs: false),
        });
    }

    private static JsonObject RenderConfirmation(ConfirmationSpec confirmation)
    {
        var facts = new JsonArray();
        foreach (var (title, value) in confirmation.Facts)
        {
            facts.Add(new JsonObject { ["title"] = title, ["value"] = value });
        }

        var body = new JsonArray { Title(confirmation.Title) };
        if (facts.Count > 0)
        {
            body.Add(new JsonObject { ["type"] = "FactSet", ["facts"] = facts });
        }

        return Card(body, new JsonArray
        {
            Submit(confirmation.ConfirmTitle, FormActions.Confirm, confirmation.StateToken, withInputs: false),
            Submit(confirmation.CancelTitle, FormActions.Cancel, confirmation.StateToken, withInputs: false),
        });
    }

    private static JsonObject RenderSignIn(SignInSpec signIn) =>
        Card(
            new JsonArray { new JsonObject { ["type"] = "TextBlock", ["text"] = signIn.Text, ["wrap"] = true } },
            new JsonArray
            {
                new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = signIn.ButtonTitle, ["url"] = signIn.Url.AbsoluteUri },
            });

    private static JsonObject Card(JsonArray body, JsonArray actions) => new()
    {
        ["type"] = "AdaptiveCard",
        ["version"] = Version,
        ["body"] = body,
        ["actions"] = actions,
    };

    private static JsonObject Title(string text) => new()
    {
        ["type"] = "TextBlock",
        ["text"] = text,
        ["size"] = "Medium",
        ["weight"] = "Bolder",
        ["wrap"] = true,
    };

    private static JsonObject Submit(string title, string action, string? token, bool withInputs)
    {
        var chatflow = new JsonObject { ["action"] = action };
        if (token is not null)
        {
            chatflow["token"] = token;
        }

        var submit = new JsonObject
        {
            ["type"] = "Action.Submit",
            ["title"] = title,
            ["data"] = new JsonObject { ["chatflow"] = chatflow },
        };
        if (withInputs)
        {
            submit["style"] = "positive";
        }
        else
        {
            submit["associatedInputs"] = "none";
        }

        return submit;
    }

    private static JsonObject Input(FormField field)
    {
        var input = new JsonObject { ["id"] = field.Id, ["label"] = field.Label, ["isRequired"] = field.Required };
        switch (field.Type)
        {
            case FieldType.Number:
                input["type"] = "Input.Number";
                if (decimal.TryParse(field.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
                {
                    input["value"] = number;
                }

                break;
            case FieldType.Date:
                input["type"] = "Input.Date";
                SetIfPresent(input, "value", field.Value);
                break;
            case FieldType.Choice:
                input["type"] = "Input.ChoiceSet";
                input["style"] = "compact";
                var choices = new JsonArray();
                foreach (var choice in field.Choices)
                {
                    choices.Add(new JsonObject { ["title"] = choice.Title, ["value"] = choice.Value });
                }

                input["choices"] = choices;
                SetIfPresent(input, "value", field.Value);
                break;
            case FieldType.Boolean:
                input["type"] = "Input.Toggle";
                input["title"] = field.Label;
                input["valueOn"] = "true";
                input["valueOff"] = "false";
                input["value"] = field.Value == "true" ? "true" : "false";
                break;
            default:
                input["type"] = "Input.Text";
                if (field.Type == FieldType.Email)
                {
                    input["style"] = "Email";
                }
                else if (field.Type == FieldType.MultilineText)
                {
                    input["isMultiline"] = true;
                }

                SetIfPresent(input, "value", field.Value);
                SetIfPresent(input, "regex", field.Pattern);
                break;
        }

        if (field.Type is not (FieldType.Boolean or FieldType.Choice))
        {
            SetIfPresent(input, "placeholder", field.Placeholder);
        }

        SetIfPresent(input, "errorMessage", field.ErrorMessage);
        return input;
    }

    private static void SetIfPresent(JsonObject node, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            node[name] = value;
        }
    }
}
