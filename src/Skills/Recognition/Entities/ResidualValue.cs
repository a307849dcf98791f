using System.Runtime.CompilerServices;
using ChatFlow.Skills.Manifests;

namespace ChatFlow.Skills.Recognition.Entities;

/// <summary>Finds the value of a skill's one free-text slot still empty in a phrasing no example covers: the words
/// of the utterance that the skill's own examples, name, description and labels never use, and that look like a name
/// (<c>look up invoices from Hanbit</c> → <c>Hanbit</c>, <c>한빛상사 송장 있어?</c> → <c>한빛상사</c>,
/// <c>김철수 팀장님 이메일 알려주세요</c> → <c>김철수</c>, <c>whats minji's email</c> → <c>minji</c>); and tells a value
/// from words that only stand for one (<c>사람</c>, <c>동료 좀</c>, <c>a coworker</c>).</summary>
/// <remarks>Used when a dialog starts a skill the recogniser already chose, never to score an utterance (leaving
/// out unknown words would make any text look like the skill). It answers only when the words left over form one
/// run of at most four words, of which at least one is capitalised, holds a digit, ends in a possessive, or is a
/// Korean company name (<c>…상사</c>, <c>(주)가나다</c>), person's name (a family name and two syllables, or a name
/// with 씨/님/a title) or — for a vendor or invoice query — a word that is no verb, adverb or general word
/// (<c>한빛</c>); otherwise the bot asks for the value.</remarks>
internal static class ResidualValue
{
    private static readonly HashSet<string> Common = new(StringComparer.Ordinal)
    {
        "i", "me", "my", "we", "us", "our", "you", "your", "a", "an", "the", "to", "for", "of", "in", "on", "at", "from",
        "by", "with", "about", "and", "or", "is", "are", "was", "were", "be", "been", "do", "does", "did", "have", "has",
        "had", "can", "could", "would", "will", "please", "any", "some", "there", "this", "that", "it", "its", "what",
        "whats", "who", "whos", "which", "when", "where", "how", "s", "t", "yet", "already", "now", "up", "get", "give",
        "tell", "show", "see", "check", "find", "look", "need", "want", "like", "know", "let", "just", "all", "also",
        "hi", "hey", "hello", "thanks", "ok", "okay", "still", "again", "mr", "ms", "mrs", "dr", "anything", "something",
        "everything", "nothing", "else",
        "좀", "혹시", "그", "이", "저", "거", "것", "있어", "있어요", "있나요", "있니", "있습니까", "알려줘", "알려줄래", "알려주세요",
        "알려", "주세요", "줘", "해줘", "해주세요", "보여줘", "보여주세요", "찾아줘", "찾아주세요", "확인", "확인해줘", "조회", "조회해줘",
        "뭐야", "뭐예요", "어때", "어때요", "누구", "누구야", "누구예요", "님", "씨",
    };

    /// <summary>Words that stand for a value without being one in any skill: whom or what a request is about in general
    /// (<c>someone</c>, <c>a coworker</c>, <c>사람</c>, <c>팀원</c>), and Korean adverbs and time words that are not names
    /// (<c>빨리</c>, <c>지난달</c>). A skill adds its own domain's words with its slots' <c>genericWords</c>
    /// (<see cref="SlotDefinition.GenericWords"/>: <c>vendor</c>, <c>거래처</c>, <c>미지급</c>).</summary>
    private static readonly HashSet<string> Generic = new(StringComparer.Ordinal)
    {
        "someone", "somebody", "anyone", "anybody", "everyone", "person", "people", "colleague", "colleagues", "coworker",
        "coworkers", "co", "worker", "employee", "employees", "staff", "teammate", "teammates", "member", "guy", "one",
        "him", "her", "them", "he", "she", "they", "their", "his", "name", "contact", "details", "info", "information",
        "company",
        "사람", "사람들", "누군가", "누구", "동료", "동료들", "직원", "직원들", "팀원", "팀원들", "분", "담당자", "이분", "그분", "저분",
        "회사", "빨리", "얼른", "지금", "당장", "오늘", "내일", "어제", "모레", "이번", "지난", "다음",
        "지난달", "이번달", "다음달", "지난주", "이번주", "다음주", "올해", "작년", "내년", "최근", "요즘", "아까", "방금", "나중",
        "전부", "전체", "모두", "모든", "다시", "한번", "그냥", "먼저", "제발", "아직", "이미", "벌써", "정말", "진짜", "너무",
        "많이", "조금", "우리", "저희", "제가", "내가", "나", "저", "얼마", "얼마나", "언제", "어디", "무엇", "뭐", "왜", "어떻게",
        "무슨", "어느", "어떤", "관련", "관련된", "해당", "목록", "내역", "혹시", "한", "두", "명", "한명", "하나", "임직원",
        "상태", "금액", "잔액", "번호", "인", "인데", "이고", "보낸", "받은", "남은", "밀린", "늦은", "들어온", "나간", "새로운",
        "오래된", "최신",
    };

