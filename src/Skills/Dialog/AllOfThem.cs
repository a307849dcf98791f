using ChatFlow.Skills.Manifests;

namespace ChatFlow.Skills.Dialog;

/// <summary>Reads an answer that asks for everything instead of naming one value (<c>all of them</c>, <c>any
/// vendor</c>, <c>all of them, any vendor</c>, <c>전부 다요</c>, <c>거래처 상관없이 전부</c>), over normalised text. A
/// lookup goes by one value, so such an answer is explained, not searched for.</summary>
internal static class AllOfThem
{
    private static readonly HashSet<string> Quantifiers = new(StringComparer.Ordinal)
    {
        "all", "any", "every", "everything", "each", "whole", "entire", "everyone", "everybody", "anyone", "anybody",
        "anything", "whatever", "whichever",
        "전부", "전부다", "전부요", "다", "다요", "모두", "모두요", "전체", "전체요", "아무거나", "아무", "모든", "싹", "싹다",
        "전부다요", "다다", "몽땅",
    };

    private static readonly HashSet<string> Extras = new(StringComparer.Ordinal)
    {
        "of", "them", "the", "just", "show", "me", "list", "please", "ones", "one", "i", "want", "to", "see", "give", "it",
        "doesn", "don", "t", "matter", "care", "s", "fine", "ok", "okay", "is", "are", "there", "open", "unpaid", "overdue",
        "outstanding", "pending", "due", "hmm", "um", "well", "oh", "no", "in", "general", "at", "once", "those", "these",
        "상관없이", "상관없어", "상관없어요", "상관없음", "보여줘", "보여", "주세요", "줘", "요", "그냥", "것", "거", "목록", "다보여줘",
        "보여주세요", "알려줘", "알려주세요", "미지급", "미결제", "연체", "좀", "한꺼번에", "한번에", "있는", "거요",
    };

    /// <summary>Whether <paramref name="words"/> (normalised) asks for all values of <paramref name="slot"/> rather than
    /// naming one: a word like <c>all</c>, <c>any</c>, <c>전부</c>, and otherwise only the slot's generic words (its
    /// manifest's <c>genericWords</c>, with a Korean particle) and words that add nothing.</summary>
    internal static bool Asks(string words, SlotDefinition slot)
    {
        var tokens = words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length is 0 or > 10 || !tokens.Any(Quantifiers.Contains))
        {
            return false;
        }

        var generic = slot.GenericWords.Select(Recognition.TextFeatures.Normalize).ToHashSet(StringComparer.Ordinal);
        return tokens.All(t => Quantifiers.Contains(t) || Extras.Contains(t) || generic.Contains(t)
            || (t.Length > 1 && "은는이가을를도에의".Contains(t[^1], StringComparison.Ordinal) && generic.Contains(t[..^1])));
    }
}
