using System.Text.RegularExpressions;

namespace ChatFlow.Skills.Dialog;

/// <summary>Recognises a correction of an earlier answer: <c>actually 50,000원</c>, <c>change the email to
/// x@y.com</c>, <c>the amount should be $20</c>, <c>아니 금액은 5만원</c>, <c>주소는 부산으로 바꿔줘</c>.</summary>
internal static partial class Corrections
{
    /// <summary>A correction: the field named (label words as typed, or <c>null</c>) and the new value.</summary>
    internal sealed record Correction(string? Label, string Value);

    [GeneratedRegex(@"^(?:please\s+)?(?:change|set|update|make|correct|fix)\s+(?:the\s+|my\s+)?(?<label>.+?)\s+to\s+(?<value>.+?)[.!]?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChangeTo();

    [GeneratedRegex(@"^(?:(?:actually|sorry|oops|wait|i mean|i meant|correction)\b[,!.:]?|no[,!.:])\s*(?:(?:the\s+|my\s+)?(?<label>[\p{L}\s-]{2,40}?)\s+(?:is|should be|=|:)\s+)?(?<value>.+?)[.!]?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Actually();

    [GeneratedRegex(@"^(?:the\s+|my\s+)?(?<label>[\p{L}\s-]{2,40}?)\s+should\s+be\s+(?<value>.+?)[.!]?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ShouldBe();

    [GeneratedRegex(@"^(?:아니|아니요|아뇨|아니야|아니고|정정|수정|아\s?참)[,.!\s]*(?:(?<label>[가-힣A-Za-z]+?)(?:은|는|이|가)\s+)?(?<value>.+?)(?:\s*(?:으로|로)\s*(?:바꿔|변경|수정|고쳐)\S*|\s*(?:이야|야|입니다|이에요|예요|요))?[.!]?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex KoreanNo();

    [GeneratedRegex(@"^(?<label>[가-힣A-Za-z]+?)\s*(?:은|는|을|를|이|가)\s+(?<value>.+?)\s*(?:으로|로)\s*(?:바꿔|변경해|변경|수정해|고쳐)\S*[.!]?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex KoreanChange();

    /// <summary>The correction in <paramref name="text"/>, or <c>null</c> when it is not one.</summary>
    internal static Correction? Parse(string text)
    {
        foreach (var pattern in (ReadOnlySpan<Regex>)[KoreanChange(), KoreanNo(), ChangeTo(), Actually(), ShouldBe()])
        {
            var m = pattern.Match(text.Trim());
            if (m.Success && m.Groups["value"].Value.Trim().Length > 0)
            {
                var label = m.Groups["label"].Success ? m.Groups["label"].Value.Trim() : null;
                return new Correction(string.IsNullOrEmpty(label) ? null : label, m.Groups["value"].Value.Trim());
            }
        }

        return null;
    }
}
