using System.Text.RegularExpressions;
using ChatFlow.Skills.Manifests;

namespace ChatFlow.Skills.Recognition.Entities;

/// <summary>Choice slots named without a choice: their <see cref="SlotDefinition.GenericWords"/>.</summary>
internal sealed partial class SlotFiller
{
    /// <summary>The generic word of <paramref name="slot"/> (a choice slot) that <paramref name="utterance"/> names as
    /// a whole word, Korean particle allowed, as the manifest writes it (<c>half day off tomorrow</c> → <c>half
    /// day</c>, <c>내일 반차 쓸게요</c> → <c>반차</c>), or <c>null</c>. A negated one does not count (<c>반차 말고 연차
    /// 하루</c>, <c>not a half day</c>). The word is no valid choice, so the bot asks for the slot, even an optional
    /// one; called only when the utterance names none of the slot's choices.</summary>
    internal static string? GenericChoiceWord(SlotDefinition slot, string utterance)
    {
        if (slot.GenericWords.Count == 0)
        {
            return null;
        }

        var words = " " + TextFeatures.Normalize(utterance) + " ";
        foreach (var generic in slot.GenericWords)
        {
            var name = TextFeatures.Normalize(generic);
            if (name.Length == 0)
            {
                continue;
            }

            var kept = words;
            try
            {
                kept = Regex.Replace(kept, $@" (?:not|no|instead of|rather than)(?: a| an| the)? {Regex.Escape(name)}(?= )", " ",
                    RegexOptions.CultureInvariant, MatchTimeout);
                kept = Regex.Replace(kept, $@" {Regex.Escape(name)}\S* (?:말고|아니라|아니고|대신)(?= )", " ", RegexOptions.CultureInvariant, MatchTimeout);
            }
            catch (RegexMatchTimeoutException)
            {
                continue;
            }

            if (Names(kept, name))
            {
                return generic;
            }
        }

        return null;
    }

    /// <summary>The one choice of <paramref name="slot"/> that <paramref name="utterance"/> names once the words of
    /// the skill's other choice slots (their choices' names and generic words) are set aside, or <c>null</c>: in
    /// <c>내일 병가 오전 반차</c> the type of leave is 병가, while 반차, also a synonym of annual leave, says the half
    /// day. Called when <see cref="NamedChoice"/> found several.</summary>
    private string? NamedBesideOtherSlots(SlotDefinition slot, string utterance)
    {
        var others = _skill.Slots.Where(s => s != slot && s.Type == SlotType.Choice)
            .SelectMany(s => s.GenericWords.Concat(s.Validation.ChoiceOptions.SelectMany(c => c.Names)))
            .Select(TextFeatures.Normalize).Where(n => n.Length > 0).ToArray();
        if (others.Length == 0)
        {
            return null;
        }

        var kept = TextFeatures.Normalize(utterance).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(word => !others.Any(name => Names(" " + word + " ", name)));
        var rest = string.Join(' ', kept);
        return rest.Length > 0 && rest != TextFeatures.Normalize(utterance) ? NamedChoice(slot, rest) : null;
    }

    /// <summary>Whether a choice's name may be read from a sentence: not a Latin name of one or two letters (<c>AM</c>,
    /// <c>PM</c>), which would also be a word (<c>I am</c>); those pick their choice only as a whole answer.</summary>
    private static bool IsSentenceName(string normalizedName) =>
        !(normalizedName.Length <= 2 && normalizedName.All(char.IsAsciiLetter));
}