    private static readonly ConditionalWeakTable<SkillManifest, HashSet<string>> Vocabularies = new();

    private static readonly ConditionalWeakTable<SkillManifest, HashSet<string>> GenericWords = new();

    /// <summary><see cref="Generic"/> and the generic words <paramref name="skill"/>'s slots declare, normalised as
    /// utterances are (lower case).</summary>
    private static HashSet<string> GenericFor(SkillManifest skill) => GenericWords.GetValue(skill, s =>
    {
        var words = new HashSet<string>(Generic, StringComparer.Ordinal);
        foreach (var word in s.Slots.SelectMany(slot => slot.GenericWords))
        {
            words.UnionWith(TextFeatures.Normalize(word).Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }

        return words;
    });

    /// <summary>The value of <paramref name="skill"/>'s free-text slot in <paramref name="text"/> (what is left of
    /// the utterance once typed values are taken out), or <c>null</c> when none stands out.</summary>
    /// <param name="skill">The skill.</param>
    /// <param name="text">What is left of the utterance.</param>
    /// <param name="loose">Whether the slot names what a lookup or record is about (a vendor, an invoice query), so
    /// any Korean word the skill does not know that is no verb, adverb or general word may be its value
    /// (<c>한빛 송장 좀 보여줘</c> → <c>한빛</c>); otherwise (a person, a memo) a Korean word must be shaped like a
    /// company's or person's name (<c>한빛상사</c>, <c>박지훈</c>) or carry a title (<c>미나씨</c>).</param>
    internal static string? Find(SkillManifest skill, string text, bool loose = false)
    {
        // Lower-case words count only when nothing else looks like a name: "do we owe Hanbit anything?" is Hanbit,
        // and a rambling "Daehan Logistics has been calling me all morning" keeps its one capitalised name.
        var runs = NameRuns(skill, text, loose);
        if (runs.Count == 0 && loose)
        {
            runs = NameRuns(skill, text, loose, lowerCase: true);
        }

        // A capitalised first word is usually just the start of the sentence ("Pull up Alice's contact info").
        if (runs.Count == 2 && runs[0].Start == 0)
        {
            runs.RemoveAt(0);
        }

        return runs is [var only] && only.Words.Count <= 4 ? string.Join(' ', only.Words) : null;
    }

    /// <summary>One value per comma-separated part of <paramref name="text"/> that holds one (<c>register the vendor
    /// Seoul Foods, 5 Jongno-ro Seoul</c> → <c>Seoul Foods</c>, <c>5 Jongno-ro Seoul</c>), in order; for a skill
    /// whose free-text slots are filled in that order.</summary>
    /// <remarks>A part's value is the part from its first word the skill does not know to its end
    /// (<c>업체 등록해줘 블루하버상사</c> → <c>블루하버상사</c>, <c>부산시 해운대구 7</c> as written), kept when it holds a
    /// name-like word.</remarks>
    internal static List<string> ByPart(SkillManifest skill, string text)
    {
        var known = Vocabularies.GetValue(skill, Vocabulary);
        var values = new List<string>();
        foreach (var part in text.Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            var words = part.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            var first = Array.FindIndex(words, w => Bare(Clean(w)) is { Length: > 0 } b && !IsKnown(b, known));
            if (first >= 0 && NameRuns(skill, string.Join(' ', words[first..]), loose: false).Count > 0)
            {
                values.Add(string.Join(' ', words[first..]).Trim().Trim('.', '!', '?'));
            }
        }

        return values;
    }

    private static string Clean(string word)
    {
        var trimmed = word.Trim('?', '!', '.', ',', ';', ':', '"', '\'', '“', '”', '‘', '’');
        // "(주)가나다" keeps its company mark; other brackets go.
        return NameValue.IsMarkedCompany(trimmed) ? trimmed : trimmed.Trim('(', ')');
    }

    /// <summary>Runs of name-like words the skill's vocabulary does not know; <c>of</c>, <c>and</c>, <c>&amp;</c>
    /// join two of them (<c>Bank of Korea</c>); any other word ends a run, and so does a possessive
    /// (<c>Bob's manager</c>), which also makes a name of the unknown words just before it (<c>alice kim's phone</c>
    /// → <c>alice kim</c>).</summary>
    private static List<(int Start, List<string> Words)> NameRuns(SkillManifest skill, string text, bool loose, bool lowerCase = false)
    {
        var known = Vocabularies.GetValue(skill, Vocabulary);
        var generic = GenericFor(skill);
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var runs = new List<(int Start, List<string> Words)>();
        List<string>? run = null;
        for (var i = 0; i < words.Length; i++)
        {
            var clean = Clean(words[i]);
            var bare = Bare(clean);
            if (run is not null && bare is "of" or "and" or "&" && i + 1 < words.Length
                && Bare(Clean(words[i + 1])) is { Length: > 0 } next
                && !IsKnown(next, known) && LooksLikeName(next, known, generic, loose, titled: false, lowerCase))
            {
                run.Add(bare);
                continue;
            }

            var possessive = NameValue.IsPossessive(clean);
            if (bare.Length == 0 || IsKnown(bare, known) || !(possessive || LooksLikeName(bare, known, generic, loose, Titled(clean, bare, words, i), lowerCase)))
            {
                run = null;
                continue;
            }

            if (run is null)
            {
                run = [];
                runs.Add((i, run));

                // The unknown words just before a possessive belong to the name: "find alice kim's phone number".
                if (possessive)
                {
                    for (var j = i - 1; j >= 0 && run.Count < 2 && Bare(Clean(words[j])) is { Length: > 0 } before
                        && !IsKnown(before, known) && before.All(char.IsLetter) && !words[j].EndsWith(',');
                        j--)
                    {
                        run.Insert(0, before);
                        runs[^1] = (j, run);
                    }
                }
            }

            run.Add(bare);
            if (possessive)
            {
                run = null;
            }
        }

        return runs;
    }

    /// <summary>Whether a Korean word carries a title or honorific (<c>미나씨</c>, <c>지훈 님</c>, <c>서연 과장님께</c>).</summary>
    private static bool Titled(string clean, string bare, string[] words, int i) =>
        bare.Length > 0 && TextFeatures.IsHangul(bare[^1])
        && ((clean.Length > bare.Length && clean.StartsWith(bare, StringComparison.Ordinal) && NameValue.IsHonorific(clean[bare.Length..]))
            || (i + 1 < words.Length && NameValue.IsHonorific(Clean(words[i + 1]))));

    /// <summary>Company-name endings (<c>한빛상사</c>, <c>서울식품</c>, <c>블루테크</c>).</summary>
    private static readonly string[] CompanyEndings =
    [
        "상사", "물산", "산업", "전자", "식품", "무역", "유통", "건설", "제약", "화학", "테크", "코리아", "주식회사", "그룹", "은행",
        "증권", "보험", "통상", "기업", "정밀", "물류", "상회", "컴퍼니", "랩스", "소프트", "시스템즈", "솔루션",
    ];

    /// <summary>Endings of Korean verbs and adjectives (<c>보여줘</c>, <c>있어요</c>, <c>얼마야</c>): such a word is not a name.</summary>
    private const string VerbEndings = "다요줘해야니까죠네래게고면며냐어음된던";

    /// <summary>One-syllable Sino-Korean prefixes (<c>미지급</c>, <c>총금액</c>): such a prefix on a word the skill knows
    /// makes no name.</summary>
    private const string Prefixes = "미비무불총재신구전고저반과초최";

    private static bool LooksLikeName(string word, HashSet<string> known, HashSet<string> generic, bool loose, bool titled, bool lowerCase = false)
    {
        if (char.IsUpper(word[0]) || word.Any(char.IsAsciiDigit) || NameValue.IsMarkedCompany(word))
        {
            return true;
        }

        // A lookup's value may be typed in lower case ("what do we owe hanbit"): a Latin word of three letters or more
        // that is no function word, no word of the skill and none its slots call generic.
        if (lowerCase && loose && word.Length >= 3 && word.All(char.IsAsciiLetter) && !generic.Contains(word.ToLowerInvariant())
            && !Common.Contains(word.ToLowerInvariant()) && !IsKnown(word.ToLowerInvariant(), known))
        {
            return true;
        }

        if (word.Length < 2 || !word.All(TextFeatures.IsHangul) || generic.Contains(word))
        {
            return false;
        }

        // A Korean name: one with a title (미나씨), a company's (…상사), a person's (family name + two syllables) or, for
        // a lookup, a word the skill does not know and no prefixed word it knows (미지급); never a verb (한빛 송장 좀
        // 보여줘; not 결제됐는지, 연체된).
        if (titled && word.Length <= 4)
        {
            return true;
        }

        if (VerbEndings.Contains(word[^1], StringComparison.Ordinal) || word.EndsWith("는지", StringComparison.Ordinal) || word.Any(PastTense))
        {
            return false;
        }

        return CompanyEndings.Any(e => word.Length > e.Length && word.EndsWith(e, StringComparison.Ordinal))
            || NameValue.IsPersonName(word, strict: false)
            || (loose && word.Length <= 10
                && !(word.Length >= 3 && Prefixes.Contains(word[0], StringComparison.Ordinal) && IsKnown(word[1..], known)));
    }

    /// <summary>A syllable ending in ㅆ (했, 됐, 었, 겠): a verb's tense, never part of a name.</summary>
    private static bool PastTense(char c) => Hangul.Final(c) == Hangul.SsangSiot;

    /// <summary>A word without possessive <c>'s</c>, a trailing Korean particle or an honorific title (a title on
    /// its own gives the empty string).</summary>
    private static string Bare(string word)
    {
        if (NameValue.IsPossessive(word))
        {
            word = word[..^2];
        }

        if (word.Length > 0 && TextFeatures.IsHangul(word[^1]))
        {
            if (NameValue.IsHonorific(word) || KoreanHonorifics.Titles.Contains(NameValue.WithoutParticle(word)))
            {
                return "";
            }

            word = NameValue.Bare(word);
        }

        return word;
    }

    /// <summary>Whether <paramref name="value"/> (a slot value taken from an example template) is only words that
    /// stand for a value without being one: the skill's own example words, function words and general words for
    /// whom or what is asked about (<c>사람</c>, <c>동료 좀</c>, <c>someone</c>, <c>a coworker</c>).</summary>
    internal static bool IsOnlyRequestWords(SkillManifest skill, string value)
    {
        var known = Vocabularies.GetValue(skill, Vocabulary);
        var generic = GenericFor(skill);
        var any = false;
        foreach (var word in TextFeatures.Normalize(value).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            any = true;
            var bare = Bare(word);
            if (bare.Length == 0 || generic.Contains(bare) || Common.Contains(bare) || known.Contains(bare))
            {
                continue;
            }

            // A Korean word known by its first syllables (동료분, 직원분) unless it looks like a name (신규산업).
            if (IsKnown(bare, known) && !(TextFeatures.IsHangul(bare[0]) && (NameValue.IsPersonName(bare, strict: true)
                || CompanyEndings.Any(e => bare.Length > e.Length && bare.EndsWith(e, StringComparison.Ordinal)))))
            {
                continue;
            }

            return false;
        }

        return any;
    }

    private static bool IsKnown(string word, HashSet<string> known)
    {
        var lower = word.ToLowerInvariant();
        if (Common.Contains(lower) || known.Contains(lower))
        {
            return true;
        }

        // A Korean word is known when a word of the examples starts with its first two syllables (등록해줘 ≈ 등록하고).
        return lower.Length >= 2 && TextFeatures.IsHangul(lower[0]) && known.Contains("\u0001" + lower[..2]);
    }

    private static HashSet<string> Vocabulary(SkillManifest skill)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var texts = skill.Utterances.Values.SelectMany(u => u)
            .Concat([skill.Name.En, skill.Name.Ko ?? "", skill.Description?.En ?? "", skill.Description?.Ko ?? ""])
            .Concat(skill.Slots.SelectMany(s => new[] { s.Label.En, s.Label.Ko ?? "" }));
        foreach (var text in texts)
        {
            foreach (var word in TextFeatures.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                words.Add(word);
                if (word.EndsWith('s'))
                {
                    words.Add(word[..^1]); // invoices → invoice
                }
                else
                {
                    words.Add(word + "s");
                }

                if (word.Length >= 2 && TextFeatures.IsHangul(word[0]))
                {
                    words.Add("\u0001" + word[..2]);
                }
            }
        }

        return words;
    }
}
