using ChatFlow.Skills.Conversations;
using ChatFlow.Skills.Manifests;
using ChatFlow.Skills.Recognition.Entities;

namespace ChatFlow.Skills.Dialog;

/// <summary>Steps beside the form's questions: starting the form over, listing a choice's options, explaining a value
/// that is no choice or a lookup of "all of them", and turning down a yes or no given as a search value.</summary>
public sealed partial class DialogEngine
{
    /// <summary>"start over", "처음부터 다시 할게": the same skill from scratch (values cleared, a new run id, the first
    /// question again); a second request queued with the run stays queued.</summary>
    private DialogStep Restart(SkillManifest skill, DialogState state, EntityContext context)
    {
        var language = state.Language;
        var fresh = new DialogState
        {
            Phase = DialogPhase.Collecting,
            SkillId = skill.Id,
            SkillVersion = skill.Version,
            RunId = _newRunId(),
            Language = language,
            FollowUpSkillId = state.FollowUpSkillId,
            FollowUpUtterance = state.FollowUpUtterance,
        };
        var first = NextMissing(skill, fresh, context) ?? skill.Slots.FirstOrDefault();
        fresh = fresh with { PendingSlot = first?.Name };
        // The question alone, in the chat where the user was answering; the first form stays for those who use it.
        var text = DialogTexts.StartingOver(language, skill.Name.Get(language), first?.Prompt.Get(language) ?? "");
        return new DialogStep(fresh, [first is null ? Reply.Say(text, language) : SlotPrompt(first, text, language)], null);
    }

    /// <summary>The choice slot a question about choices asked at another slot's prompt is about (<c>what kinds of leave
    /// are there?</c> while asked for the dates): the skill's only choice slot, or the one whose label the question
    /// names; <c>null</c> when the text is no question or names none.</summary>
    private static SlotDefinition? ChoiceAskedAbout(SkillManifest skill, string text)
    {
        if (!Questions.IsQuestion(text))
        {
            return null;
        }

        var choices = skill.Slots.Where(s => s.Type == SlotType.Choice).ToList();
        var padded = " " + Recognition.TextFeatures.Normalize(text) + " ";
        return choices.FirstOrDefault(c => LabelWords(c).Any(w => padded.Contains(" " + w + " ", StringComparison.Ordinal)
                || (w[0] >= '가' && padded.Contains(" " + w, StringComparison.Ordinal))))
            ?? (choices.Count == 1 && KindWords.Any(w => padded.Contains(w, StringComparison.Ordinal)) ? choices[0] : null);
    }

    /// <summary>The words of a slot's labels that say what it is about (<c>leave</c> of "Type of leave", <c>휴가</c> of
    /// "휴가 종류"), without the general ones (<c>type</c>, <c>number</c>, <c>종류</c>).</summary>
    private static IEnumerable<string> LabelWords(SlotDefinition slot) =>
        new[] { slot.Label.En, slot.Label.Ko ?? "" }
            .SelectMany(l => Recognition.TextFeatures.Normalize(l).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(w => (w.Length >= 3 || (w.Length >= 2 && w[0] >= '가')) && !GeneralLabelWords.Contains(w))
            .Distinct(StringComparer.Ordinal);

    private static readonly string[] KindWords = [" kind", " type", " option", " choice", " categor", "종류", "선택지", "옵션"];

    private static readonly HashSet<string> GeneralLabelWords = new(StringComparer.Ordinal)
    {
        "type", "kind", "the", "and", "for", "name", "number", "value", "date", "dates", "optional", "종류", "번호", "또는", "이름",
    };

    /// <summary>"what are the options?": the choices of <paramref name="choice"/> by their labels in the conversation's
    /// language, after its question when it is the one asked, else before the pending question; state and failure
    /// count unchanged.</summary>
    private static DialogStep ListChoices(SkillManifest skill, DialogState state, SlotDefinition choice)
    {
        var language = state.Language;
        var pending = (state.PendingSlot is { } name ? skill.FindSlot(name) : null) ?? choice;
        var choices = DialogTexts.ChoicesAre(language, choice.Label.Get(language), ChoiceList(choice, language));
        var text = pending == choice ? choice.Prompt.Get(language) + " " + choices : choices + " " + pending.Prompt.Get(language);
        return new DialogStep(state, [SlotPrompt(pending == choice ? choice : pending, text, language)], null);
    }

    private static string ChoiceList(SlotDefinition choice, string language) =>
        string.Join(", ", choice.Validation.ChoiceOptions.Select(c => c.Label.Get(language)));

    /// <summary>What to say after an invalid value of <paramref name="slot"/>: the error and the slot's question, or, for
    /// a choice whose manifest gives no message of its own, which choices there are (instead of "not valid").</summary>
    private static string Retry(SlotDefinition slot, string error, string language) =>
        slot.Type == SlotType.Choice && slot.Validation.Error is null && slot.Validation.ChoiceOptions.Count > 0
            ? DialogTexts.PickOneOf(language, slot.Label.Get(language), ChoiceList(slot, language))
            : error + " " + slot.Prompt.Get(language);
}
