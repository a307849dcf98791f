using System.Globalization;
using System.Text.RegularExpressions;
using ChatFlow.Skills.Recognition;

namespace ChatFlow.Skills.Dialog;

/// <summary>Recognises a correction of an earlier answer: <c>actually 50,000원</c>, <c>change the email to
/// x@y.com</c>, <c>the amount should be $20</c>, <c>아니 금액은 5만원</c>, <c>주소는 부산으로 바꿔줘</c>.</summary>
internal static partial class Corrections
{
    /// <summary>A correction: the field named (label words as typed, or <c>null</c>) and the new value.
    /// <paramref name="Bare"/> when nothing but the phrasing marks it (<c>make it Friday</c>, <c>sick leave
    /// instead</c>, <c>병가로 바꿔줘</c>): it corrects only a field its value clearly belongs to, otherwise it is an
    /// ordinary answer.
    /// <paramref name="Old"/> is the value it replaces when the text says so (<c>어제가 아니라 그제야</c>, <c>not Tuesday,
    /// Thursday</c>), else <c>null</c>.</summary>
    internal sealed record Correction(string? Label, string Value, bool Bare = false, string? Old = null);

    [GeneratedRegex(@"^(?:please\s+)?(?:change|set|update|make|correct|fix)\s+(?:the\s+|my\s+)?(?<label>.+?)\s+to\s+(?<value>.+?)[.!]?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChangeTo();

    [GeneratedRegex(@"^(?:(?:(?:(?:actually|sorry|oops|wait|hold on|hmm|i mean|i meant|correction)\b[,!.:]?|oh(?:[,!.:]|\s+(?=(?:wait|actually|sorry|hold on|i mean|no)\b)))|no(?:[,!.:]|\s+(?=(?:wait|actually|sorry|hold on|i mean)\b)))\s*){1,3}(?:(?:the\s+|my\s+)?(?<label>[\p{L}\s-]{2,40}?)\s+(?:is|should be|=|:)\s+)?(?<value>.+?)[.!]?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Actually();

    [GeneratedRegex(@"^(?:the\s+|my\s+)?(?<label>[\p{L}\s-]{2,40}?)\s+should\s+be\s+(?<value>.+?)[.!]?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ShouldBe();

    [GeneratedRegex(@"^(?:아니|아니요|아뇨|아니야|아니고|정정|수정|아\s?참)[,.!\s]*(?:(?<label>[가-힣A-Za-z]+?)(?:은|는|이|가)\s+)?(?<value>.+?)(?:\s*(?:으로|로)\s*(?:바꿔|변경|수정|고쳐)\S*|\s*(?:이야|야|입니다|이에요|예요|요))?[.!]?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex KoreanNo();

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

    /// <summary><c>어제가 아니라 그제야</c>, <c>화요일 말고 목요일로</c>, <c>미래상사가 아니고 미래상사(주)예요</c>: the old value,
    /// then the new one.</summary>
    [GeneratedRegex(@"^(?<old>[^,]+?)\s*(?:이|가)?\s*(?:아니라|아니고|말고)(?![가-힣])\s*[,.]?\s*(?<value>.+?)\s*(?:이야|야|이에요|예요|에요|입니다|이요|요|이다)?[.!]?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex KoreanNotBut();

    /// <summary><c>not yesterday, the day before</c>, <c>not Tuesday but Thursday</c>, <c>Thursday, not Tuesday</c>.</summary>
    [GeneratedRegex(@"^(?:(?:no|nope)\s*[,.]?\s*)?(?:it\s*'?s\s+|it\s+was\s+)?not\s+(?<old>[^,;]+?)\s*(?:[,;]\s*(?:but\s+|it\s*'?s\s+|it\s+was\s+)?|\s+but\s+)(?<value>.+?)[.!]?$|^(?<value>[^,;]+?)\s*[,;]\s*not\s+(?<old>.+?)[.!]?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotBut();

    /// <summary><c>make the name Mirae Trading</c>, <c>set my memo client lunch</c>: the field and the value follow the
    /// verb without <c>to</c>; which words are the field is decided by the skill's fields.</summary>
    [GeneratedRegex(@"^(?:please\s+)?(?:make|set|put|change|update)\s+(?:the|my)\s+(?<rest>.+?)[.!]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MakeTheField();

    /// <summary>The particle after a field's name: <c>업체명은</c>, <c>날짜를</c>, <c>금액이</c>.</summary>
    [GeneratedRegex(@"(?<=[가-힣])(?:은|는|을|를|이|가)$", RegexOptions.CultureInvariant)]
    private static partial Regex TopicOrObject();

    /// <summary>A trailing <c>(으)로</c> and the verb after it (<c>미래상사(주)로 해주세요</c> → <c>미래상사(주)</c>).</summary>
    [GeneratedRegex(@"(?<stem>\S)(?<particle>으로|로)(?:\s*(?:바꿔|변경|수정|고쳐|해\s?줘|해\s?주세요|해\s?줄래|할게|할께|할래|해요|하자|부탁)\S*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex KoreanDirection();

    /// <summary>A value that moves a day: <c>the day before</c>, <c>a day later</c>, <c>전날</c>, <c>하루 뒤</c>.</summary>
    [GeneratedRegex(@"^(?:(?<before>(?:the\s+)?day\s+before|(?:a|one)\s+day\s+(?:earlier|before)|(?:그\s?|하루\s?)?전날|하루\s?(?:전|앞|일찍))|(?<after>(?:the\s+)?(?:day\s+after|next\s+day)|(?:a|one)\s+day\s+later|(?:그\s?|하루\s?)?다음\s?날|하루\s?(?:뒤|후|늦게)))(?:\s*(?:이야|야|이에요|예요|입니다|이요|요|으로|로))?[.!]?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayShiftWords();

    /// <summary>Words around a corrected value that are not part of it: <c>make it</c>, <c>it should be</c>,
    /// <c>instead</c>, <c>please</c>.</summary>
    [GeneratedRegex(@"^(?:(?:make|change|set|switch)\s+(?:it|that|this)\s+(?:to\s+|into\s+)?|it\s+should\s+be\s+|it\s*'?s\s+|it\s+is\s+|it\s+was\s+|how\s+about\s+|let\s*'?s\s+(?:do|say|make\s+it)\s+|rather\s+|i\s+said\s+|i\s+meant\s+|i\s+mean\s+)|\s+(?:instead|please|then|rather)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Wrapping();

    /// <summary>The correction in <paramref name="text"/>, or <c>null</c> when it is not one.</summary>
    /// <param name="text">The message.</param>
    /// <param name="namesField">Whether some words name a field of the skill (label, slot name or a word for its
    /// type), for phrasings where only the skill tells the field from the value (<c>make the name X</c>,
    /// <c>업체명 X로</c>); <c>null</c> to skip those.</param>
    internal static Correction? Parse(string text, Func<string, bool>? namesField = null)
    {
        var trimmed = text.Trim();
        var unfilled = LeadingFillers.Strip(trimmed);
        foreach (var pattern in (ReadOnlySpan<Regex>)[KoreanNotBut(), NotBut()])
        {
            // Bare: "커피 말고 차" as a memo is an answer; it corrects only when the old value or the new one points at a field.
            var m = pattern.Match(unfilled);
            if (m.Success && Clean(m.Groups["value"].Value) is { Length: > 0 } value && Clean(m.Groups["old"].Value) is { Length: > 0 } old)
            {
                // "change the vendor name to X, not Y": the new value is itself phrased as a correction; read it as one.
                return Phrased(value, namesField) is { Label: not null } inner
                    ? inner with { Old = old }
                    : new Correction(null, value, Bare: true, Old: old);
            }
        }

        // "아 업체명은 미래상사(주)로 해주세요": read past the fillers unless the whole text says plainly what it corrects.
        var whole = Phrased(trimmed, namesField);
        return whole is { Bare: false } || unfilled.Length == trimmed.Length ? whole : Phrased(unfilled, namesField) ?? whole;
    }

    private static Correction? Phrased(string trimmed, Func<string, bool>? namesField)
    {
        foreach (var pattern in (ReadOnlySpan<Regex>)[KoreanChange(), KoreanNo(), ChangeTo(), Actually(), ShouldBe()])
        {
            var m = pattern.Match(trimmed);
            if (m.Success && Clean(m.Groups["value"].Value) is { Length: > 0 } value)
            {
                var label = m.Groups["label"].Success ? m.Groups["label"].Value.Trim() : null;
                return new Correction(string.IsNullOrEmpty(label) ? null : label, value);
            }
        }

        if (namesField is not null && FieldThenValue(trimmed, namesField) is { } named)
        {
            return named;
        }

        foreach (var pattern in (ReadOnlySpan<Regex>)[Labelled(), LabelIs()])
        {
            if (pattern.Match(trimmed) is { Success: true } labelled && Clean(labelled.Groups["value"].Value) is { Length: > 0 } given)
            {
                return new Correction(labelled.Groups["label"].Value.Trim(), given, Bare: true);
            }
        }

        foreach (var pattern in (ReadOnlySpan<Regex>)[MakeIt(), Instead(), KoreanValueChange()])
        {
            var m = pattern.Match(trimmed);
            if (m.Success && Clean(m.Groups["value"].Value) is { Length: > 0 } value)
            {
                return new Correction(null, value, Bare: true);
            }
        }

        return null;
    }

    /// <summary>How many days a value moves the date it corrects: <c>the day before</c> −1, <c>the day after</c> +1
    /// (<c>not yesterday, the day before</c>); <c>null</c> when it is not such a value.</summary>
    internal static int? DayShift(string value)
    {
        var m = DayShiftWords().Match(value.Trim());
        return !m.Success ? null : m.Groups["before"].Success ? -1 : 1;
    }

    /// <summary>A date (<c>yyyy-MM-dd</c>) or range (<c>start/end</c>) moved by <paramref name="days"/>, or <c>null</c>
    /// when <paramref name="held"/> is neither.</summary>
    internal static string? ShiftDays(string held, int days)
    {
        var parts = held.Split('/');
        var moved = new List<string>(parts.Length);
        foreach (var part in parts)
        {
            if (!DateOnly.TryParseExact(part, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                return null;
            }

            moved.Add(day.AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        return parts.Length is 1 or 2 ? string.Join('/', moved) : null;
    }

    /// <summary><c>make the name X</c> and <c>업체명 X로</c>: the longest leading words that name a field, and the rest.</summary>
    private static Correction? FieldThenValue(string text, Func<string, bool> namesField)
    {
        if (MakeTheField().Match(text) is { Success: true } make)
        {
            var words = make.Groups["rest"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var n = Math.Min(3, words.Length - 1); n >= 1; n--)
            {
                var label = string.Join(' ', words[..n]);
                if (namesField(label) && Clean(string.Join(' ', words[n..])) is { Length: > 0 } value)
                {
                    return new Correction(label, value);
                }
            }
        }

        // "업체명 미래상사(주)로", "날짜는 목요일로 해줘": a field (its particle aside), then the value and (으)로.
        var body = StripKoreanDirection(text);
        if (body.Length < text.Length)
        {
            var words = body.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var n = Math.Min(2, words.Length - 1); n >= 1; n--)
            {
                var label = string.Join(' ', words[..n]);
                var unmarked = TopicOrObject().Replace(label, "");
                if ((namesField(label) || (unmarked.Length > 0 && namesField(unmarked))) && string.Join(' ', words[n..]) is { Length: > 0 } value)
                {
                    return new Correction(namesField(label) ? label : unmarked, value);
                }
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

        return StripKoreanDirection(cleaned);
    }

    /// <summary><paramref name="value"/> without a trailing <c>(으)로</c> (and the verb after it) that grammar allows
    /// after the syllable before it: <c>목요일로</c> → <c>목요일</c>, <c>미래상사(주)로 해주세요</c> → <c>미래상사(주)</c>;
    /// <c>테헤란로</c> keeps its <c>로</c> (after ㄴ the particle would be <c>으로</c>).</summary>
    private static string StripKoreanDirection(string value)
    {
        var m = KoreanDirection().Match(value);
        if (!m.Success || m.Index == 0)
        {
            return value;
        }

        var stem = m.Groups["stem"].Value[0];
        var syllable = stem == ')' ? value[m.Index - 1] : stem; // 미래상사(주)로: the particle follows 주
        if (syllable is < '가' or > '힣')
        {
            return value;
        }

        var final = Hangul.Final(syllable);
        var fits = m.Groups["particle"].Value == "으로" ? final != 0 && final != 8 : final == 0 || final == 8;
        return fits ? value[..(m.Index + 1)].Trim() : value;
    }
}
