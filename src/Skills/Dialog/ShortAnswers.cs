using System.Text.RegularExpressions;

namespace ChatFlow.Skills.Dialog;

/// <summary>Reads the short answers people give a bot, in English and Korean, over normalised text
/// (<see cref="Recognition.TextFeatures.Normalize(string)"/>: lower case, punctuation removed): yes and no with the
/// words people add (<c>yes that's right</c>, <c>응 맞아</c>, <c>no thanks</c>, <c>아니요 괜찮아요</c>), cancel (with Korean
/// verb endings and spacing: <c>그만할게</c>, <c>그만 할게요</c>, <c>안할래요</c>, <c>관둘래</c>), help, a question about the
/// choices (<c>what are my options</c>, <c>뭐가 있어</c>), and small talk (greetings, thanks, goodbye, with laughter or a
/// compliment around them).</summary>
/// <remarks>An answer is a head word followed only by words that add nothing (<c>please</c>, <c>go ahead</c>,
/// <c>맞아요</c>, <c>주세요</c>): <c>ok but change the date</c> is not a yes, and <c>no wait, make it Friday</c> is not
/// a no (it is a correction).</remarks>
internal static partial class ShortAnswers
{
    private static readonly HashSet<string> YesHeads = new(StringComparer.Ordinal)
    {
        "yes", "y", "yeah", "yea", "yep", "yup", "ya", "sure", "ok", "okay", "k", "kk", "confirm", "confirmed", "correct",
        "right", "absolutely", "definitely", "affirmative", "alright", "fine", "perfect", "great", "good", "looks", "sounds",
        "go", "proceed", "submit", "lgtm", "please", "do", "of",
        "네", "예", "응", "웅", "어", "엉", "넵", "넹", "네네", "예예", "ㅇㅇ", "ㅇㅋ", "오케이", "오케", "그래", "그래요", "그럼요",
        "좋아", "좋아요", "좋습니다", "좋네요", "맞아", "맞아요", "맞습니다", "맞음", "맞네요", "확인", "진행", "진행해", "진행해줘",
        "진행해요", "진행하세요", "진행해주세요", "그렇게", "부탁해", "부탁해요", "부탁드려요", "부탁드립니다", "해줘", "해주세요",
        "제출", "제출해", "제출해줘", "콜", "당연하지", "당연하죠",
        "등록해", "등록해줘", "신청해", "신청해줘", "청구해", "청구해줘", "처리해", "처리해줘", "올려줘", "보내줘", "register",
        "send", "file", "book",
    };

    private static readonly HashSet<string> YesTail = new(StringComparer.Ordinal)
    {
        "please", "go", "ahead", "do", "it", "that", "this", "s", "is", "its", "right", "correct", "looks", "look", "good",
        "fine", "great", "perfect", "sounds", "thanks", "thank", "you", "confirm", "confirmed", "proceed", "submit", "all",
        "me", "to", "for", "sure", "thing", "course", "yes", "ok", "okay", "yeah", "yep", "exactly", "indeed", "now", "lgtm",
        "네", "예", "응", "맞아", "맞아요", "맞습니다", "맞음", "맞네요", "좋아", "좋아요", "좋습니다", "좋네요", "진행", "진행해",
        "진행해줘", "진행해요", "진행하세요", "진행해주세요", "진행해", "해줘", "해", "줘", "주세요", "해주세요", "해요", "부탁해",
        "부탁해요", "부탁드려요", "부탁드립니다", "그렇게", "그래", "그래요", "확인", "했어", "했어요", "고마워", "감사합니다",
        "제출", "제출해", "제출해줘", "등록해줘", "신청해줘", "청구해줘", "그걸로", "그대로", "이대로", "ㅇㅇ",
        "등록해", "신청해", "청구해", "처리해", "처리해줘", "올려줘", "보내줘", "it", "them", "now", "거", "그거", "이거",
    };

    private static readonly HashSet<string> NoHeads = new(StringComparer.Ordinal)
    {
        "no", "n", "nope", "nah", "negative", "not",
        "아니", "아니요", "아니오", "아뇨", "아니야", "아니에요", "아닙니다", "노", "싫어", "싫어요", "ㄴㄴ", "안", "안할래",
        "괜찮아", "괜찮아요", "괜찮습니다",
    };

