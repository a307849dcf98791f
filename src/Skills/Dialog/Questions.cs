using System.Text.RegularExpressions;

namespace ChatFlow.Skills.Dialog;

/// <summary>Tells a question from an answer, in English and Korean: <c>how many days do I have left?</c>, <c>what
/// is my balance</c>, <c>연차 몇 개 남았어?</c>, <c>왜 필요해요</c>, <c>잔여 휴가 알 수 있나요</c>.</summary>
internal static partial class Questions
{
    /// <summary>English question words and auxiliaries that open a question, and Korean question words anywhere
    /// (Korean puts them mid-sentence: <c>휴가 며칠 남았어</c>).</summary>
    [GeneratedRegex(@"^(?:how|what|what's|whats|why|when|where|who|who's|whom|whose|which|can|could|would|will|do|does|did|is|are|am|should|shall|may|isn't|aren't|don't|doesn't)\b"
        + @"|(?:^|\s)(?:어떻게|어째서|왜|몇|며칠|얼마나|얼마|언제|어디|어디서|누가|누구|무슨|무엇|뭐|뭘|뭐가|어느|어떤)(?!든|나(?:\s|$)|라도|이든|이나|건|(?:이)?라도)(?=\s|$|[가-힣?])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuestionWord();

    /// <summary>Korean question endings: <c>남았나요</c>, <c>될까요</c>, <c>있습니까</c>, <c>남았니</c>, <c>뭐냐</c>.</summary>
    [GeneratedRegex(@"(?:나요|까요|습니까|을까|는지요|니|냐)\s*[?？]?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex KoreanEnding();

    /// <summary>Whether <paramref name="text"/> reads as a question: it ends with a question mark, opens with a question
    /// word or auxiliary (<c>how</c>, <c>what</c>, <c>can</c> …), has a Korean question word (<c>몇</c>, <c>왜</c>,
    /// <c>얼마나</c>, <c>어떻게</c> …) or a Korean question ending (<c>~나요</c>, <c>~까요</c>).</summary>
    internal static bool IsQuestion(string text)
    {
        var trimmed = text.Trim();
        return trimmed.EndsWith('?') || trimmed.EndsWith('？') || QuestionWord().IsMatch(trimmed) || KoreanEnding().IsMatch(trimmed);
    }

    /// <summary>Whether <paramref name="text"/> is a question in both ways: a question mark at the end and a question
    /// word (<c>what should I put here?</c>), so that it cannot be a name or a note.</summary>
    internal static bool IsPlainlyQuestion(string text)
    {
        var trimmed = text.Trim();
        return (trimmed.EndsWith('?') || trimmed.EndsWith('？')) && (QuestionWord().IsMatch(trimmed) || KoreanEnding().IsMatch(trimmed));
    }
}
