using System.Text.RegularExpressions;

namespace ChatFlow.Skills.Recognition;

/// <summary>Korean endings that say what the speaker means to do, written as the one form skill examples use:
/// <c>신청하려고요</c>, <c>신청하려구요</c>, <c>신청할려고요</c>, <c>신청하려는데요</c>, <c>신청하려고 합니다</c>,
/// <c>신청할까 하는데요</c> → <c>신청할게요</c>; <c>쓰려고요</c> → <c>쓸게요</c>, <c>받으려고요</c> → <c>받을게요</c>.</summary>
/// <remarks>Examples are written with <c>-ㄹ게요</c> or <c>-고 싶어요</c>; the intention endings are as common in chat
/// but no example can list them for every verb, and their character grams (<c>려고</c>, <c>려는</c>) match nothing,
/// so a request with an unknown word in it (<c>육아휴직</c>) fell below the threshold. Only the text the recogniser
/// scores is rewritten; slot values are read from the text as typed.</remarks>
internal static partial class KoreanIntentEndings
{
    /// <summary>A verb (its last syllable in <c>last</c>) with an intention ending: <c>-(으)려고/려구</c> with an optional
    /// <c>요</c>, <c>해요</c>, <c>합니다</c>, <c>하는데(요)</c>; <c>-(으)려는데(요)</c>; <c>-(을)까 해요/하는데(요)/합니다</c>.</summary>
    [GeneratedRegex(@"(?<stem>[가-힣]*?)(?<last>[가-힣])(?<eu>으)?(?:려(?:고|구)(?:\s?(?:해요|합니다|하는데요|하는데|해서요|하거든요))?요?|려는데요?|까\s?(?:해요|하는데요|하는데|합니다))(?![가-힣])",
        RegexOptions.CultureInvariant)]
    private static partial Regex Intention();

    /// <summary><paramref name="text"/> with each intention ending written <c>-ㄹ게요</c>; unchanged without one.</summary>
    internal static string Normalize(string text)
    {
        if (!text.Contains('려', StringComparison.Ordinal) && !text.Contains('까', StringComparison.Ordinal))
        {
            return text;
        }

        return Intention().Replace(text, m =>
        {
            var last = m.Groups["last"].Value[0];
            var isCa = m.Value.Contains('까', StringComparison.Ordinal) && !m.Value.Contains('려', StringComparison.Ordinal);
            if (isCa && Hangul.Final(last) != Hangul.Rieul)
            {
                return m.Value; // "-까 해요" only after a future stem (쓸까, 할까): 어디까 is no verb
            }

            var stem = m.Groups["stem"].Value;
            if (m.Groups["eu"].Success || (Hangul.Final(last) is not (Hangul.NoFinal or Hangul.Rieul)))
            {
                return stem + last + "을게요"; // 받으려고요 → 받을게요
            }

            // 하려고요 → 할게요, 쓰려고요 → 쓸게요; 할려고요, 쓸까 해요 already carry the ㄹ.
            var withRieul = Hangul.Final(last) == Hangul.NoFinal ? (char)(last + Hangul.Rieul) : last;
            return stem + withRieul + "게요";
        });
    }
}
