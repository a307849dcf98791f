using ChatFlow.Skills.Manifests;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace ChatFlow.Skills.Recognition;

/// <summary>Turns an utterance into sparse features: Latin words and word bigrams, character 1–4-grams inside each
/// space-padded word, and Hangul 2–3-grams of the whitespace-stripped text (so <c>업체등록해줘</c> ≈
/// <c>업체 등록해줘</c>). Features are 64-bit FNV-1a hashes, so extraction allocates no strings.</summary>
internal static partial class TextFeatures
{
    /// <summary>Lower-cases, drops <c>{slot}</c> placeholders and punctuation, collapses whitespace.</summary>
    internal static string Normalize(string text) => Normalize(text, lower: true);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string Normalize(string text, bool lower)
    {
        var withoutPlaceholders = text.Contains('{', StringComparison.Ordinal) ? Templates.Placeholder().Replace(text, " ") : text;
        var sb = new StringBuilder(withoutPlaceholders.Length);
        var space = true;
        foreach (var c in withoutPlaceholders.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(lower ? char.ToLowerInvariant(c) : c);
                space = false;
            }
            else if (!space)
            {
                sb.Append(' ');
                space = true;
            }
        }

        return sb.ToString().TrimEnd();
    }

    /// <summary>Function words: their character grams weigh less (see <see cref="Hash"/>).</summary>
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "i", "me", "my", "we", "us", "our", "you", "your", "a", "an", "the", "to", "for", "of", "in", "on", "at",
        "with", "and", "or", "can", "could", "would", "will", "please", "need", "want", "like", "d", "m", "s", "im",
        "is", "are", "be", "do", "does", "it", "this", "that", "some", "new", "just", "hey", "let", "lets", "there",
        "what", "whats", "how", "some", "one", "get", "go",
        "해", "주세요", "줘", "좀", "하나", "부탁해", "부탁해요", "부탁드립니다", "싶어요", "싶어", "할게", "할게요",
        "해요", "해줘", "새", "새로", "제", "저", "내", "나",
    };

    /// <summary><see cref="StopWords"/> looked up by span (declared after it: static fields initialise in order).</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWordLookup = StopWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly System.Buffers.SearchValues<char> HangulSyllables =
        System.Buffers.SearchValues.Create(Enumerable.Range(0xAC00, 0xD7A4 - 0xAC00).Select(i => (char)i).ToArray());

    internal static bool IsHangul(char c) => c is >= '\uAC00' and <= '\uD7A3' or >= '\u1100' and <= '\u11FF' or >= '\u3130' and <= '\u318F';

    internal static bool IsLatin(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';

    /// <summary>"ko" when <paramref name="text"/> has Hangul, "en" when it has Latin letters, else <c>null</c>.</summary>
    internal static string? DetectLanguage(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var latin = false;
        foreach (var c in text)
        {
            if (IsHangul(c))
            {
                return "ko";
            }

            latin |= IsLatin(c);
        }

        return latin ? "en" : null;
    }

    internal static string Lower(string text) => text.ToLower(CultureInfo.InvariantCulture);
}
