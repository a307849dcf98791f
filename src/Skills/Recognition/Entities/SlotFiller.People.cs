using System.Text.RegularExpressions;

namespace ChatFlow.Skills.Recognition.Entities;

/// <summary>People and what a slot is for: a Korean person's name found as such, and whether a request asks about
/// the person it names.</summary>
internal sealed partial class SlotFiller
{
    /// <summary>The one Korean person's name in <paramref name="text"/> (<c>박지훈 어디 소속이야</c> → <c>박지훈</c>,
    /// <c>미나씨 찾아줘</c> → <c>미나</c>), or <c>null</c>: a word shaped like a full name whose given-name syllables are
    /// common in names (<see cref="NameValue.IsPersonName"/>, strict), or two to four syllables with a title or
    /// honorific, that the skill's examples do not use.</summary>
    private string? PersonNamed(string text)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('?', '!', '.', ',', ';', ':', '"', '\'', '“', '”', '‘', '’', '(', ')'))
            .ToArray();
        string? found = null;
        for (var i = 0; i < words.Length; i++)
        {
            var bare = NameValue.Bare(words[i]);
            if (NameValue.IsHonorific(words[i]) || KoreanHonorifics.Titles.Contains(bare) || bare.Length is < 2 or > 4
                || !bare.All(c => c is >= '가' and <= '힣') || ResidualValue.IsOnlyRequestWords(_skill, bare))
            {
                continue;
            }

            var titled = (words[i].Length > bare.Length && words[i].StartsWith(bare, StringComparison.Ordinal)
                    && NameValue.IsHonorific(words[i][bare.Length..]))
                || (i + 1 < words.Length && NameValue.IsHonorific(words[i + 1]));
            if (!titled && !NameValue.IsPersonName(bare, strict: true))
            {
                continue;
            }

            if (found is not null && found != bare)
            {
                return null;
            }

            found = bare;
        }

        return found;
    }

    /// <summary>Whether <paramref name="utterance"/> asks a question about a colleague it names: a person slot's value
    /// in <paramref name="values"/> is a Korean person's name (<see cref="PersonNamed"/>) and the rest of the
    /// utterance holds a question word (<c>박지훈 어디 소속이야</c>, <c>이서연 과장님 누구야</c>).</summary>
    internal bool AsksAboutNamedPerson(string utterance, IReadOnlyDictionary<string, string> values)
    {
        if (_personSlots.Any(s => values.GetValueOrDefault(s.Name) is SelfEnglish or SelfKorean))
        {
            return true; // "who's my manager?", "제 팀장님이 누구세요?"
        }

        if (PersonNamed(ForMatching(utterance)) is not { } name || !_personSlots.Any(s => values.GetValueOrDefault(s.Name) == name))
        {
            return false;
        }

        var at = utterance.IndexOf(name, StringComparison.Ordinal);
        return at >= 0 && Question().IsMatch(string.Concat(utterance.AsSpan(0, at), " ", utterance.AsSpan(at + name.Length)));
    }

    /// <summary>The value a person slot gets when the user asks about herself, in English and Korean; a directory
    /// connector reads it as the signed-in user.</summary>
    internal const string SelfEnglish = "me";

    /// <summary>The Korean form of <see cref="SelfEnglish"/>.</summary>
    internal const string SelfKorean = "본인";

    /// <summary>The user asking about herself: her manager, team or title (<c>who's my manager?</c>, <c>who do I report
    /// to</c>, <c>what's my job title</c>, <c>제 팀장님이 누구세요?</c>, <c>내 상사 누구야</c>, <c>우리 팀장님 누구야</c>,
    /// <c>나 어느 부서야</c>), or <c>null</c>: <c>en</c> or <c>ko</c> by the words matched.</summary>
    internal static string? SelfLanguage(string utterance) =>
        SelfReference().Match(utterance) is not { Success: true } m ? null : m.Groups["ko"].Success ? "ko" : "en";

    [GeneratedRegex(@"\b(?:who\s+(?:do|should|shall)\s+i\s+report\s+to|who\s+am\s+i\s+reporting\s+to|who\s+is\s+over\s+me|my\s+(?:own\s+|direct\s+|current\s+|line\s+)?(?:manager|boss|supervisor|team\s+lead|team\s+leader|lead|reporting\s+line|directory\s+(?:entry|profile)|job\s+title|title|department|dept))\b"
        + @"|(?<ko>(?<![가-힣])(?:내|제|나의|저의|우리)\s?(?:직속\s?)?(?:매니저|팀장|상사|부장|관리자|리더|담당\s?매니저|부서|소속|직함|직급)(?:님|분)?(?:이|가|은|는|의|께서)?(?=\s|$|[?.!]|누구|어디|뭐)|(?<![가-힣])(?:나|저)\s?(?:는|어느|무슨)\s?(?:부서|팀|소속)|(?<![가-힣])(?:나|저)(?:는|의)?\s?(?:매니저|팀장|상사)(?:님)?(?:이|가|는)?\s?누구)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SelfReference();

    [GeneratedRegex(@"(?<![가-힣])(?:어디|누구|누가|뭐|뭔|무엇|무슨|어느|어떤|몇|언제|어떻게)|\?|\b(?:who|whom|whose|what|whats|where|which|how)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Question();

    [GeneratedRegex(@"name|query|person|vendor|supplier|customer|company|employee|colleague|이름|거래처|업체|회사|명$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LookupSlot();

    [GeneratedRegex(@"person|people|employee|colleague|coworker|member|user\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PersonSlot();
}
