using System.Text.RegularExpressions;

namespace ChatFlow.Skills.Recognition.Entities;

/// <summary>What a person lookup searches for, as a directory expects it: a Korean name typed apart joined
/// (<c>김 민수</c> → <c>김민수</c>), and a team or department asked about (<c>who's in finance?</c> → <c>finance</c>,
/// <c>people in the design team</c> → <c>design</c>, <c>개발팀에 누구 있어?</c> → <c>개발팀</c>, <c>재무팀 사람</c> →
/// <c>재무팀</c>), which a directory connector may search by department.</summary>
internal static partial class PersonQuery
{
    /// <summary>English: the group after <c>in</c>/<c>from</c>/<c>on</c> that a question about who is in it names.</summary>
    [GeneratedRegex(@"\b(?:who(?:'s|’s|s|\s+is|\s+are)?|who\s+(?:works?|is\s+working)|anyone|anybody|someone|everyone|people|folks|colleagues|staff|members|list)\s+(?:\w+\s+)?(?:in|from|on|at)\s+(?:the\s+)?(?<group>[A-Za-z][\w&-]*(?:\s+(?!team\b|department\b|dept\b|group\b|division\b)[A-Za-z][\w&-]*)?)(?:\s+(?:team|department|dept|group|division))?\s*[?.!]*\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EnglishGroupQuestion();

    /// <summary>English: <c>the finance team</c>, <c>the engineering department</c>: a group named as one.</summary>
    [GeneratedRegex(@"\b(?:in|from|on|of)\s+(?:the\s+)?(?<group>[A-Za-z][\w&-]*)\s+(?:team|department|dept|group|division)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EnglishNamedGroup();

    /// <summary>Korean: a team or department (<c>…팀</c>, <c>…부</c>, <c>…실</c>, <c>…본부</c>, <c>…센터</c>) with a
    /// particle, followed by who is in it (<c>누구</c>, <c>누가</c>, <c>사람</c>, <c>직원</c>, <c>팀원</c>, <c>멤버</c>).</summary>
    [GeneratedRegex(@"(?<![가-힣A-Za-z])(?<group>[가-힣A-Za-z]{1,10}(?:팀|부|실|본부|센터|부서))(?:에|에는|의|에서|엔)?\s*(?:누구|누가|사람|직원|팀원|멤버|분들|인원|구성원)",
        RegexOptions.CultureInvariant)]
    private static partial Regex KoreanGroup();

    /// <summary>A leading preposition and article and a trailing group word of an English value (<c>in finance</c>,
    /// <c>the design team</c>), a trailing people word of a Korean one (<c>재무팀 사람</c>).</summary>
    [GeneratedRegex(@"^(?:(?:in|from|on|at)\s+)?(?:the\s+)?(?<v>.+?)(?:\s+(?:team|department|dept|group|division))?(?:\s+(?:people|folks|staff|members|colleagues))?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex EnglishWrapping();

    [GeneratedRegex(@"^(?<v>[가-힣A-Za-z]{1,10}(?:팀|부|실|본부|센터|부서))(?:에|의|에서)?\s+(?:사람|사람들|직원|직원들|팀원|팀원들|멤버|분들|인원|구성원)$",
        RegexOptions.CultureInvariant)]
    private static partial Regex KoreanWrapping();

    /// <summary>The team or department <paramref name="text"/> asks about the people of, or <c>null</c>.</summary>
    internal static string? Group(string text)
    {
        var match = EnglishGroupQuestion().Match(text);
        if (!match.Success)
        {
            match = EnglishNamedGroup().Match(text);
        }

        if (!match.Success)
        {
            match = KoreanGroup().Match(text);
        }

        return match.Success ? match.Groups["group"].Value.Trim() : null;
    }

    /// <summary><paramref name="value"/> as a directory search: a Korean name typed apart joined, a preposition,
    /// article or group word around a team's name taken off (<c>in finance</c> → <c>finance</c>,
    /// <c>재무팀 사람</c> → <c>재무팀</c>); other values unchanged.</summary>
    internal static string Tidy(string value)
    {
        var trimmed = value.Trim();
        var joined = NameValue.JoinedKoreanName(trimmed);
        if (joined != trimmed)
        {
            return joined;
        }

        if (KoreanWrapping().Match(trimmed) is { Success: true } korean)
        {
            return korean.Groups["v"].Value;
        }

        // Lower-case words only: "In-ho Park" or "The Hanbit Group" stay as written.
        if (trimmed.Contains(' ', StringComparison.Ordinal) && EnglishWrapping().Match(trimmed) is { Success: true } english
            && english.Groups["v"].Value.Length > 0 && english.Groups["v"].Length < trimmed.Length)
        {
            return english.Groups["v"].Value;
        }

        return trimmed;
    }
}