    private static readonly HashSet<string> NoTail = new(StringComparer.Ordinal)
    {
        "thanks", "thank", "you", "no", "not", "now", "don", "t", "dont", "do", "it", "that", "s", "right", "correct",
        "please", "way", "really", "anymore", "need",
        "괜찮아", "괜찮아요", "괜찮습니다", "됐어", "됐어요", "됐습니다", "안", "할래", "할래요", "해", "해요", "필요", "없어",
        "없어요", "그만", "아니", "아니요", "싫어", "고마워", "감사합니다",
    };

    private static readonly HashSet<string> CancelPhrases = new(StringComparer.Ordinal)
    {
        "cancel that", "cancel it", "cancel this", "forget about it", "never mind that", "nevermind that", "scratch that",
        "drop it", "stop that", "let s stop", "i changed my mind", "changed my mind", "i don t want to", "i don t want it",
        "no cancel", "please cancel", "cancel please", "abort that", "nvm", "nvm that", "never mind about it", "forget that",
        "forget this", "forget about that", "forget the whole thing", "scrap that", "scrap it", "scratch it", "stop this",
        "quit this", "exit", "i give up", "stop asking", "let s not", "don t bother", "let s forget it", "call it off",
        "그만할래", "그만 할래", "그만둘래", "그만 둘래", "관둘래", "관둬", "없던 걸로", "없던걸로", "없던 걸로 해줘", "없던걸로 해줘",
        "안 할래", "안할래", "하지 마", "하지마", "취소할래", "취소할래요", "취소해주세요", "취소해 주세요", "취소요", "마음이 바뀌었어",
    };

    private static readonly HashSet<string> Fillers = new(StringComparer.Ordinal)
    {
        "just", "oh", "um", "uh", "actually", "ok", "okay", "no", "please", "oops", "sorry", "wrong", "one", "my", "bad",
        "mistake", "wait", "ah", "hmm", "nah", "i", "want", "to", "let", "s", "that", "was", "a", "d", "like", "would",
        "can", "could", "you", "well", "hey", "so", "uhh", "umm", "hm", "erm",
        "그냥", "아", "앗", "음", "아니", "아니요", "아뇨", "됐고", "그냥요", "잘못", "눌렀어", "말했어", "실수", "미안", "죄송",
    };

    private static readonly HashSet<string> CancelTail = new(StringComparer.Ordinal)
    {
        "please", "it", "that", "this", "all", "everything", "now", "then", "thanks", "thank", "you", "for", "me", "the", "my",
        "request", "form", "whole", "thing", "one", "altogether", "anyway", "instead",
        "해줘", "해주세요", "주세요", "줘", "할게", "할게요", "하자", "해", "해요", "할래", "할래요", "합니다", "해줄래",
        "그냥", "요",
    };

    private static readonly HashSet<string> ContinueWords = new(StringComparer.Ordinal)
    {
        "continue", "keep going", "go on", "carry on", "stay", "keep it", "finish this", "finish this one",
        "continue this one", "the current one", "no continue", "no keep going",
        "계속", "계속해", "계속해줘", "계속할게", "계속할게요", "계속할래", "계속 할게", "계속 진행", "계속 진행해줘", "이어서",
        "이어서 할게", "하던 거", "하던 거 계속", "하던거 계속", "아니 계속", "아니 계속할게",
    };

    private static readonly HashSet<string> Greetings = new(StringComparer.Ordinal)
    {
        "hi", "hello", "hey", "hiya", "howdy", "yo", "good morning", "good afternoon", "good evening", "morning",
        "hi there", "hello there", "hey there", "hi bot", "hello bot", "hey bot", "hi chatflow", "hello chatflow",
        "hey chatflow", "greetings", "how are you", "hi how are you", "hello how are you",
        "안녕", "안녕하세요", "안녕하십니까", "하이", "헬로", "반가워", "반가워요", "반갑습니다", "좋은 아침", "좋은 아침이에요",
        "안녕 챗플로우", "챗플로우", "여보세요", "저기요",
    };

