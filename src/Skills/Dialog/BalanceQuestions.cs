using System.Text.RegularExpressions;

namespace ChatFlow.Skills.Dialog;

/// <summary>Tells a question about what is left (a balance) from a request, in English and Korean: <c>how many vacation
/// days do I have left this year?</c>, <c>what's my leave balance?</c>, <c>잔여 연차 며칠이에요?</c>, <c>남은 휴가
/// 알려줘</c>, <c>연차 몇 개 남았어?</c> ask; <c>I want to use my remaining days next week</c> and <c>남은 연차 다음주에
/// 쓸게요</c> request. No shipped skill shows a balance, so such a question must not start the skill it resembles.</summary>
internal static partial class BalanceQuestions
{
    /// <summary>Whether <paramref name="text"/> (as typed) asks how much of something is left.</summary>
    internal static bool Asks(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length is 0 or > 200)
        {
            return false;
        }

        if (KoreanMarker().IsMatch(trimmed))
        {
            return !KoreanAction().IsMatch(trimmed)
                && (Questions.IsQuestion(trimmed) || KoreanAsking().IsMatch(trimmed) || trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 3);
        }

        return HowManyLeft().IsMatch(trimmed)
            || (EnglishMarker().IsMatch(trimmed) && (Questions.IsQuestion(trimmed) || EnglishAsking().IsMatch(trimmed)) && !EnglishAction().IsMatch(trimmed));
    }

    [GeneratedRegex(@"\bhow\s+(?:many|much)\b.*\b(?:left|remaining|remain|available|accrued|unused|balance|do\s+i\s+(?:still\s+)?(?:have|get)|have\s+i\s+(?:got|used|taken))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HowManyLeft();

    [GeneratedRegex(@"\b(?:balances?|left|remaining|accrued|unused)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EnglishMarker();

    [GeneratedRegex(@"\b(?:my|check|show|see|tell|know|view)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EnglishAsking();

    [GeneratedRegex(@"^(?!(?:how|what|what's|whats|is|are|do|does|can|could)\b).*\b(?:use|using|take|taking|book|request|apply|submit|file|spend|burn|want\s+to|need\s+to)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EnglishAction();

    [GeneratedRegex(@"잔여|잔고|잔량|남은|남았|남아\s?있|(?:몇|며칠|얼마나)\s?(?:일|개|시간)?\s?(?:남|있)", RegexOptions.CultureInvariant)]
    private static partial Regex KoreanMarker();

    [GeneratedRegex(@"알려|확인|보여|조회|궁금|얼마|몇|며칠|되나요|돼요|인가요|이에요|예요|야\??$", RegexOptions.CultureInvariant)]
    private static partial Regex KoreanAsking();

    [GeneratedRegex(@"쓸게|쓸께|쓸래|쓰고\s?싶|쓰려|써야|쓸\s?거|신청|낼게|낼께|낼래|내고\s?싶|내려고|사용할|사용하고|사용하려|쉴게|쉬고\s?싶|소진",
        RegexOptions.CultureInvariant)]
    private static partial Regex KoreanAction();
}
