using System.Globalization;
using System.Text;
using ChatFlow.Skills.Manifests;

namespace ChatFlow.Skills.Recognition;

/// <summary>Turns an utterance into sparse features: words and word bigrams, character 1–5-grams inside each
/// space-padded word, and Hangul 2–3-grams of the whitespace-stripped text (so <c>업체등록해줘</c> ≈
/// <c>업체 등록해줘</c>). Features are 64-bit FNV-1a hashes, so extraction allocates no strings.</summary>
internal static partial class TextFeatures
{
    /// <summary>Lower-cases, drops <c>{slot}</c> placeholders and punctuation, collapses whitespace.</summary>
    internal static string Normalize(string text) => Normalize(text, lower: true);

    private static string Normalize(string text, bool lower)
    {
        var withoutPlaceholders = Templates.Placeholder().Replace(text, " ");
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

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "i", "me", "my", "we", "us", "our", "you", "your", "a", "an", "the", "to", "for", "of", "in", "on", "at",
        "with", "and", "or", "can", "could", "would", "will", "please", "need", "want", "like", "d", "m", "s", "im",
        "is", "are", "be", "do", "does", "it", "this", "that", "some", "new", "just", "hey", "let", "lets", "there",
        "what", "whats", "how", "some", "one", "get", "go",
        "해", "주세요", "줘", "좀", "하나", "부탁해", "부탁해요", "부탁드립니다", "싶어요", "싶어", "할게", "할게요",
        "해요", "해줘", "새", "새로", "제", "저", "내", "나",
    };

    private static readonly string[] KoreanEndings =
    [
        "하고 싶어요", "해주세요", "하고싶어요", "하고싶어", "할게요", "해줘요", "해줘", "해요", "할게", "하고", "주세요",
        "해", "줘",
    ];

    private static readonly string[] KoreanParticles = ["으로", "에서", "를", "을", "이", "가", "은", "는", "로", "에", "도"];

    /// <summary>Drops function words ("I need a", "please", "해 주세요") and Korean endings and particles
    /// (<c>등록해줘</c> → <c>등록</c>, <c>업체를</c> → <c>업체</c>), keeping the words that name the task.
    /// Returns <paramref name="normalized"/> unchanged when nothing would be left.</summary>
    internal static string Content(string normalized)
    {
        var words = new List<string>();
        foreach (var token in normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (StopWords.Contains(token))
            {
                continue;
            }

            var word = token;
            if (IsHangul(word[^1]))
            {
                foreach (var ending in KoreanEndings)
                {
                    if (word.Length > ending.Length && word.EndsWith(ending, StringComparison.Ordinal))
                    {
                        word = word[..^ending.Length];
                        break;
                    }
                }

                foreach (var particle in KoreanParticles)
                {
                    if (word.Length >= particle.Length + 2 && word.EndsWith(particle, StringComparison.Ordinal))
                    {
                        word = word[..^particle.Length];
                        break;
                    }
                }
            }

            words.Add(word);
        }

        return words.Count == 0 ? normalized : string.Join(' ', words);
    }

    internal static bool IsHangul(char c) => c is >= '\uAC00' and <= '\uD7A3' or >= '\u1100' and <= '\u11FF' or >= '\u3130' and <= '\u318F';

    internal static bool IsLatin(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';

    /// <summary>Feature → raw count.</summary>
    internal static Dictionary<string, int> Extract(string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var normalized = Content(Normalize(text));
        if (normalized.Length == 0)
        {
            return counts;
        }

        foreach (var word in normalized.Split(' '))
        {
            Add(counts, "w:" + word);
        }

        var spaced = " " + normalized + " ";
        for (var n = 2; n <= 4; n++)
        {
            for (var i = 0; i + n <= spaced.Length; i++)
            {
                var gram = spaced.AsSpan(i, n);
                if (!gram.IsWhiteSpace())
                {
                    Add(counts, string.Concat("c:", gram));
                }
            }
        }

        var stripped = normalized.Replace(" ", "", StringComparison.Ordinal);
        for (var n = 2; n <= 3; n++)
        {
            for (var i = 0; i + n <= stripped.Length; i++)
            {
                var gram = stripped.AsSpan(i, n);
                if (gram.ContainsAny(HangulSyllables) )
                {
                    Add(counts, string.Concat("s:", gram));
                }
            }
        }

        return counts;
    }

    private static readonly System.Buffers.SearchValues<char> HangulSyllables =
        System.Buffers.SearchValues.Create(Enumerable.Range(0xAC00, 0xD7A4 - 0xAC00).Select(i => (char)i).ToArray());

    private static void Add(Dictionary<string, int> counts, string feature) =>
        counts[feature] = counts.GetValueOrDefault(feature) + 1;

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