    private static readonly HashSet<string> Thanks = new(StringComparer.Ordinal)
    {
        "thanks", "thank you", "thx", "ty", "thanks a lot", "thank you so much", "thanks so much", "many thanks", "cheers",
        "great thanks", "ok thanks", "okay thanks", "thanks bot", "awesome thanks", "perfect thanks", "nice", "great",
        "awesome", "cool", "got it",
        "고마워", "고마워요", "고맙습니다", "감사", "감사해요", "감사합니다", "감사드립니다", "땡큐", "ㄱㅅ", "ㄳ", "좋아 고마워",
        "알겠어", "알겠어요", "알겠습니다", "오케이 고마워", "네 감사합니다", "수고했어",
        "고마웠어", "고마웠어요", "고마웠습니다", "감사했어요", "감사했습니다", "thanks for everything", "thank you for everything",
        "appreciate it", "much appreciated",
    };

    private static readonly HashSet<string> Goodbyes = new(StringComparer.Ordinal)
    {
        "bye", "goodbye", "bye bye", "see you", "see ya", "later", "good night", "that s all", "that s it", "nothing else",
        "bye now", "bye for now", "see you later", "see you tomorrow", "see you soon", "see you next time", "see you around",
        "have a good one", "have a good day", "have a nice day", "have a great day", "have a good evening",
        "have a good night", "have a good weekend", "have a nice weekend", "have a great weekend", "take care",
        "talk to you later", "talk later", "ttyl", "catch you later", "later then", "signing off", "i m off", "i m done",
        "good bye", "night", "nighty night", "cya", "see u", "peace", "farewell", "until next time",
        "잘가", "잘 가", "안녕히 계세요", "안녕히", "바이", "다음에 봐", "그게 다야", "없어", "없어요", "됐습니다",
        "잘 가요", "잘있어", "잘 있어", "잘 있어요", "잘있어요", "잘 계세요", "안녕히 계십시오", "안녕히 가세요", "안녕 잘 있어",
        "수고", "수고해", "수고해요", "수고하세요", "수고하십시오", "수고하셨어요", "수고하셨습니다", "수고 많으세요",
        "수고 많으셨어요", "수고 많으셨습니다", "수고 많았어", "수고했어요", "좋은 하루", "좋은 하루 되세요", "좋은 하루 보내세요",
        "좋은 하루 돼", "좋은 하루 되십시오", "좋은 저녁 되세요", "좋은 주말 되세요", "좋은 주말 보내세요", "좋은 밤 되세요",
        "들어가세요", "들어가", "들어가요", "들어가십시오", "내일 봐", "내일 봐요", "내일 뵐게요", "내일 뵙겠습니다", "다음에 봐요",
        "다음에 뵐게요", "또 봐", "또 봐요", "또 봬요", "또 뵐게요", "이만", "이만 갈게요", "이만 가볼게요", "갈게요", "갈게", "바이바이",
        "빠이", "ㅂㅂ", "ㅂㅇ", "퇴근할게요", "퇴근합니다",
    };

    private static readonly HashSet<string> ChoiceQuestions = new(StringComparer.Ordinal)
    {
        "options", "choices", "what options", "what are the options", "what are my options", "what options are there",
        "what options do i have", "what choices", "what are the choices", "what are my choices", "which ones",
        "what can i choose", "what can i pick", "what types", "what types are there", "what kinds", "list them",
        "show me the options", "show options", "which options", "i don t know", "not sure", "dunno",
        "뭐가 있어", "뭐가 있어요", "뭐 있어", "뭐 있어요", "뭐가 있나요", "어떤 게 있어", "어떤 게 있어요", "어떤 게 있나요",
        "어떤거 있어", "종류", "종류가 뭐야", "종류가 뭐예요", "어떤 종류가 있어", "어떤 종류가 있어요", "선택지", "목록",
        "보기", "모르겠어", "모르겠어요", "글쎄",
    };

    /// <summary>Whether <paramref name="words"/> (normalised) says yes.</summary>
    internal static bool IsYes(string words) => IsYesLetters(Letters(words));

    private static bool IsYesLetters(string words) =>
        DialogTexts.YesWords.Contains(words) || HeadAndTail(words, YesHeads, YesTail);

    /// <summary>Whether <paramref name="words"/> (normalised) says no.</summary>
    internal static bool IsNo(string words)
    {
        words = Letters(words);
        return DialogTexts.NoWords.Contains(words) || (!IsYesLetters(words) && HeadAndTail(words, NoHeads, NoTail));
    }

