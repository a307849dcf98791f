using System.Text.RegularExpressions;

namespace ChatFlow.Skills.Recognition.Entities;

/// <summary>Korean job titles and honorifics written after a name (<c>김민수 님</c>, <c>이서연 과장님</c>,
/// <c>박지훈씨</c>): one list for stripping them from a name value and for not taking them as one.</summary>
internal static partial class KoreanHonorifics
{
    /// <summary>Job titles that follow a name, with or without <c>님</c>.</summary>
    internal static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "과장", "차장", "부장", "대리", "사원", "주임", "팀장", "실장", "본부장", "센터장", "이사", "상무", "전무", "사장", "대표",
        "매니저", "선생", "선배", "책임", "선임", "수석", "프로",
    };

    /// <summary>A title or honorific at the end of a name of at least two syllables.</summary>
    [GeneratedRegex(@"(?<=[가-힣]{2})\s*(?:(?:과장|차장|부장|대리|사원|주임|팀장|실장|본부장|센터장|이사|상무|전무|사장|대표|매니저|선생|선배|책임|선임|수석|프로)\s*님?|님|씨)$", RegexOptions.CultureInvariant)]
    private static partial Regex Trailing();

    /// <summary><paramref name="value"/> without a trailing title or honorific (<c>이서연 과장님</c> → <c>이서연</c>);
    /// unchanged when it has none.</summary>
    internal static string Strip(string value) =>
        value.Length > 2 && Trailing().Match(value) is { Success: true } polite ? value[..polite.Index] : value;
}
