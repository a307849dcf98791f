using System.Text;
using ChatFlow.Skills.Conversations;
using ChatFlow.Skills.Forms;
using ChatFlow.Skills.Manifests;

namespace ChatFlow.Skills.Dialog;

/// <summary>Building the engine's replies: forms, confirmations, help.</summary>
public sealed partial class DialogEngine
{
    private static Reply FormReply(SkillManifest skill, DialogState state, string? intro)
    {
        var language = state.Language;
        var fields = skill.Slots.Select(slot => new FormField
        {
            Id = slot.Name,
            Label = slot.Label.Get(language),
            Type = slot.Type switch
            {
                SlotType.Number => FieldType.Number,
                SlotType.Email => FieldType.Email,
                SlotType.Date => FieldType.Date,
                SlotType.Choice => FieldType.Choice,
                SlotType.Boolean => FieldType.Boolean,
                _ => FieldType.Text,
            },
            Required = slot.Required,
            Placeholder = slot.Placeholder,
            Value = state.Slots.GetValueOrDefault(slot.Name),
            Pattern = slot.Validation.Pattern ?? (slot.Type == SlotType.Email ? SlotValidator.EmailPattern : null),
            ErrorMessage = slot.Validation.Error?.Get(language)
                ?? (slot.Required ? DialogTexts.Required(language, slot.Label.Get(language)) : DialogTexts.Invalid(language, slot.Label.Get(language))),
            Choices = [.. slot.Validation.ChoiceOptions.Select(c => new FormChoice(c.Value, c.Label.Get(language)))],
        }).ToList();
        return new Reply
        {
            Form = new FormSpec
            {
                Title = skill.Name.Get(language),
                Intro = intro,
                Fields = fields,
                SubmitTitle = DialogTexts.Submit(language),
                CancelTitle = DialogTexts.CancelTitle(language),
            },
            Locale = language,
        };
    }

    /// <summary>The question for <paramref name="slot"/>; a choice slot offers its labels in
    /// <paramref name="language"/> as suggested actions (choosing one sends the label, which picks the value).</summary>
    private static Reply SlotPrompt(SlotDefinition slot, string text, string language) => Reply.Say(text, language) with
    {
        SuggestedActions = slot.Type == SlotType.Choice
            ? [.. slot.Validation.ChoiceOptions.Select(c => new FormChoice(c.Label.Get(language), c.Label.Get(language)))]
            : [],
    };

    private static Reply ConfirmationReply(SkillManifest skill, DialogState state)
    {
        var language = state.Language;
        var facts = skill.Slots
            .Where(s => state.Slots.ContainsKey(s.Name))
            .Select(s => new KeyValuePair<string, string>(s.Label.Get(language), SlotDisplay.Show(s, state.Slots[s.Name], language, state.Slots)))
            .ToList();
        return new Reply
        {
            Confirmation = new ConfirmationSpec
            {
                Title = DialogTexts.ConfirmationTitle(language, skill.Name.Get(language)),
                Facts = facts,
                ConfirmTitle = DialogTexts.ConfirmTitle(language),
                CancelTitle = DialogTexts.CancelTitle(language),
            },
            Locale = language,
        };
    }

    /// <summary>The answer to an utterance that no skill reached but <paramref name="guess"/> came close to: "did you
    /// mean …?" with the skill as the first button (its name, or yes, starts it with the values the utterance
    /// gave), then the usual list of what the bot can do. Nothing runs without the user's answer.</summary>
    private DialogStep OfferNearMiss(SkillManifest guess, string text, string language)
    {
        var name = guess.Name.Get(language);
        var help = HelpReply(language, outOfScope: false);
        var state = DialogState.Initial(language) with { Offered = [guess.Id], DeferredUtterance = text };
        return new DialogStep(state,
        [
            help with
            {
                Text = DialogTexts.NearMiss(language, name) + "\n" + help.Text,
                SuggestedActions = [new FormChoice(name, name), .. help.SuggestedActions.Where(a => a.Title != name)],
            },
        ], null);
    }

    /// <summary>Answers small talk: a greeting gets a hello and the help list, thanks and goodbyes a short
    /// polite line; the conversation stays idle.</summary>
    private DialogStep SmallTalkReply(SmallTalk smallTalk, string language)
    {
        var help = HelpReply(language, outOfScope: false);
        var reply = smallTalk switch
        {
            SmallTalk.Greeting => help with { Text = DialogTexts.Greeting(language) + " " + help.Text },
            SmallTalk.Thanks => Reply.Say(DialogTexts.YouAreWelcome(language), language),
            _ => Reply.Say(DialogTexts.Goodbye(language), language),
        };
        return new DialogStep(DialogState.Initial(language), [reply], null);
    }

    private Reply HelpReply(string language, bool outOfScope)
    {
        var text = new StringBuilder();
        if (outOfScope)
        {
            text.Append(DialogTexts.CannotHelp(language)).Append(' ');
        }

        if (_catalog.Skills.Count == 0)
        {
            return Reply.Say(text.Append(DialogTexts.NoSkills(language)).ToString(), language);
        }

        text.Append(DialogTexts.ICanHelp(language));
        foreach (var skill in _catalog.Skills)
        {
            text.Append("\n• ").Append(skill.Name.Get(language));
        }

        text.Append('\n').Append(DialogTexts.TryExample(language, Example(_catalog.Skills[0], language)));
        return new Reply
        {
            Text = text.ToString(),
            SuggestedActions = [.. _catalog.Skills.Select(s => new FormChoice(Example(s, language), s.Name.Get(language)))],
            Locale = language,
        };
    }

    /// <summary>The skill's first example utterance in <paramref name="language"/> without placeholders (else the
    /// first English one, else its name).</summary>
    private static string Example(SkillManifest skill, string language)
    {
        static string? First(SkillManifest s, string l) =>
            s.Utterances.TryGetValue(l, out var list) ? list.FirstOrDefault(u => !u.Contains('{', StringComparison.Ordinal)) : null;
        return First(skill, language) ?? First(skill, "en") ?? skill.Name.Get(language);
    }

    /// <summary>One line per item of the result's list (<c>0.field</c>, <c>1.field</c> …), each a newline then
    /// <paramref name="template"/> over <c>{item.field}</c>, <c>{result.field}</c> and slots, formatted for
    /// <paramref name="language"/>, values as the skill's <see cref="SkillManifest.ValueLabels"/> name them; empty without
    /// items.</summary>
    private static string ListReply(SkillManifest skill, string template, string language, IReadOnlyDictionary<string, string> result, IReadOnlyDictionary<string, string> slots)
    {
        var lines = new System.Text.StringBuilder();
        for (var i = 0; result.Keys.Any(k => k.StartsWith(Prefix(i), StringComparison.Ordinal)); i++)
        {
            var prefix = Prefix(i);
            lines.Append('\n').Append(Templates.Render(template, language, name =>
                name.StartsWith("item.", StringComparison.Ordinal) ? result.GetValueOrDefault(prefix + name["item.".Length..])
                : name.StartsWith("result.", StringComparison.Ordinal) ? result.GetValueOrDefault(name["result.".Length..])
                : slots.GetValueOrDefault(name), (name, value) => skill.ValueLabel(name, value, language)));
        }

        return lines.ToString();

        static string Prefix(int index) => index.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".";
    }
}
