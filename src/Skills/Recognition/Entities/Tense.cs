using System.Text.RegularExpressions;

namespace ChatFlow.Skills.Recognition.Entities;

/// <summary>Whether a sentence speaks of the past, so that a bare weekday in it (<c>I spent $30 on Friday</c>,
/// <c>the date was Friday</c>, <c>금요일에 택시비 썼어요</c>) means the last one, not the next.</summary>
/// <remarks>English: a past-tense verb of the kind people use about spending and days gone by (<c>spent</c>,
/// <c>paid</c>, <c>bought</c>, <c>was</c>, <c>took</c> …). Korean: a verb in the past (a syllable ending in ㅆ:
/// <c>썼어요</c>, <c>샀어</c>, <c>결제했어</c>, <c>먹었습니다</c>; not <c>있</c> "there is" nor <c>겠</c> "will").
/// Any word looking ahead (<c>will</c>, <c>going to</c>, <c>want</c>, <c>could</c>, <c>need</c>, <c>-ㄹ게요</c>,
/// <c>-겠-</c>, <c>싶어요</c>, <c>예정</c>) wins: "I was hoping to take Friday off" is about a Friday to come.</remarks>
internal static partial class Tense
{
    [GeneratedRegex(@"\b(?:spent|paid|bought|purchased|was|were|had|went|took|ate|drank|used|charged|stayed|flew|drove|rode|met|visited|attended|happened|picked\s+up|filled\s+up|grabbed|treated)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EnglishPast();

    [GeneratedRegex(@"\b(?:will|shall|going\s+to|gonna|want|wanna|wants|would|could|can|hope|hoping|plan|planning|plans|need|needs|intend|intending|like\s+to|let\s+me|upcoming)\b(?!'t)|'ll\b|'d\s+like",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EnglishAhead();

    /// <summary>Korean words looking ahead: wishes and plans (<c>싶어요</c>, <c>예정</c>, <c>계획</c>, <c>-려고</c>);
    /// <c>-겠-</c> and <c>-ㄹ게요</c>, <c>-ㄹ 거예요</c> are found by syllable.</summary>
    [GeneratedRegex(@"싶|예정|계획|려고", RegexOptions.CultureInvariant)]
    private static partial Regex KoreanAhead();

    /// <summary>An English clause that asks for something: it opens with a request verb (<c>book leave for Friday</c>,
    /// <c>please file it</c>) or says please; a Korean one that ends a request (<c>신청해 주세요</c>, <c>해줘</c>,
    /// <c>부탁해요</c>). It looks ahead unless the clause also speaks of the past (<c>금요일에 택시 탔는데 처리해줘</c>).</summary>
    [GeneratedRegex(@"^(?:(?:please|pls|plz|and|so|then|ok|okay|oh)\s+)*(?:book|request|file|submit|take|log|register|put|add|apply|schedule|set|create|make|get|record|enter|claim|reserve|mark|expense)\b|\b(?:please|pls|plz)\b|주세요|주십시오|줘|줄래|부탁|하자",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Request();

    /// <summary>Where one clause ends and the next begins: punctuation, or <c>but</c>, <c>so</c>, <c>then</c> between
    /// words.</summary>
    [GeneratedRegex(@"[,;.!?\n]+|\s+(?:but|so|and\s+then|then)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClauseBreak();

    /// <summary>A word naming a day: a weekday, <c>yesterday</c>, a number, <c>금요일</c>, <c>어제</c>, <c>지난</c> ….</summary>
    [GeneratedRegex(@"\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tomorrow|weekend|last|next)\b|\d|요일|어제|오늘|내일|그제|그저께|그끄저께|모레|주말|지난|다음|이번",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayWord();

    private enum Leaning
    {
        None,
        Past,
        Ahead,
    }

    /// <summary>Whether <paramref name="text"/> speaks of the past and nothing in it looks ahead. In a text of several
    /// clauses the first clause naming a day decides when it has a tense of its own: "I spent $30 on Friday, can you
    /// file it?" is past, "we had a meeting, book leave for Friday" is not.</summary>
    internal static bool IsPast(string text)
    {
        var clauses = ClauseBreak().Split(text);
        if (clauses.Length > 1)
        {
            foreach (var clause in clauses)
            {
                if (DayWord().IsMatch(clause) && LeaningOf(clause) is var leaning and not Leaning.None)
                {
                    return leaning == Leaning.Past;
                }
            }
        }

        return LeaningOf(text) == Leaning.Past;
    }

    private static Leaning LeaningOf(string text)
    {
        var past = EnglishPast().IsMatch(text);
        for (var i = 0; i < text.Length && !past; i++)
        {
            past = Hangul.Final(text[i]) == Hangul.SsangSiot && text[i] is not '있' and not '겠';
        }

        return LooksAhead(text) || (!past && Request().IsMatch(text.Trim())) ? Leaning.Ahead
            : past ? Leaning.Past
            : Leaning.None;
    }

    private static bool LooksAhead(string text)
    {
        if (EnglishAhead().IsMatch(text) || KoreanAhead().IsMatch(text))
        {
            return true;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '겠')
            {
                return true; // 하겠습니다, 좋겠어요
            }

            // 쓸게요, 할래요, 갈까요, 쉴 거예요, 할 것: a syllable ending in ㄹ before 게/래/까/거/것.
            if (Hangul.Final(text[i]) == Hangul.Rieul && i + 1 < text.Length)
            {
                var at = text[i + 1] == ' ' && i + 2 < text.Length ? i + 2 : i + 1;
                var next = text[at];
                var after = at + 1 < text.Length && text[at + 1] == ' ' && at + 2 < text.Length ? text[at + 2]
                    : at + 1 < text.Length ? text[at + 1] : '\0';

                // Not 까지 ("until": 수요일까지 썼어요) and not a noun starting with 거 (거래처): 거 only as 거야/거예요/거 같아/거다.
                if (next is '게' or '께' or '래' or '것'
                    || (next == '까' && after != '지')
                    || (next == '거' && after is '야' or '예' or '에' or '같' or '다' or '임' or '\0'))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
