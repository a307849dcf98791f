using ChatFlow.Skills.Conversations;
using ChatFlow.Skills.Forms;
using ChatFlow.Skills.Manifests;
using ChatFlow.Skills.Recognition;
using ChatFlow.Skills.Recognition.Entities;

namespace ChatFlow.Skills.Dialog;

/// <summary>Requests beside the one a message starts: a second request in the same message (done after the first and
/// offered then), a question about a balance no skill shows, and an e-mail address given for a person to look up.</summary>
public sealed partial class DialogEngine
{
    /// <summary>The two requests of a message that asks for two things: a cut at a joining word
    /// (<see cref="SecondRequests"/>) whose parts the recogniser confidently reads as two different enabled skills, the
    /// first part's skill to run now and the second's to offer after it; <c>null</c> otherwise.</summary>
    private (SkillManifest Skill, string Text, IntentRecognition Recognition, SkillManifest Next, string NextText)? TwoRequests(string text, Asker ask)
    {
        foreach (var (first, second) in SecondRequests.Splits(text))
        {
            if (Confident(ask.RecognizeOther(second)) is not { } next)
            {
                continue;
            }

            var own = ask.RecognizeOther(first);
            if (Confident(own) is { } skill && skill.Id != next.Skill.Id)
            {
                return (skill.Skill, first, own, next.Skill, second);
            }
        }

        return null;

        (SkillManifest Skill, string Id)? Confident(IntentRecognition recognition) =>
            !recognition.IsOutOfScope && !recognition.IsAmbiguous && recognition.Candidates[0].Score >= _options.SwitchThreshold
                && _catalog.Find(recognition.TopSkillId!) is { } found && IsEnabled(found.Id)
                ? (found, found.Id)
                : null;
    }

    /// <summary>Starts <paramref name="skill"/> for the first of two requests and keeps the second for later, saying so.</summary>
    private DialogStep StartWithFollowUp(SkillManifest skill, IReadOnlyDictionary<string, string> found, string language, EntityContext context,
        SkillManifest next, string nextText)
    {
        var step = Start(skill, found, language, context);
        if (step.State.Phase == DialogPhase.Idle)
        {
            return step;
        }

        var state = step.State with { FollowUpSkillId = next.Id, FollowUpUtterance = nextText };
        var note = DialogTexts.AlsoAsked(language, next.Name.Get(language));
        var replies = step.Replies.ToList();
        var index = replies.FindIndex(r => r.Text is not null && r.Form is null && r.Confirmation is null);
        if (index < 0)
        {
            replies.Insert(0, Reply.Say(note, language));
        }
        else
        {
            replies[index] = replies[index] with { Text = replies[index].Text + " " + note };
        }

        return step with { State = state, Replies = replies };
    }

    /// <summary>The end of a run (<paramref name="ended"/>, idle) with the second request of its first message offered:
    /// "Next: … Shall I start it?"; yes starts it with the values its words gave. <paramref name="ended"/> itself when
    /// there was none.</summary>
    private DialogStep OfferFollowUp(DialogState finished, DialogStep ended)
    {
        if (finished.FollowUpSkillId is not { } id || _catalog.Find(id) is not { } next || !IsEnabled(id))
        {
            return ended;
        }

        var language = ended.State.Language;
        var state = ended.State with { Offered = [next.Id], DeferredUtterance = finished.FollowUpUtterance };
        var reply = new Reply
        {
            Text = DialogTexts.NextRequest(language, next.Name.Get(language)),
            SuggestedActions = [new FormChoice(DialogTexts.Yes(language), DialogTexts.Yes(language)), new FormChoice(DialogTexts.No(language), DialogTexts.No(language))],
            Locale = language,
        };
        var replies = ended.Replies.ToList();
        if (replies.Count > 0 && replies[^1].Text is { } last && replies[^1].Form is null)
        {
            replies[^1] = replies[^1] with { Text = last + "\n\n" + reply.Text, SuggestedActions = reply.SuggestedActions };
        }
        else
        {
            replies.Add(reply);
        }

        return ended with { State = state, Replies = replies };
    }

    /// <summary>"how many vacation days do I have left?" read as <paramref name="skill"/>, which acts rather than looks
    /// up (<see cref="SkillManifest.Confirm"/>): no skill shows a balance, so say so and offer the skill without starting
    /// it (yes starts it empty).</summary>
    private static DialogStep CannotShowBalance(SkillManifest skill, string language)
    {
        // Offered with no words of its own: "yes" starts it empty.
        var name = skill.Name.Get(language);
        var state = DialogState.Initial(language) with { Offered = [skill.Id], DeferredUtterance = "" };
        return new DialogStep(state,
        [
            new Reply
            {
                Text = DialogTexts.CannotShowBalance(language, name),
                SuggestedActions = [new FormChoice(name, name), new FormChoice(DialogTexts.No(language), DialogTexts.No(language))],
                Locale = language,
            },
        ], null);
    }

    /// <summary><paramref name="step"/> with <paramref name="sentence"/> said before its first reply's text.</summary>
    private static DialogStep Prefixed(DialogStep step, string sentence) => step.Replies.Count > 0 && step.Replies[0].Text is { } text
        ? step with { Replies = [step.Replies[0] with { Text = sentence + " " + text }, .. step.Replies.Skip(1)] }
        : step;

    /// <summary><paramref name="found"/> plus the first e-mail address in <paramref name="text"/> for the skill's empty
    /// free-text slot that takes a person by name or e-mail (<c>jisoo@acme.example 이 사람 누구예요?</c>): the slot filler
    /// gives e-mail entities to e-mail slots only.</summary>
    private static Dictionary<string, string> WithEmail(SkillManifest skill, IReadOnlyDictionary<string, string> found, string text, EntityContext context)
    {
        var values = new Dictionary<string, string>(found, StringComparer.Ordinal);
        var slot = skill.Slots.FirstOrDefault(s => s.Type == SlotType.Text && s.Validation.Pattern is null && !values.ContainsKey(s.Name)
            && (s.Role == SlotRole.Person || Names(s).Any(n => n.Contains("email", StringComparison.Ordinal) || n.Contains("이메일", StringComparison.Ordinal))));
        if (slot is not null && !skill.Slots.Any(s => s.Type == SlotType.Email)
            && EntityExtractor.Extract(text, context).FirstOrDefault(e => e.Kind == EntityKind.Email) is { } email)
        {
            values[slot.Name] = email.Value;
        }

        return values;
    }
}
