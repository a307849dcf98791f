using System.Text.RegularExpressions;

namespace ChatFlow.Skills.Dialog;

/// <summary>Recognises a correction of an earlier answer: <c>actually 50,000원</c>, <c>change the email to
/// x@y.com</c>, <c>the amount should be $20</c>, <c>아니 금액은 5만원</c>, <c>주소는 부산으로 바꿔줘</c>.</summary>
internal static partial class Corrections
{
    /// <summary>A correction: the field named (label words as typed, or <c>null</c>) and the new value.
    /// <paramref name="Bare"/> when nothing but the phrasing marks it (<c>make it Friday</c>, <c>sick leave
    /// instead</c>, <c>병가로 바꿔줘</c>): it corrects only a field its value clearly belongs to, otherwise it is an
    /// ordinary answer.</summary>
    internal sealed record Correction(string? Label, string Value, bool Bare = false);

    [GeneratedRegex(@"^(?:please\s+)?(?:change|set|update|make|correct|fix)\s+(?:the\s+|my\s+)?(?<label>.+?)\s+to\s+(?<value>.+?)[.!]?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChangeTo();

    [GeneratedRegex(@"^(?:(?:(?:actually|sorry|oops|wait|hold on|hmm|oh|i mean|i meant|correction)\b[,!.:]?|no(?:[,!.:]|\s+(?=(?:wait|actually|sorry|hold on|i mean)\b)))\s*){1,3}(?:(?:the\s+|my\s+)?(?<label>[\p{L}\s-]{2,40}?)\s+(?:is|should be|=|:)\s+)?(?<value>.+?)[.!]?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Actually();

    [GeneratedRegex(@"^(?:the\s+|my\s+)?(?<label>[\p{L}\s-]{2,40}?)\s+should\s+be\s+(?<value>.+?)[.!]?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ShouldBe();

    [GeneratedRegex(@"^(?:아니|아니요|아뇨|아니야|아니고|정정|수정|아\s?참)[,.!\s]*(?:(?<label>[가-힣A-Za-z]+?)(?:은|는|이|가)\s+)?(?<value>.+?)(?:\s*(?:으로|로)\s*(?:바꿔|변경|수정|고쳐)\S*|\s*(?:이야|야|입니다|이에요|예요|요))?[.!]?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex KoreanNo();

    /// <summary><c>어제가 아니라 그제야</c>, <c>목요일 말고 금요일</c>: the value after the one said not to be it.</summary>
    [GeneratedRegex(@"^[^,.!?]{1,30}?\s?(?:이|가)?\s?(?:아니라|아니고|말고)[,\s]+(?<value>.+?)(?:\s*(?:으로|로)\s*(?:바꿔|변경|수정|고쳐|해)\S*|\s*(?:이야|야|입니다|이에요|예요|이요|요))?[.!]?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex KoreanNotBut();

    [GeneratedRegex(@"^(?<label>[가-힣A-Za-z]+?)\s*(?:은|는|을|를|이|가)\s+(?<value>.+?)\s*(?:으로|로)\s*(?:바꿔|변경해|변경|수정해|고쳐|해|넣어|적어|입력|써|할게)\S*[.!]?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex KoreanChange();

    /// <summary>A field named with its value: <c>memo: client lunch</c>, <c>add a memo saying client lunch</c>,
    /// <c>reason is kid's school event</c>, <c>메모: 팀 회식</c>. Only a label that names a field makes it one.</summary>
    [GeneratedRegex(@"^(?:(?:please\s+)?(?:add|set|put|use|write)\s+(?:a\s+|an\s+|the\s+|my\s+)?(?<label>[\p{L}\s-]{2,30}?)\s*(?::|of|as|saying|that\s+says|=)\s*|(?<label>[\p{L}\s-]{2,30}?)\s*(?::|=)\s*)(?<value>.+?)[.!]?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Labelled();

    /// <summary><c>reason is family event</c>, <c>사유는 개인 사정</c>, <c>메모는 팀 회식이에요</c>: a field and its value,
    /// a correction only when the words name a field.</summary>
    [GeneratedRegex(@"^(?:(?:the|my)\s+)?(?<label>[\p{L}-]{2,20}(?:\s+[\p{L}-]{2,20})?)\s+is\s+(?<value>.+?)[.!]?$|^(?<label>[가-힣A-Za-z]{1,10}?)(?:은|는)\s+(?<value>.+?)(?:이에요|예요|이요|입니다|이야|요)?[.!]?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LabelIs();

    [GeneratedRegex(@"^(?:please\s+)?(?:make|change|switch|set|move)\s+(?:it|that|this|them)\s+(?:to\s+|into\s+|for\s+)?(?<value>.+?)[.!]?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MakeIt();

    [GeneratedRegex(@"^(?<value>.+?)\s+instead(?:\s+please)?[.!]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Instead();

    [GeneratedRegex(@"^(?<value>.+?)\s*(?:으로|로)\s*(?:바꿔|변경|수정|고쳐|해\s?줘|해\s?주세요|할게|할래|해요)\S*[.!]?$", RegexOptions.CultureInvariant)]
    private static partial Regex KoreanValueChange();

    /// <summary>Words around a corrected value that are not part of it: <c>make it</c>, <c>it should be</c>,
    /// <c>instead</c>, <c>please</c>.</summary>
    [GeneratedRegex(@"^(?:(?:make|change|set|switch)\s+(?:it|that|this)\s+(?:to\s+|into\s+)?|it\s+should\s+be\s+|it\s*'?s\s+|it\s+is\s+|it\s+was\s+|how\s+about\s+|let\s*'?s\s+(?:do|say|make\s+it)\s+|rather\s+)|\s+(?:instead|please|then|rather)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Wrapping();

    /// <summary>The correction in <paramref name="text"/>, or <c>null</c> when it is not one.</summary>
    internal static Correction? Parse(string text)
    {
        var trimmed = text.Trim();
        foreach (var pattern in (ReadOnlySpan<Regex>)[KoreanChange(), KoreanNo(), ChangeTo(), Actually(), ShouldBe()])
        {
            var m = pattern.Match(trimmed);
            if (m.Success && Clean(m.Groups["value"].Value) is { Length: > 0 } value)
            {
                var label = m.Groups["label"].Success ? m.Groups["label"].Value.Trim() : null;
                return new Correction(string.IsNullOrEmpty(label) ? null : label, value);
            }
        }

        foreach (var pattern in (ReadOnlySpan<Regex>)[Labelled(), LabelIs()])
        {
            if (pattern.Match(trimmed) is { Success: true } labelled && Clean(labelled.Groups["value"].Value) is { Length: > 0 } given)
            {
                return new Correction(labelled.Groups["label"].Value.Trim(), given, Bare: true);
            }
        }

        foreach (var pattern in (ReadOnlySpan<Regex>)[MakeIt(), Instead(), KoreanValueChange(), KoreanNotBut()])
        {
            var m = pattern.Match(trimmed);
            if (m.Success && Clean(m.Groups["value"].Value) is { Length: > 0 } value)
            {
                return new Correction(null, value, Bare: true);
            }
        }

        return null;
    }

    private static string Clean(string value)
    {
        var cleaned = value.Trim();
        for (var i = 0; i < 3; i++)
        {
            var next = Wrapping().Replace(cleaned, "").Trim();
            if (next == cleaned)
            {
                break;
            }

            cleaned = next;
        }

        return cleaned;
    }
}
