namespace ChatFlow.Skills.Recognition;

/// <summary>The final consonant (jongseong, 받침) of a Hangul syllable, which decides a particle's form (을/를, 으로/로)
/// and marks tense (했, 할). Syllables are U+AC00 + (initial × 21 + medial) × 28 + final (Unicode 15, §3.12,
/// https://www.unicode.org/versions/latest/ch03.pdf).</summary>
internal static class Hangul
{
    /// <summary>No final consonant (가, 하).</summary>
    internal const int NoFinal = 0;

    /// <summary>Final ㄹ (할, 갈): takes 로 like a vowel.</summary>
    internal const int Rieul = 8;

    /// <summary>Final ㅆ (했, 었, 겠).</summary>
    internal const int SsangSiot = 20;

    /// <summary>Whether <paramref name="c"/> is a precomposed Hangul syllable (가–힣).</summary>
    internal static bool IsSyllable(char c) => c is >= '가' and <= '힣';

    /// <summary>The final consonant index (0–27) of syllable <paramref name="c"/>; <see cref="NoFinal"/> when it has
    /// none or is no syllable.</summary>
    internal static int Final(char c) => IsSyllable(c) ? (c - '가') % 28 : NoFinal;
}
