using ChatFlow.Skills.Forms;
using ChatFlow.Skills.Recognition.Entities;

namespace ChatFlow.Skills.Dialog;

/// <summary>Read-only views of a run's form, for channels that show or check it outside a turn (a Slack modal opened
/// from a button, errors shown next to a modal's inputs before anything is stored).</summary>
public sealed partial class DialogEngine
{
    /// <summary>The form the run is collecting, as the last form reply showed it (the slots collected so far as
    /// values), without a state token; <c>null</c> unless <paramref name="state"/> is collecting slots of a skill in
    /// the catalog.</summary>
    /// <param name="state">The conversation's stored state.</param>
    /// <returns>The form, or <c>null</c>.</returns>
    public FormSpec? CurrentForm(DialogState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.Phase == DialogPhase.Collecting && Pinned(state) is { } skill ? FormReply(skill, state, null).Form : null;
    }

    /// <summary>Checks submitted values against the slots of the run's skill with the same rules as a submission
    /// turn (type, length, range, pattern, choices; relative dates resolved at <paramref name="now"/> in the engine's
    /// time zone). Values of unknown slots are ignored. The turn itself validates again: this is advisory.</summary>
    /// <param name="state">The conversation's stored state.</param>
    /// <param name="values">Submitted values by slot name.</param>
    /// <param name="now">The instant relative dates resolve against.</param>
    /// <returns>Slot name → error message in the run's language; empty when all are valid or no skill is running.</returns>
    public IReadOnlyDictionary<string, string> ValidateSlots(DialogState state, IReadOnlyDictionary<string, string> values, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(values);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Pinned(state) is not { } skill)
        {
            return errors;
        }

        var context = new EntityContext(now, _options.TimeZone);
        foreach (var (name, raw) in values)
        {
            if (skill.FindSlot(name) is { } slot && SlotValidator.Validate(slot, raw, state.Language, context).Error is { } error)
            {
                errors[name] = error;
            }
        }

        return errors;
    }
}
