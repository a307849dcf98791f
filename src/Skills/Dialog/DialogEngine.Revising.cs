using ChatFlow.Skills.Conversations;
using ChatFlow.Skills.Manifests;
using ChatFlow.Skills.Recognition;
using ChatFlow.Skills.Recognition.Entities;

namespace ChatFlow.Skills.Dialog;

/// <summary>Typed text while a form is open or waiting for confirmation, once cancel, help, yes and no are ruled out:
/// a correction, a request for another skill, a question the form cannot answer, or the answer to the field asked.</summary>
public sealed partial class DialogEngine
{
    /// <summary>Decides what <paramref name="text"/> is, reading past the fillers it starts with
    /// (<see cref="LeadingFillers"/>): a correction (<c>아 업체명은 미래상사(주)로 해주세요</c>, <c>actually 50,000원</c>),
    /// another skill (<c>actually, show me my payslip for october</c>), a question (<c>how many days do I have
    /// left?</c>: said so, no failure counted) or the answer to the pending field.</summary>
    private DialogStep Revise(SkillManifest skill, DialogState state, string text, EntityContext context, Asker ask)
    {
        var collecting = state.Phase == DialogPhase.Collecting;
        var unfilled = LeadingFillers.Strip(text);
        var answer = LeadingFillers.StripForValue(text);
        var words = Recognition.TextFeatures.Normalize(unfilled);
        if (collecting && NotAValue(skill, state, words) is { } notAValue)
        {
            return notAValue;
        }

        if (Corrections.Parse(text, label => NamesFieldExactly(skill, label)) is { } correction
            && CorrectedSlot(skill, state, correction, context) is var corrected
            && (!correction.Bare || corrected is not null))
        {
            // "actually I need to submit an expense", "wait, who is Bob's manager?": no field named and more than a
            // value said; when that asks for another skill, it corrects nothing.
            if ((correction.Label is null || SlotNamedBy(skill, correction.Label) is null) && !IsPlainValue(skill, correction.Value, context)
                && SwitchOrRepeat(skill, state, unfilled, context, ask) is { State.SwitchTo: not null } switching)
            {
                return switching;
            }

            // "hmm what kinds of leave can I pick from?": a question that fits no field corrects nothing (and must not
            // send the user back to a field answered before).
            if (Questions.IsQuestion(unfilled) && (corrected is null || (correction.Label is null && correction.Old is null
                && SlotValidator.Validate(corrected, correction.Value, state.Language, context).Error is not null)))
            {
                return CannotAnswer(skill, state);
            }

            return Correct(skill, state, correction, corrected, context);
        }

        if (collecting && IsDirectAnswer(skill, state, answer, context))
        {
            return AnswerPendingSlot(skill, state, answer, context);
        }

        // "not an email", "I don't know the amount": words about the field being asked for answer it (badly), they
        // do not ask for another skill; nor do its subject words ("any vendor" for the vendor), so another skill must
        // be asked for by the rest of the words.
        if (!(collecting && MentionsPendingSlot(skill, state, words))
            && SwitchOrRepeat(skill, state, unfilled, context, ask, collecting ? WithoutSubjectWords(skill, state, unfilled, ask) : null) is { } switched)
        {
            return switched;
        }

        if (collecting ? IsOffTopicQuestion(skill, state, unfilled, context) : Questions.IsQuestion(unfilled))
        {
            return CannotAnswer(skill, state);
        }

        return collecting
            ? AnswerPendingSlot(skill, state, answer, context)
            : new DialogStep(state, [Reply.Say(DialogTexts.ConfirmOrCancel(state.Language), state.Language), ConfirmationReply(skill, state)], null);
    }

    /// <summary>An answer to the free-text field being asked that is no value of it: yes or no (<c>네</c> to "whom are you
    /// looking for?" is nobody's name) or "all of them" for a lookup (<c>all of them, any vendor</c>, <c>전부 다요</c>):
    /// said why, and the question again, no failure counted. <c>null</c> for anything else.</summary>
    private static DialogStep? NotAValue(SkillManifest skill, DialogState state, string words)
    {
        if ((state.PendingSlot is { } name ? skill.FindSlot(name) : null) is not { Type: SlotType.Text, Validation.Pattern: null, Required: true } slot)
        {
            return null;
        }

        var language = state.Language;
        var label = slot.Label.Get(language);
        var why = ShortAnswers.IsYes(words) || ShortAnswers.IsNo(words) ? DialogTexts.NeedTheValue(language, label)
            : slot.Role is SlotRole.Query or SlotRole.Person && AllOfThem.Asks(words, slot) ? DialogTexts.OneAtATime(language, label)
            : null;
        return why is null ? null : new DialogStep(state, [SlotPrompt(slot, why + " " + slot.Prompt.Get(language), language)], null);
    }

    /// <summary>The recognition of <paramref name="text"/> without the subject words of the field being asked (its
    /// manifest's generic words and the telling words of its label: <c>vendor</c>, <c>invoice</c>), or <c>null</c> when it
    /// has none; an empty rest reads as out of scope.</summary>
    private static IntentRecognition? WithoutSubjectWords(SkillManifest skill, DialogState state, string text, Asker ask)
    {
        if ((state.PendingSlot is { } name ? skill.FindSlot(name) : null) is not { } slot)
        {
            return null;
        }

        var subject = slot.GenericWords.Select(Recognition.TextFeatures.Normalize).Concat(LabelWords(slot)).ToHashSet(StringComparer.Ordinal);
        var tokens = Recognition.TextFeatures.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (subject.Count == 0 || !tokens.Any(subject.Contains))
        {
            return null;
        }

        var rest = string.Join(' ', tokens.Where(t => !subject.Contains(t)));
        return rest.Length == 0 ? IntentRecognition.OutOfScope : ask.RecognizeOther(rest);
    }

    /// <summary>Whether <paramref name="text"/> is a question rather than the answer to the pending field: it reads as
    /// one (<see cref="Questions.IsQuestion"/>) and is not a valid value of the field. Free text takes anything, so for
    /// a free-text field it must both start with a question word and end with a question mark.</summary>
    private static bool IsOffTopicQuestion(SkillManifest skill, DialogState state, string text, EntityContext context)
    {
        if (state.PendingSlot is not { } name || skill.FindSlot(name) is not { } slot || !Questions.IsQuestion(text))
        {
            return false;
        }

        return slot.Type == SlotType.Text && slot.Validation.Pattern is null
            ? Questions.IsPlainlyQuestion(text)
            : SlotValidator.Validate(slot, text, state.Language, context).Error is not null;
    }

    /// <summary>"I can't answer that here", then the pending question again (or the confirmation); the state, failure
    /// count included, is unchanged.</summary>
    private static DialogStep CannotAnswer(SkillManifest skill, DialogState state)
    {
        var language = state.Language;
        if (state.Phase == DialogPhase.Confirming || (state.PendingSlot is { } name ? skill.FindSlot(name) : null) is not { } slot)
        {
            return new DialogStep(state,
            [
                Reply.Say(DialogTexts.CannotAnswerHere(language) + " " + DialogTexts.ConfirmOrCancel(language), language),
                ConfirmationReply(skill, state),
            ], null);
        }

        return new DialogStep(state, [SlotPrompt(slot, DialogTexts.CannotAnswerHere(language) + " " + slot.Prompt.Get(language), language)], null);
    }
}