    /// <summary>Whether <paramref name="words"/> (normalised) cancels what is going on: a cancel word or phrase,
    /// after a filler (<c>just</c>, <c>그냥</c>) and before words that add nothing (<c>cancel it please</c>,
    /// <c>취소해 주세요</c>), or a Korean verb of stopping in an everyday ending (<c>그만할게</c>, <c>안 할래요</c>). A value
    /// that only starts with such a word (<c>Stop &amp; Shop</c>, <c>취소 수수료</c>) is not a cancel; a bare cancel word
    /// (<c>그만</c>, <c>quit</c>) is.</summary>
    internal static bool IsCancel(string words)
    {
        words = Letters(words);
        if (DialogTexts.CancelWords.Contains(words) || CancelPhrases.Contains(words))
        {
            return true;
        }

        // Korean says "stop" with a verb ending and spaces as it likes: 그만할게, 그만 할게요, 그만둘래, 안 할래요, 관둘래.
        if (words.Length <= 40 && KoreanCancel().IsMatch(words.Replace(" ", "", StringComparison.Ordinal)))
        {
            return true;
        }

        var tokens = words.Split(' ');
        var start = 0;
        while (start < tokens.Length - 1 && Fillers.Contains(tokens[start]))
        {
            start++;
        }

        for (var end = tokens.Length; end > start; end--)
        {
            var head = string.Join(' ', tokens[start..end]);
            if ((DialogTexts.CancelWords.Contains(head) || CancelPhrases.Contains(head)) && tokens[end..].All(CancelTail.Contains))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A Korean cancel written without spaces: a verb of stopping (그만하다, 그만두다, 관두다, 취소하다, 안 하다,
    /// 됐다, 하지 말다, 없던 걸로 하다) in any of its everyday endings (그만할게, 그만둘래요, 취소해 주세요, 안할래요, 관둬),
    /// after fillers or an object (그냥, 아, 이거, 전부) and before laughter or tears (ㅠㅠ). The endings are listed, so
    /// a value that merely starts with such a word (취소 수수료, 그만두기 캠페인) is not a cancel.</summary>
    [GeneratedRegex(@"^(?:그냥|걍|그냥요|아|앗|어휴|음|에이|아니|아니요|아뇨|됐고|그럼|이제|이거|이건|그거|그건|이번건|요청|신청)*"
        + @"(?:(?:전부|다|모두)?(?:그만|취소)(?:해(?:요|줘|줘요|주세요|주라|줄래|줄래요|주실래요|주시겠어요|주십시오)?|할(?:게|게요|께|께요|래|래요|거야|거예요|게여|래용)|하자|합시다|합니다|하겠(?:습니다|어요|어)|하고싶(?:어|어요|습니다)|하세요|하십시오|해야겠(?:다|어|어요))?"
        + @"|그만(?:둘(?:게|게요|께|께요|래|래요|거야|거예요)|둬(?:요)?|두자|두겠(?:습니다|어요|어)|두고싶(?:어|어요|습니다)|둘게여)"
        + @"|관(?:둘(?:게|게요|께|께요|래|래요|거야|거예요)|둬(?:요)?|두자|두겠(?:습니다|어요|어))"
        + @"|안(?:할(?:게|게요|께|께요|래|래요|거야|거예요)|하겠(?:습니다|어요|어)|해(?:요)?|하고싶(?:어|어요|습니다)|할래용)"
        + @"|됐(?:어|어요|습니다|다)|하지(?:마|마요|마세요|말아줘|말아주세요|말자)|없던걸로(?:해|해줘|해주세요|할게|할게요|하자)?)"
        + @"[ㅠㅜㅎㅋ]*$", RegexOptions.CultureInvariant)]
    private static partial Regex KoreanCancel();

    /// <summary>Whether <paramref name="words"/> (normalised) asks to carry on with what is going on
    /// (<c>keep going</c>, <c>계속할게</c>): the answer "no" to "stop it and start … instead?".</summary>
    internal static bool IsContinue(string words) => ContinueWords.Contains(words);

    /// <summary>Whether <paramref name="words"/> (normalised) asks what the bot can do.</summary>
    internal static bool IsHelp(string words)
    {
        if (DialogTexts.HelpWords.Contains(words))
        {
            return true;
        }

        var bare = Greeting().Replace(words, "");
        return DialogTexts.HelpWords.Contains(bare) || HelpQuestion().IsMatch(bare);
    }

    /// <summary>A greeting before a request for help: <c>hey, what can you do?</c>, <c>안녕, 뭐 할 수 있어?</c>.</summary>
    [GeneratedRegex(@"^(?:(?:hey|hi|hello|hiya|yo|good\s+(?:morning|afternoon|evening)|안녕|안녕하세요|하이|헬로)\s+(?:there\s+|bot\s+|chatflow\s+|챗봇\s+)?)+",
        RegexOptions.CultureInvariant)]
    private static partial Regex Greeting();

    /// <summary>Asking what the bot can do, in its everyday forms (normalised text: lower case, no punctuation):
    /// <c>what else can you do</c>, <c>how can you help me</c>, <c>what are your features</c>, <c>넌 뭘 할 줄 알아</c>,
    /// <c>어떤 기능이 있어요</c>, <c>사용법 알려줘</c>. Only the whole message: "help me with an expense" is a request.</summary>
    [GeneratedRegex(@"^(?:so\s+|ok\s+|okay\s+)?(?:what\s+(?:else\s+)?(?:can|could|do)\s+(?:you|u)\s+(?:do|help\s+(?:me\s+)?with|help\s+me\s+do)(?:\s+for\s+me)?"
        + @"|what\s+are\s+you\s+able\s+to\s+do|what\s+are\s+your\s+(?:skills|features|commands|capabilities|options)"
        + @"|how\s+(?:can|do)\s+(?:you|i)\s+(?:help(?:\s+me)?|use\s+(?:you|this|this\s+bot))|what\s+is\s+this\s+bot|who\s+are\s+you|what\s+are\s+you"
        + @"|(?:show\s+(?:me\s+)?)?(?:the\s+)?(?:help|commands|menu)(?:\s+please)?|i\s+need\s+help|help\s+me|can\s+you\s+help(?:\s+me)?)$"
        + @"|^(?:넌|너는|너|당신은|챗봇은|이\s?봇은)?\s?(?:뭐|뭘|무엇을|무슨\s?일을?|어떤\s?일을?)\s?(?:할\s?수\s?있|할\s?줄\s?알|해\s?줄\s?수\s?있|도와\s?줄\s?수\s?있)(?:어|어요|아|아요|나요|니|냐|습니까|는데|지)?$"
        + @"|^(?:어떤|무슨)\s?기능(?:이|들이)?\s?(?:있어|있어요|있나요|있니|있냐|있습니까)$|^기능\s?(?:뭐|뭐뭐|목록)\s?(?:있어|있어요|있나요|알려줘)?$"
        + @"|^(?:사용법|도움말|도움)(?:\s?(?:알려\s?줘|알려\s?주세요|보여\s?줘|좀))?$|^도움이?\s?필요해(?:요)?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex HelpQuestion();

    /// <summary>Whether <paramref name="words"/> (normalised) asks which choices there are: one of the short questions
    /// above, or a sentence asking for the kinds, types or options (<c>hmm what kinds of leave can I pick from</c>,
    /// <c>which types are there</c>, <c>휴가 종류 뭐 고를 수 있어요</c>, <c>어떤 종류가 있나요</c>).</summary>
    internal static bool AsksForChoices(string words)
    {
        words = Letters(words);
        return ChoiceQuestions.Contains(words) || (words.Length <= 100 && ChoiceQuestion().IsMatch(words));
    }

    [GeneratedRegex(@"\b(?:what|which)\s+(?:kinds?|types?|sorts?|options?|choices?|categories|ones)\b"
        + @"|\b(?:what|which)\b.*\b(?:options|choices)\b|^(?:\w+\s+)?(?:options|choices)\b"
        + @"|\bwhat\s+(?:can|could|do|may|should|am)\s+i\s+(?:allowed\s+to\s+)?(?:pick|choose|select)\b|\b(?:pick|choose|select)\s+from\b"
        + @"|\bwhat\s+(?:are|is)\s+(?:there|available|allowed|possible)\b|\bwhat\s+s\s+(?:there|available|allowed|possible)\b"
        + @"|\b(?:list|show)\s+(?:me\s+)?(?:the\s+)?(?:options|choices|types|kinds)\b"
        + @"|종류|선택지|옵션|뭐가\s?있|뭐\s?있|무엇이\s?있|무슨\s?(?:게|것|거)\s?있|어떤\s?(?:게|것|거|걸|것들)(?:이|이\s?)?\s?있"
        + @"|(?:고를|골라|선택할|고를\s?만한)\s?(?:수|게|거)|(?:뭘|뭐|뭐를|무엇을)\s?(?:고르|골라|선택)",
        RegexOptions.CultureInvariant)]
    private static partial Regex ChoiceQuestion();

    /// <summary>Whether <paramref name="words"/> (normalised) is one of the short commands above, whose language
    /// says nothing about the conversation's.</summary>
    internal static bool IsCommand(string words) => IsCancel(words) || IsYes(words) || IsNo(words) || IsHelp(words);

    /// <summary>The small talk <paramref name="words"/> (normalised) is, or <c>null</c>.</summary>
    /// <remarks>Laughter and emoticons around it (<c>ㅎㅎ</c>, <c>ㅋㅋ</c>, <c>lol</c>; <c>^^</c>, <c>:)</c>, <c>!</c> and
    /// <c>~</c> are gone after normalising) and a few words that only warm it up (<c>you're great</c>, <c>so much</c>,
    /// <c>정말</c>, <c>진짜</c>, <c>많이</c>) are looked through: <c>thanks, you're great</c>, <c>정말 고마워요 ㅎㅎ</c>.
    /// Anything else keeps it from being small talk (<c>thanks, now cancel</c>).</remarks>
    internal static SmallTalk? SmallTalkOf(string words)
    {
        words = Letters(words);
        if (Plain(words) is { } plain)
        {
            return plain;
        }

        var tokens = words.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(StripLaughter).Where(t => t.Length > 0).ToList();
        if (tokens.Count == 0 || tokens.Count > 12)
        {
            return null;
        }

        if (Warmed([.. tokens]) is { } single)
        {
            return single;
        }

        // Two in a row: "thanks, bye", "오늘도 고마웠어요 수고하세요": a goodbye wins, else the last one.
        for (var split = 1; split < tokens.Count; split++)
        {
            if (Warmed(tokens.GetRange(0, split)) is { } first && Warmed(tokens.GetRange(split, tokens.Count - split)) is { } second)
            {
                return first == SmallTalk.Goodbye ? first : second;
            }
        }

        return null;
    }

    /// <summary>The small talk <paramref name="tokens"/> are once the warm-up words around them are looked through, or
    /// <c>null</c>.</summary>
    private static SmallTalk? Warmed(List<string> tokens)
    {
        // Warm-up words first or last: "정말 고마워요", "thanks a lot", "thanks you re great", "고마워요 진짜 최고".
        while (tokens.Count > 1 && WarmWords.Contains(tokens[0]))
        {
            tokens.RemoveAt(0);
        }

        for (var changed = true; changed && tokens.Count > 1;)
        {
            changed = false;
            if (Plain(string.Join(' ', tokens)) is { } found)
            {
                return found;
            }

            for (var n = Math.Min(4, tokens.Count - 1); n >= 1; n--)
            {
                if (WarmTails.Contains(string.Join(' ', tokens.Skip(tokens.Count - n))))
                {
                    tokens.RemoveRange(tokens.Count - n, n);
                    changed = true;
                    break;
                }
            }
        }

        return Plain(string.Join(' ', tokens));
    }

    private static SmallTalk? Plain(string words) =>
        Greetings.Contains(words) ? SmallTalk.Greeting
        : Thanks.Contains(words) ? SmallTalk.Thanks
        : Goodbyes.Contains(words) ? SmallTalk.Goodbye
        : null;

    /// <summary>A token without the laughter or tears typed after it (<c>고마워요ㅎㅎ</c> → <c>고마워요</c>); laughter
    /// alone (<c>ㅋㅋ</c>, <c>haha</c>, <c>lol</c>) becomes empty.</summary>
    private static string StripLaughter(string token) =>
        Laughter().IsMatch(token) ? "" : token.TrimEnd('ㅎ', 'ㅋ', 'ㅠ', 'ㅜ');

    [GeneratedRegex(@"^(?:[ㅎㅋㅠㅜ]+|(?:ha)+h?|(?:he)+h?|(?:hi){2,}|lol+|lmao|rofl|xd+|ㅇㅇ)$", RegexOptions.CultureInvariant)]
    private static partial Regex Laughter();

    /// <summary>Words before thanks or a greeting that only make it warmer.</summary>
    private static readonly HashSet<string> WarmWords = new(StringComparer.Ordinal)
    {
        "oh", "ok", "okay", "wow", "well", "really", "great", "awesome", "perfect", "cool", "nice",
        "정말", "진짜", "너무", "넘", "완전", "참", "아", "오", "와", "우와", "늘", "항상", "정말로", "진심으로", "많이",
        "도와줘서", "도와주셔서", "덕분에", "암튼", "아무튼", "그럼", "네", "넵", "응", "오늘도", "오늘", "그럼요",
        "alright", "right", "anyway", "then",
    };

    /// <summary>Words after thanks or a greeting that only make it warmer.</summary>
    private static readonly HashSet<string> WarmTails = new(StringComparer.Ordinal)
    {
        "you re great", "you are great", "you re the best", "you are the best", "you re awesome", "you are awesome",
        "you rock", "you re amazing", "you re a star", "great job", "good job", "nice job", "well done", "a lot", "so much",
        "very much", "a ton", "a bunch", "a million", "again", "for that", "for the help", "for your help", "for helping",
        "bot", "buddy", "mate", "man", "chatflow", "friend", "really", "much", "great", "awesome", "nice", "cool",
        "정말", "진짜", "많이", "너무", "완전", "최고", "최고야", "최고예요", "최고에요", "짱", "짱이야", "짱이에요", "정말로",
        "도와줘서", "도와주셔서", "덕분에", "요", "챗플로우", "수고했어", "수고하셨어요", "수고하셨습니다", "좋아", "좋아요",
    };

    /// <summary><paramref name="words"/> with lone Hangul letters as people type them: normalising (NFKC) turns
    /// <c>ㅇㅇ</c>, <c>ㅎㅎ</c>, <c>ㄳ</c> into conjoining jamo (U+1100–U+11FF), which the word lists here and the
    /// patterns do not hold; this maps them back to the compatibility letters (U+3131–U+3163).</summary>
    internal static string Letters(string words)
    {
        if (!words.AsSpan().ContainsAnyInRange('\u1100', '\u11FF'))
        {
            return words;
        }

        var letters = words.ToCharArray();
        for (var i = 0; i < letters.Length; i++)
        {
            var c = letters[i];
            if (c is >= '\u1100' and <= '\u1112')
            {
                letters[i] = Initials[c - '\u1100'];
            }
            else if (c is >= '\u1161' and <= '\u1175')
            {
                letters[i] = (char)('\u314F' + (c - '\u1161'));
            }
            else if (c is >= '\u11A8' and <= '\u11C2')
            {
                letters[i] = Finals[c - '\u11A8'];
            }
        }

        return new string(letters);
    }

    /// <summary>Compatibility letters of the initial consonants U+1100–U+1112, in order.</summary>
    private const string Initials = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ";

    /// <summary>Compatibility letters of the final consonants U+11A8–U+11C2, in order.</summary>
    private const string Finals = "ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ";

    private static bool HeadAndTail(string words, HashSet<string> heads, HashSet<string> tail)
    {
        if (words.Length == 0 || words.Length > 60)
        {
            return false;
        }

        var tokens = words.Split(' ');
        if (!heads.Contains(tokens[0]))
        {
            return false;
        }

        // A head that is only a yes in company ("do it", "of course", "please do") needs a tail.
        if (tokens.Length == 1 && tokens[0] is "do" or "of" or "please" or "looks" or "sounds" or "go" or "안" or "register"
            or "send" or "file" or "book")
        {
            return false;
        }

        for (var i = 1; i < tokens.Length; i++)
        {
            if (!tail.Contains(tokens[i]))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>Small talk the bot answers politely instead of calling it out of scope.</summary>
internal enum SmallTalk
{
    /// <summary><c>hi</c>, <c>안녕하세요</c>.</summary>
    Greeting,

    /// <summary><c>thanks</c>, <c>고마워요</c>.</summary>
    Thanks,

    /// <summary><c>bye</c>, <c>안녕히 계세요</c>.</summary>
    Goodbye,
}
