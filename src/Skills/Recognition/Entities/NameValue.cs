using System.Text.RegularExpressions;

namespace ChatFlow.Skills.Recognition.Entities;

/// <summary>What a name written in a request looks like, in English and Korean: the Korean particle after it
/// (<c>한빛에</c>, <c>박지훈의</c>, <c>한빛상사가</c>), a possessive that ends it (<c>Bob's manager</c>), a person's name
/// (<c>박지훈</c>, <c>이서연 과장님</c>) and a company marked as one (<c>(주)가나다</c>).</summary>
internal static partial class NameValue
{
    /// <summary>The most common Korean family names, less those that also start everyday words at work (인사, 지급,
    /// 주문, 전화, 사무, 부서 …).</summary>
    private const string FamilyNames = "김이박최정강조윤장임한오서신권황안송류홍고문양손배백허유남심노하곽성차우구민나엄채원천방현함변염여추도소석선설마길연위표명기반라왕금옥육맹모탁국";

    /// <summary>Two-syllable family names (<c>남궁민수</c>).</summary>
    private static readonly string[] CompoundFamilyNames = ["남궁", "선우", "제갈", "황보", "독고", "사공", "서문", "동방"];

    /// <summary>Syllables common in Korean given names (<c>지훈</c>, <c>서연</c>, <c>민수</c>): a word such as <c>서울시</c>,
    /// <c>이번주</c> or <c>정산서</c> starts with a family name but is no one's name.</summary>
    private const string GivenNameSyllables =
        "민서지현준우수영연진윤예은하도주유재성혜희정원아승태동상호경소다채나인미혁석철훈용기환형규빈린율시건결후찬선숙자순옥애란화명식길광범종근국일이해효보솔별람슬온봄빛누담라리비가세운웅욱필열완중창천초춘충택학헌협홍휘흥균금남대덕래려로록룡륜름만모무문배백병복봉부삼설섭송신심안양언여의익임전제조표평향황";

