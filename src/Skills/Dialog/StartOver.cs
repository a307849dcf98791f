using System.Text.RegularExpressions;

namespace ChatFlow.Skills.Dialog;

/// <summary>Reads a request to start the current form over, in English and Korean, over normalised text
/// (<see cref="Recognition.TextFeatures.Normalize(string)"/>): <c>start over</c>, <c>ugh let's start again</c>,
/// <c>restart</c>, <c>let's redo this</c>, <c>can we start from scratch?</c>, <c>처음부터</c>, <c>처음부터 다시 할게</c>,
/// <c>다시 할게요</c>, <c>리셋해 주세요</c>.</summary>
/// <remarks>The whole message must be the request, with only fillers before it and courtesy words after it: a value that
/// merely contains such a word (<c>Restart Labs</c>, <c>다시마 상회</c>) is not one. <c>다시</c> and <c>새로</c> count only with a
/// verb (<c>다시 할게</c>, <c>새로 시작</c>).</remarks>
internal static partial class StartOver
{
    /// <summary>Whether <paramref name="words"/> (normalised) asks to start the current form over.</summary>
    internal static bool Asks(string words)
    {
        words = ShortAnswers.Letters(words).Trim();
        return words.Length is > 0 and <= 80
            && (English().IsMatch(words) || Korean().IsMatch(words.Replace(" ", "", StringComparison.Ordinal)));
    }

    [GeneratedRegex(@"^(?:(?:ugh|argh|meh|um+|uh+|hmm*|oh|ok|okay|actually|wait|sorry|no|nah|hey|so|well|ah|oops|alright|right|just|please|hm+|i\s+think)\s+)*"
        + @"(?:(?:let\s?s|let\s+me|let\s+us|can\s+we|could\s+we|can\s+i|could\s+i|may\s+i|i\s+want\s+to|i\s+d\s+like\s+to|i\s+wanna|i\s+need\s+to|we\s+should|i\s+ll|i\s+will|i\s+m\s+going\s+to|please|can\s+you|could\s+you)\s+)?(?:just\s+)?"
        + @"(?:start\s+(?:(?:this|it|the\s+form|everything|the\s+whole\s+thing|all)\s+)?(?:over|again|afresh|fresh|from\s+scratch|from\s+the\s+(?:beginning|top|start))"
        + @"|restart(?:\s+(?:this|it|the\s+form|everything|the\s+whole\s+thing))?"
        + @"|redo(?:\s+(?:this|it|the\s+form|everything|the\s+whole\s+thing|all\s+of\s+it))?"
        + @"|reset(?:\s+(?:this|it|the\s+form|everything|the\s+whole\s+thing))?"
        + @"|begin\s+again|do\s+(?:this|it)\s+over|from\s+(?:the\s+)?(?:top|beginning|scratch)|go\s+back\s+to\s+the\s+(?:start|beginning)"
        + @"|clear\s+(?:everything|the\s+form|it\s+all|all)(?:\s+and\s+start\s+(?:over|again))?)"
        + @"(?:\s+(?:please|again|then|now|instead|from\s+scratch|from\s+the\s+(?:beginning|top|start)|ok|okay|thanks|pls|plz|all\s+over))*$",
        RegexOptions.CultureInvariant)]
    private static partial Regex English();

    /// <summary>Korean, spaces removed: fillers, then <c>처음부터</c> / <c>리셋</c> / <c>초기화</c> with or without a verb,
    /// or <c>다시</c> / <c>새로</c> with one.</summary>
    [GeneratedRegex(@"^(?:아|앗|음|어휴|에이|잠깐|잠깐만|아니|아니요|그냥|저|그럼|미안|죄송|미안해요|죄송해요|이거|그냥요)*"
        + @"(?:(?:처음부터|맨처음부터|다시처음부터|리셋|초기화)(?:다시)?(?:" + Verb + @"|요)?"
        + @"|(?:다시|새로)(?:" + Verb + @"))[ㅠㅜㅎㅋ]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Korean();

    private const string Verb =
        @"(?:시작|작성|입력)?(?:해|해요|해줘|해줘요|해주세요|해주라|할게|할게요|할께|할께요|할래|할래요|하자|합시다|하고싶어|하고싶어요|해야겠어|해야겠다|할게여)"
        + @"|시작(?:이요|요)?";
}
