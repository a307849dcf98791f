using System.Runtime.CompilerServices;
using ChatFlow.Skills.Manifests;

namespace ChatFlow.Skills.Recognition.Entities;

/// <summary>Finds the value of a skill's one free-text slot in a phrasing no example covers: the words of the
/// utterance that the skill's own examples, name, description and labels never use, and that look like a name
/// (<c>look up invoices from Hanbit</c> → <c>Hanbit</c>, <c>한빛상사 송장 있어?</c> → <c>한빛상사</c>,
/// <c>김철수 팀장님 이메일 알려주세요</c> → <c>김철수</c>).</summary>
/// <remarks>Used when a dialog starts a skill the recogniser already chose, never to score an utterance (leaving
/// out unknown words would make any text look like the skill). It answers only when the words left over form one
/// run of at most four words, of which at least one is capitalised, holds a digit, or is a Korean company name
/// (<c>…상사</c>) or person's name (a family name and two syllables); otherwise the bot asks for the value.</remarks>
internal static class ResidualValue
{
    private static readonly HashSet<string> Common = new(StringComparer.Ordinal)
    {
        "i", "me", "my", "we", "us", "our", "you", "your", "a", "an", "the", "to", "for", "of", "in", "on", "at", "from",
        "by", "with", "about", "and", "or", "is", "are", "was", "were", "be", "been", "do", "does", "did", "have", "has",
        "had", "can", "could", "would", "will", "please", "any", "some", "there", "this", "that", "it", "its", "what",
        "whats", "who", "whos", "which", "when", "where", "how", "s", "t", "yet", "already", "now", "up", "get", "give",
        "tell", "show", "see", "check", "find", "look", "need", "want", "like", "know", "let", "just", "all", "also",
        "hi", "hey", "hello", "thanks", "ok", "okay", "still", "again", "mr", "ms", "mrs", "dr",
        "좀", "혹시", "그", "이", "저", "거", "것", "있어", "있어요", "있나요", "있니", "있습니까", "알려줘", "알려줄래", "알려주세요",
        "알려", "주세요", "줘", "해줘", "해주세요", "보여줘", "보여주세요", "찾아줘", "찾아주세요", "확인", "확인해줘", "조회", "조회해줘",
        "뭐야", "뭐예요", "어때", "어때요", "누구", "누구야", "누구예요", "님", "씨",
    };

    /// <summary>Particles a left-over Korean word may end with, longest first (so <c>님께</c> goes before <c>께</c>).</summary>
    private static readonly string[] Particles = new[]
    {
        "의", "을", "를", "이", "가", "은", "는", "에", "에게", "한테", "께", "로", "으로", "와", "과", "랑", "이랑", "하고", "도", "만",
        "에서", "부터", "까지", "님", "씨", "님의", "씨의", "님께", "님한테", "님이", "님은", "님을",
    }.OrderByDescending(p => p.Length).ToArray();

    private static readonly ConditionalWeakTable<SkillManifest, HashSet<string>> Vocabularies = new();

    /// <summary>The value of <paramref name="skill"/>'s free-text slot in <paramref name="text"/> (what is left of
    /// the utterance once typed values are taken out), or <c>null</c> when none stands out.</summary>
    internal static string? Find(SkillManifest skill, string text)
    {
        var runs = NameRuns(skill, text);

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
            if (first >= 0 && NameRuns(skill, string.Join(' ', words[first..])).Count > 0)
            {
                values.Add(string.Join(' ', words[first..]).Trim().Trim('.', '!', '?'));
            }
        }

        return values;
    }

    private static string Clean(string word) => word.Trim('?', '!', '.', ',', ';', ':', '"', '\'', '“', '”', '‘', '’', '(', ')');

    /// <summary>Runs of name-like words the skill's vocabulary does not know; <c>of</c>, <c>and</c>, <c>&amp;</c>
    /// join two of them (<c>Bank of Korea</c>); any other word ends a run.</summary>
    private static List<(int Start, List<string> Words)> NameRuns(SkillManifest skill, string text)
    {
        var known = Vocabularies.GetValue(skill, Vocabulary);
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var runs = new List<(int Start, List<string> Words)>();
        List<string>? run = null;
        for (var i = 0; i < words.Length; i++)
        {
            var bare = Bare(words[i].Trim('?', '!', '.', ',', ';', ':', '"', '\'', '“', '”', '‘', '’', '(', ')'));
            if (run is not null && bare is "of" or "and" or "&" && i + 1 < words.Length
                && Bare(words[i + 1].Trim('?', '!', '.', ',', ';', ':', '"', '\'', '(', ')')) is { Length: > 0 } next
                && !IsKnown(next, known) && LooksLikeName(next))
            {
                run.Add(bare);
                continue;
            }

            if (bare.Length == 0 || IsKnown(bare, known) || !LooksLikeName(bare))
            {
                run = null;
                continue;
            }

            if (run is null)
            {
                run = [];
                runs.Add((i, run));
            }

            run.Add(bare);
        }

        return runs;
    }

    /// <summary>Company-name endings (<c>한빛상사</c>, <c>서울식품</c>, <c>블루테크</c>).</summary>
    private static readonly string[] CompanyEndings =
    [
        "상사", "물산", "산업", "전자", "식품", "무역", "유통", "건설", "제약", "화학", "테크", "코리아", "주식회사", "그룹", "은행",
        "증권", "보험", "통상", "기업", "정밀", "물류", "상회", "컴퍼니", "랩스", "소프트", "시스템즈", "솔루션",
    ];

    /// <summary>The most common Korean family names, less those that also start everyday words at work (인사, 지급,
    /// 주문, 전화, 사무, 부서 …).</summary>
    private const string FamilyNames = "김이박최정강조윤장임한오서신권황안송류홍고문양손배백허유남심노하곽성차우구민나엄채원천방현함변염여추도소석선설마길연위표명기반라왕금옥육맹모탁국";

    private static bool LooksLikeName(string word)
    {
        if (char.IsUpper(word[0]) || word.Any(char.IsAsciiDigit))
        {
            return true;
        }

        if (word.Length < 2 || !word.All(TextFeatures.IsHangul))
        {
            return false;
        }

        // A Korean name: a company's (…상사) or a person's (family name + one or two syllables).
        return CompanyEndings.Any(e => word.Length > e.Length && word.EndsWith(e, StringComparison.Ordinal))
            || (word.Length is 3 && FamilyNames.Contains(word[0], StringComparison.Ordinal));
    }

    /// <summary>A word without possessive <c>'s</c>, a trailing Korean particle or an honorific title.</summary>
    private static string Bare(string word)
    {
        if (word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || word.EndsWith("’s", StringComparison.OrdinalIgnoreCase))
        {
            word = word[..^2];
        }

        if (word.Length > 0 && TextFeatures.IsHangul(word[^1]))
        {
            foreach (var particle in Particles)
            {
                if (word.Length > particle.Length + 1 && word.EndsWith(particle, StringComparison.Ordinal))
                {
                    word = word[..^particle.Length];
                    break;
                }
            }

            if (KoreanHonorifics.Titles.Contains(word))
            {
                return "";
            }
        }

        return word;
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