    /// <summary>Everyday words shaped like a name (a family name and two common given-name syllables).</summary>
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "최대한", "이상한", "유명한", "유용한", "이번엔", "정확한", "하루종", "정도로", "이대로", "조금만", "정말요", "오랜만",
        "신속히", "조용히", "천천히", "성실히", "안전한", "편안한", "강남역", "서울역", "이상은", "이하는",
    };

    /// <summary>Job titles and honorifics written right after a name (<c>박지훈씨</c>, <c>이서연님</c>, <c>김민수 과장님</c>),
    /// with a particle (<c>님께</c>, <c>씨의</c>).</summary>
    [GeneratedRegex(@"^(?:씨|님|(?:과장|차장|부장|대리|사원|주임|팀장|실장|본부장|센터장|이사|상무|전무|사장|대표|매니저|선생|선배|책임|선임|수석|프로)님?)(?:의|에게|한테|께|께서|이|가|은|는|을|를|도|만|과|와|이랑|랑|하고|이요|요)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Honorific();

    /// <summary>A company marked as one before or after its name: <c>(주)가나다</c>, <c>㈜가나다</c>, <c>가나다(주)</c>,
    /// <c>주식회사가나다</c>.</summary>
    [GeneratedRegex(@"^(?:\((?:주|유|사|재)\)|㈜|주식회사|유한회사)\S+$|^\S+(?:\((?:주|유)\)|㈜)$", RegexOptions.CultureInvariant)]
    private static partial Regex MarkedCompany();

    /// <summary>Particles a Korean name may carry, longest first; a one-syllable particle whose form depends on the
    /// syllable before (을/를, 이/가, 은/는, 과/와, 으로/로) is taken off only after a syllable that takes that form,
    /// so <c>김하은</c> keeps its <c>은</c> (after 하 it would be 는) while <c>이서연은</c> loses it.</summary>
    private static readonly (string Particle, Final After)[] Particles = new (string, Final)[]
    {
        ("에게서", Final.Any), ("한테서", Final.Any), ("에게", Final.Any), ("한테", Final.Any), ("께서", Final.Any),
        ("에서", Final.Any), ("부터", Final.Any), ("까지", Final.Any), ("하고", Final.Any), ("처럼", Final.Any),
        ("보다", Final.Any), ("이랑", Final.Consonant), ("으로", Final.ConsonantNotL), ("이나", Final.Consonant),
        ("라는", Final.Vowel), ("이라는", Final.Consonant),
        ("의", Final.Any), ("에", Final.Any), ("께", Final.Any), ("도", Final.Any), ("만", Final.Any),
        ("은", Final.Consonant), ("을", Final.Consonant), ("이", Final.Consonant), ("과", Final.Consonant),
        ("는", Final.Vowel), ("를", Final.Vowel), ("가", Final.Vowel), ("와", Final.Vowel), ("랑", Final.Vowel),
        ("로", Final.VowelOrL),
    }.OrderByDescending(p => p.Item1.Length).ToArray();

    private enum Final
    {
        Any,
        Consonant,
        ConsonantNotL,
        Vowel,
        VowelOrL,
    }

    /// <summary><paramref name="word"/> without one trailing Korean particle (<c>한빛에</c> → <c>한빛</c>, <c>Hanbit에</c>
    /// → <c>Hanbit</c>) when at least two characters remain; a person's name keeps a final syllable that could be a
    /// particle and often ends a given name (<c>김영도</c>, <c>김덕만</c>, <c>이정은</c>).</summary>
    internal static string WithoutParticle(string word)
    {
        if (word.Length < 3 || !TextFeatures.IsHangul(word[^1]))
        {
            return word;
        }

        foreach (var (particle, after) in Particles)
        {
            if (!word.EndsWith(particle, StringComparison.Ordinal))
            {
                continue;
            }

            if (word.Length < particle.Length + 2)
            {
                // Too short to lose this particle, and then no shorter one either: 돈으로 is not 돈으 + 로.
                return word;
            }

            var before = word[^(particle.Length + 1)];
            if (!Fits(before, after) || (particle is "도" or "만" or "은" && IsPersonName(word, strict: true)))
            {
                continue;
            }

            return word[..^particle.Length];
        }

        return word;
    }

    private static bool Fits(char before, Final after)
    {
        if (after == Final.Any || before < '가' || before > '힣')
        {
            return true; // after Latin letters or digits either form may follow
        }

        var final = Hangul.Final(before);
        return after switch
        {
            Final.Consonant => final != 0,
            Final.ConsonantNotL => final != 0 && final != 8,
            Final.Vowel => final == 0,
            _ => final is 0 or 8,
        };
    }

    /// <summary>Whether <paramref name="word"/> is a title or honorific on its own, perhaps with a particle (<c>님</c>,
    /// <c>과장님</c>, <c>씨의</c>).</summary>
    internal static bool IsHonorific(string word) => Honorific().IsMatch(word);

    /// <summary><paramref name="word"/> without particles and a title or honorific written onto it, in any order
    /// (<c>박지훈씨의</c> → <c>박지훈</c>, <c>김민수님께</c> → <c>김민수</c>, <c>한빛에</c> → <c>한빛</c>).</summary>
    internal static string Bare(string word)
    {
        for (var round = 0; round < 3; round++)
        {
            var before = word;
            word = WithoutParticle(word);
            if (word.Length > 2 && TextFeatures.IsHangul(word[^1]))
            {
                word = KoreanHonorifics.Strip(word);
            }

            if (word == before)
            {
                break;
            }
        }

        return word;
    }

    /// <summary>Whether <paramref name="word"/> (Hangul only, without particles) is shaped like a Korean person's name:
    /// a family name and two syllables (<c>박지훈</c>), or a two-syllable family name and one or two
    /// (<c>남궁민수</c>). <paramref name="strict"/> also wants the given name's syllables to be common in names and the
    /// word not an everyday word, so <c>서울시</c> or <c>이번주</c> is not taken.</summary>
    internal static bool IsPersonName(string word, bool strict)
    {
        if (word.Length is < 3 or > 4 || !word.All(c => c is >= '가' and <= '힣'))
        {
            return false;
        }

        string given;
        if (word.Length == 3 && FamilyNames.Contains(word[0], StringComparison.Ordinal))
        {
            given = word[1..];
        }
        else if (CompoundFamilyNames.Any(f => word.StartsWith(f, StringComparison.Ordinal)))
        {
            given = word[2..];
        }
        else
        {
            return false;
        }

        return !strict || (!NotNames.Contains(word) && given.All(c => GivenNameSyllables.Contains(c, StringComparison.Ordinal))
            && given[^1] is not ('해' or '한' or '요' or '까' or '죠' or '네' or '래' or '니' or '야'));
    }

    /// <summary>A Korean name typed with a space between family and given name (<c>김 민수</c>, <c>남궁 민</c>,
    /// <c>이 서연님</c>) as a directory writes it (<c>김민수</c>); <paramref name="value"/> unchanged when it is not
    /// exactly such a name (<c>이 사람</c>, <c>김 과장</c>, <c>박 지훈 민수</c>).</summary>
    internal static string JoinedKoreanName(string value)
    {
        var parts = value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (parts is not [var family, var given] || !family.All(c => c is >= '가' and <= '힣'))
        {
            return value;
        }

        var bareGiven = Bare(given);
        if (bareGiven.Length is not (1 or 2) || IsHonorific(bareGiven) || KoreanHonorifics.Titles.Contains(bareGiven))
        {
            return value;
        }

        var isName = CompoundFamilyNames.Contains(family, StringComparer.Ordinal)
            ? bareGiven.All(c => GivenNameSyllables.Contains(c, StringComparison.Ordinal))
            : family.Length == 1 && bareGiven.Length == 2 && FamilyNames.Contains(family[0], StringComparison.Ordinal)
                && IsPersonName(family + bareGiven, strict: true);
        return isName ? family + bareGiven : value;
    }

    /// <summary>Whether <paramref name="word"/> is a company marked as one (<c>(주)가나다</c>, <c>가나다㈜</c>).</summary>
    internal static bool IsMarkedCompany(string word) => MarkedCompany().IsMatch(word);

    /// <summary>An English possessive at the end of a word (<c>Bob's</c>, <c>Kim’s</c>).</summary>
    internal static bool IsPossessive(string word) =>
        word.Length > 2 && (word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || word.EndsWith("’s", StringComparison.OrdinalIgnoreCase));

    /// <summary>A name, person or query value as written in a request, without what is not part of it: the words
    /// after a possessive (<c>Bob's manager</c> → <c>Bob</c>, <c>Alice Kim's phone number</c> → <c>Alice Kim</c>; a
    /// capitalised word after it stays: <c>McDonald's Korea</c>), "the manager of" before it (<c>the manager of Bob</c>
    /// → <c>Bob</c>), a Korean particle on its last word (<c>한빛에</c> → <c>한빛</c>, <c>박지훈의</c> → <c>박지훈</c>)
    /// and the filler word <c>좀</c>.</summary>
    internal static string Clean(string value)
    {
        if (RelationOf().Match(value) is { Success: true } relation)
        {
            value = relation.Groups["name"].Value;
        }

        var words = value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Where(w => w != "좀").ToList();
        for (var i = 0; i < words.Count - 1; i++)
        {
            if (IsPossessive(words[i]) && words.Skip(i + 1).All(w => !char.IsUpper(w[0])))
            {
                words = [.. words.Take(i), words[i][..^2]];
                break;
            }
        }

        // A Korean possessive or particle ends the name: "박지훈의 매니저" → 박지훈.
        for (var i = 0; i < words.Count - 1; i++)
        {
            if (words[i].Length > 2 && words[i].EndsWith('의') && words[i].All(c => c is >= '가' and <= '힣'))
            {
                words = [.. words.Take(i + 1)];
                break;
            }
        }

        if (words.Count > 0)
        {
            words[^1] = Bare(words[^1].TrimEnd('?', '!', '.', ','));
        }

        return string.Join(' ', words).Trim();
    }

    /// <summary>"the manager of Bob", "the email of Alice Kim": what is asked, then whose.</summary>
    [GeneratedRegex(@"^(?:the\s+)?(?:manager|boss|supervisor|lead|head|team|department|dept|title|job\s+title|email|e-mail|email\s+address|phone|phone\s+number|number|extension|contact|contact\s+info|office|desk|location)\s+of\s+(?<name>\S.*)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelationOf();
}
