using System.Text;
using System.Text.RegularExpressions;
using ChatFlow.Skills.Recognition;

namespace ChatFlow.Skills.Dialog;

/// <summary>Chooses the form of a Korean particle written with both forms (<c>을(를)</c>, <c>이(가)</c>, <c>은(는)</c>,
/// <c>과(와)</c>, <c>(으)로</c>, <c>(이)라고</c>, <c>(이)라는</c>) by the syllable before it: after a final consonant
/// (받침) the first form, else the second (<c>"휴가 신청"이라고</c>, <c>"경비 청구"라고</c>); <c>(으)로</c> also takes
/// <c>로</c> after ㄹ. Markup and quotes between the word and the particle
/// (<c>**INV-1**을(를)</c>, <c>"경비 청구"을(를)</c>) and a closing parenthesis are looked through. After a digit the
/// reading of the last digit decides (<c>12로</c>, <c>EXP-1001을</c>, <c>45000으로</c>: a final 0 reads 십, 백, 천, 만 or
/// 공, all with 받침; 1, 7, 8 end in ㄹ), whether the number is read as one or digit by digit. After anything else
/// (Latin letters) the written pair is kept, since its reading is unknown.</summary>
/// <remarks>Rule: https://www.korean.go.kr (표준국어대사전, 조사 '을/를', '이/가', '은/는', '과/와', '으로/로').</remarks>
public static partial class KoreanParticles
{
    [GeneratedRegex(@"을\(를\)|이\(가\)|은\(는\)|과\(와\)|\(으\)로|\(이\)라(?=고|는)", RegexOptions.CultureInvariant)]
    private static partial Regex Pair();

    /// <summary>Resolves every written particle pair in <paramref name="text"/>.</summary>
    /// <param name="text">Korean text (anything else passes through unchanged).</param>
    /// <returns>The text with each pair resolved where the preceding syllable allows it.</returns>
    public static string Resolve(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.IndexOf('(', StringComparison.Ordinal) < 0)
            return text;
        var sb = new StringBuilder(text.Length);
        var last = 0;
        foreach (Match m in Pair().Matches(text))
        {
            sb.Append(text, last, m.Index - last);
            sb.Append(Choose(m.Value, Preceding(text, m.Index)));
            last = m.Index + m.Length;
        }

        return sb.Append(text, last, text.Length - last).ToString();
    }

    /// <summary>The syllable a particle at <paramref name="at"/> attaches to, skipping markup and closing quotes.</summary>
    private static char? Preceding(string text, int at)
    {
        for (var i = at - 1; i >= 0; i--)
        {
            var c = text[i];
            if (c is '*' or '_' or '"' or '\'' or '”' or '’' or '」' or '』' or '`' or ')')
                continue;
            return c;
        }

        return null;
    }

    /// <summary>The final consonant index (as in a syllable: 0 none, 8 ㄹ, other values some other 받침) of each digit's
    /// last syllable.</summary>
    private static readonly int[] DigitFinals = [21, 8, 0, 16, 0, 0, 1, 8, 8, 0];

    private static string Choose(string pair, char? before)
    {
        if (before is not { } c || ((c < '가' || c > '힣') && !char.IsAsciiDigit(c)))
            return pair;
        // 0: no final consonant; 8: ㄹ. Digits as read: 영/공 일 이 삼 사 오 육 칠 팔 구 (a final 0 in a number: 십, 백 …).
        var final = char.IsAsciiDigit(c) ? DigitFinals[c - '0'] : Hangul.Final(c);
        return pair switch
        {
            "을(를)" => final != 0 ? "을" : "를",
            "이(가)" => final != 0 ? "이" : "가",
            "은(는)" => final != 0 ? "은" : "는",
            "과(와)" => final != 0 ? "과" : "와",
            "(이)라" => final != 0 ? "이라" : "라",
            _ => final != 0 && final != 8 ? "으로" : "로",
        };
    }
}
