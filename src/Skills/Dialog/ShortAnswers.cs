namespace ChatFlow.Skills.Dialog;

/// <summary>Reads the short answers people give a bot, in English and Korean, over normalised text
/// (<see cref="Recognition.TextFeatures.Normalize(string)"/>: lower case, punctuation removed): yes and no with the
/// words people add (<c>yes that's right</c>, <c>응 맞아</c>, <c>no thanks</c>, <c>아니요 괜찮아요</c>), cancel, help,
/// a question about the choices (<c>what are my options</c>, <c>뭐가 있어</c>), and small talk (greetings,
/// thanks, goodbye).</summary>
/// <remarks>An answer is a head word followed only by words that add nothing (<c>please</c>, <c>go ahead</c>,
/// <c>맞아요</c>, <c>주세요</c>): <c>ok but change the date</c> is not a yes, and <c>no wait, make it Friday</c> is not
/// a no (it is a correction).</remarks>
internal static class ShortAnswers
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
        "no cancel", "please cancel", "cancel please", "abort that",
        "그만할래", "그만 할래", "그만둘래", "그만 둘래", "관둘래", "관둬", "없던 걸로", "없던걸로", "없던 걸로 해줘", "없던걸로 해줘",
        "안 할래", "안할래", "하지 마", "하지마", "취소할래", "취소할래요", "취소해주세요", "취소해 주세요", "취소요", "마음이 바뀌었어",
    };

    private static readonly HashSet<string> Fillers = new(StringComparer.Ordinal)
    {
        "just", "oh", "um", "uh", "actually", "ok", "okay", "no", "please", "oops", "sorry", "wrong", "one", "my", "bad",
        "mistake", "wait", "ah", "hmm", "nah", "i", "want", "to", "let", "s", "that", "was", "a",
        "그냥", "아", "앗", "음", "아니", "아니요", "아뇨", "됐고", "그냥요", "잘못", "눌렀어", "말했어", "실수", "미안", "죄송",
    };

    private static readonly HashSet<string> CancelTail = new(StringComparer.Ordinal)
    {
        "please", "it", "that", "this", "all", "everything", "now", "then", "thanks", "thank", "you", "for", "me",
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
        "알겠어", "알겠어요", "알겠습니다", "오케이 고마워", "네 감사합니다", "수고했어", "수고하셨습니다",
    };

    private static readonly HashSet<string> Goodbyes = new(StringComparer.Ordinal)
    {
        "bye", "goodbye", "bye bye", "see you", "see ya", "later", "good night", "that s all", "that s it", "nothing else",
        "잘가", "잘 가", "안녕히 계세요", "안녕히", "바이", "다음에 봐", "그게 다야", "없어", "없어요", "됐습니다",
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
    internal static bool IsYes(string words) =>
        DialogTexts.YesWords.Contains(words) || HeadAndTail(words, YesHeads, YesTail);

    /// <summary>Whether <paramref name="words"/> (normalised) says no.</summary>
    internal static bool IsNo(string words) =>
        DialogTexts.NoWords.Contains(words) || (!IsYes(words) && HeadAndTail(words, NoHeads, NoTail));

    /// <summary>Whether <paramref name="words"/> (normalised) cancels what is going on: a cancel word or phrase,
    /// after a filler (<c>just</c>, <c>그냥</c>) and before words that add nothing (<c>cancel it please</c>,
    /// <c>취소해 주세요</c>).</summary>
    internal static bool IsCancel(string words)
    {
        if (DialogTexts.CancelWords.Contains(words) || CancelPhrases.Contains(words))
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

    /// <summary>Whether <paramref name="words"/> (normalised) asks to carry on with what is going on
    /// (<c>keep going</c>, <c>계속할게</c>): the answer "no" to "stop it and start … instead?".</summary>
    internal static bool IsContinue(string words) => ContinueWords.Contains(words);

    /// <summary>Whether <paramref name="words"/> (normalised) asks what the bot can do.</summary>
    internal static bool IsHelp(string words) => DialogTexts.HelpWords.Contains(words);

    /// <summary>Whether <paramref name="words"/> (normalised) asks which choices there are.</summary>
    internal static bool AsksForChoices(string words) => ChoiceQuestions.Contains(words);

    /// <summary>Whether <paramref name="words"/> (normalised) is one of the short commands above, whose language
    /// says nothing about the conversation's.</summary>
    internal static bool IsCommand(string words) => IsCancel(words) || IsYes(words) || IsNo(words) || IsHelp(words);

    /// <summary>The small talk <paramref name="words"/> (normalised) is, or <c>null</c>.</summary>
    internal static SmallTalk? SmallTalkOf(string words) =>
        Greetings.Contains(words) ? SmallTalk.Greeting
        : Thanks.Contains(words) ? SmallTalk.Thanks
        : Goodbyes.Contains(words) ? SmallTalk.Goodbye
        : null;

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
