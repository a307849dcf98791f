namespace ChatFlow.Skills.Dialog;

/// <summary>The engine's own sentences in English and Korean, and the words it understands.</summary>
internal static class DialogTexts
{
    internal static readonly HashSet<string> CancelWords = new(StringComparer.Ordinal)
    {
        "cancel", "never mind", "nevermind", "stop", "quit", "abort", "forget it",
        "취소", "취소해", "취소해줘", "취소해 줘", "취소할게", "그만", "그만해", "됐어", "됐어요",
    };

    internal static readonly HashSet<string> YesWords = new(StringComparer.Ordinal)
    {
        "yes", "y", "yeah", "yep", "yup", "sure", "ok", "okay", "confirm", "go ahead", "do it", "yes please", "of course",
        "sure thing", "please do", "correct", "right", "that s right",
        "네", "예", "응", "응응", "ㅇㅇ", "넵", "네네", "그래", "그래요", "맞아", "맞아요", "확인", "좋아", "좋아요", "좋습니다",
        "네 진행해 주세요", "진행해", "진행해 주세요", "진행", "네 맞아요",
    };

    internal static readonly HashSet<string> NoWords = new(StringComparer.Ordinal)
    {
        "no", "n", "nope", "nah", "no thanks", "cancel", "아니요", "아니", "아니오", "아뇨", "아니야", "싫어", "ㄴㄴ", "취소",
    };

    internal static readonly HashSet<string> HelpWords = new(StringComparer.Ordinal)
    {
        "help", "what can you do", "what can i do", "what do you do", "commands", "menu",
        "도움말", "도움", "도와줘", "뭐 할 수 있어", "뭘 할 수 있어", "무엇을 할 수 있나요", "뭐 할 수 있어요", "뭐해 줄 수 있어",
    };

    /// <summary>Words for the cardinal choices (<c>1</c>, <c>first</c>, <c>첫 번째</c>), by 1-based position.</summary>
    internal static readonly string[][] Ordinals =
    [
        ["1", "one", "first", "the first one", "첫번째", "첫 번째", "첫째", "1번"],
        ["2", "two", "second", "the second one", "두번째", "두 번째", "둘째", "2번"],
        ["3", "three", "third", "the third one", "세번째", "세 번째", "셋째", "3번", "삼번"],
        ["4", "four", "fourth", "네번째", "네 번째", "4번"],
        ["5", "five", "fifth", "다섯번째", "다섯 번째", "5번"],
    ];

    internal static string Pick(string language, string en, string ko) => language == "ko" ? KoreanParticles.Resolve(ko) : en;

    internal static string Submit(string l) => Pick(l, "Submit", "제출");

    internal static string CancelTitle(string l) => Pick(l, "Cancel", "취소");

    internal static string ConfirmTitle(string l) => Pick(l, "Confirm", "확인");

    internal static string Cancelled(string l) => Pick(l, "Cancelled. Nothing was changed.", "취소했습니다. 아무것도 변경하지 않았습니다.");

    internal static string Stale(string l) => Pick(l, "That form is no longer active.", "이 양식은 더 이상 유효하지 않습니다.");

    internal static string StillWorking(string l) => Pick(l,
        "I'm still working on your last request. If I asked you to sign in, please finish signing in first.",
        "이전 요청을 아직 처리하고 있어요. 로그인을 요청드렸다면 먼저 로그인을 완료해 주세요.");

    internal static string Working(string l) => Pick(l, "On it…", "처리하고 있습니다…");

    internal static string NearMiss(string l, string skill) =>
        Pick(l, $"I'm not sure I understood. Did you mean “{skill}”?", $"잘 이해했는지 모르겠어요. 혹시 ‘{skill}’ 말씀이세요?");

    internal static string CannotHelp(string l) => Pick(l, "I can't help with that yet.", "아직 그 요청은 도와드릴 수 없어요.");

    internal static string Greeting(string l) => Pick(l, "Hi! 👋", "안녕하세요! 👋");

    internal static string YouAreWelcome(string l) => Pick(l,
        "You're welcome! Anything else I can do for you?",
        "천만에요! 더 도와드릴 일이 있으면 말씀해 주세요.");

    internal static string Goodbye(string l) => Pick(l,
        "Bye! Message me any time you need something.",
        "안녕히 가세요! 필요하실 때 언제든 말씀해 주세요.");

    internal static string ICanHelp(string l) => Pick(l, "I can help you:", "제가 도와드릴 수 있는 일:");

    internal static string NoSkills(string l) => Pick(l, "I don't have any skills yet.", "아직 등록된 기능이 없습니다.");

    internal static string TryExample(string l, string example) => Pick(l, $"Try \"{example}\".", $"예: \"{example}\"");

    internal static string DidYouMean(string l) => Pick(l, "Did you mean one of these?", "다음 중 어떤 것을 원하세요?");

    internal static string Start(string l, string name, string prompt) => Pick(l,
        $"Sure: {name}. Fill in the form, or just answer here. {prompt}",
        $"{name}을(를) 시작할게요. 양식을 작성하거나 여기에 답해 주세요. {prompt}");

    internal static string StartConfirm(string l, string name) => Pick(l,
        $"Sure: {name}. Please check the details and confirm.",
        $"{name}을(를) 진행할게요. 내용을 확인하고 진행해 주세요.");

    internal static string FixThese(string l) => Pick(l, "Please fix:", "다음 항목을 확인해 주세요:");

    internal static string GiveUp(string l, string example) => Pick(l,
        $"Let's stop here: nothing was changed. Say \"{example}\" when you want to try again.",
        $"여기서 멈출게요. 아무것도 변경하지 않았습니다. 다시 하려면 \"{example}\"(이)라고 말해 주세요.");

    internal static string ConfirmPrompt(string l) => Pick(l, "Please check the details and confirm.", "내용을 확인하고 진행해 주세요.");

    internal static string ConfirmOrCancel(string l) => Pick(l,
        "Please confirm or cancel (say \"yes\" or \"cancel\").",
        "확인 또는 취소를 선택해 주세요 (\"네\" 또는 \"취소\").");

    internal static string ConfirmationTitle(string l, string name) => Pick(l, $"{name}: please confirm", $"{name}: 확인해 주세요");

    internal static string Required(string l, string label) => Pick(l, $"{label} is required.", $"{label}은(는) 필수 항목입니다.");

    internal static string Invalid(string l, string label) => Pick(l, $"{label} is not valid.", $"{label} 형식이 올바르지 않습니다.");

    internal static string TooLong(string l, string label, int max) => Pick(l,
        $"{label} must be at most {max} characters.", $"{label}은(는) {max}자 이하여야 합니다.");

    internal static string TooShort(string l, string label, int min) => Pick(l,
        $"{label} must be at least {min} characters.", $"{label}은(는) {min}자 이상이어야 합니다.");

    internal static string Done(string l, string name) => Pick(l, $"Done: {name}.", $"완료했습니다: {name}.");

    internal static string Forbidden(string l, string system) => Pick(l,
        $"You don't have permission to do that in {system}. Nothing was changed.",
        $"{system}에서 이 작업을 할 권한이 없습니다. 아무것도 변경하지 않았습니다.");

    internal static string Failed(string l, string system) => Pick(l,
        $"Sorry, something went wrong in {system} and I couldn't finish. Nothing was created; please try again later.",
        $"죄송합니다. {system}에서 문제가 생겨 완료하지 못했습니다. 아무것도 만들지 않았으니 나중에 다시 시도해 주세요.");

    internal static string Rejected(string l, string system, string? message) => Pick(l,
        $"{system} didn't accept the details{(message is null ? "" : ": " + message.Trim().TrimEnd('.'))}. Nothing was changed.",
        $"{system}에서 입력 내용을 받아들이지 않았습니다{(message is null ? "" : ": " + message.Trim().TrimEnd('.'))}. 아무것도 변경하지 않았습니다.");

    internal static string NotFound(string l, string system, string sought) => sought.Length == 0
        ? Pick(l, $"I couldn't find what you asked for in {system}.", $"{system}에서 요청하신 항목을 찾지 못했습니다.")
        : Pick(l, $"I couldn't find anything in {system} matching \u201c{sought}\u201d.", $"{system}에서 \u201c{sought}\u201d에 해당하는 항목을 찾지 못했습니다.");

    internal static string SkillDisabled(string l, string skill) => Pick(l,
        $"That skill is turned off right now ({skill}), so I can't start it. Please try again later or ask an admin.",
        $"그 기능({skill})은 지금 꺼져 있어 시작할 수 없습니다. 나중에 다시 시도하거나 관리자에게 문의해 주세요.");

    internal static string SkillChanged(string l) => Pick(l,
        "That skill has changed since we started, so I stopped. Nothing was changed; please start again.",
        "시작한 뒤 기능이 변경되어 중단했습니다. 아무것도 변경하지 않았으니 다시 시작해 주세요.");

    internal static string SignInFailed(string l) => Pick(l,
        "Sign-in didn't complete, so nothing was changed.", "로그인이 완료되지 않아 아무것도 변경하지 않았습니다.");

    internal static string Yes(string l) => Pick(l, "Yes", "네");

    internal static string No(string l) => Pick(l, "No", "아니요");

    internal static string SwitchQuestion(string l, string current, string next) => Pick(l,
        $"You're in the middle of \"{current}\". Stop it and start \"{next}\" instead?",
        $"지금 \"{current}\"을(를) 진행 중이에요. 중단하고 \"{next}\"을(를) 시작할까요?");

    internal static string Continuing(string l, string name) => Pick(l, $"OK, let's continue with \"{name}\".", $"좋아요, \"{name}\"을(를) 계속할게요.");

    internal static string Changed(string l, string label, string value) => Pick(l, $"Changed {label} to {value}.", $"{label}을(를) {value}(으)로 바꿨어요.");

    internal static string WhichField(string l) => Pick(l,
        "Which field should I change? For example \"change the email to ap@example.com\".",
        "어떤 항목을 바꿀까요? 예: \"이메일은 ap@example.com으로 바꿔줘\"");

    internal static string CannotAnswerHere(string l) => Pick(l, "I can't answer that here.", "여기서는 그 질문에 답해 드릴 수 없어요.");

    internal static string StartingOver(string l, string name, string prompt) => Pick(l,
        $"OK, let's start over: {name}. Everything you gave before is cleared. {prompt}",
        $"처음부터 다시 할게요: {name}. 앞서 입력한 내용은 지웠어요. {prompt}");

    internal static string ChoicesAre(string l, string label, string list) => Pick(l,
        $"The choices for {label} are: {list}.", $"{label}은(는) {list} 중에서 고를 수 있어요.");

    internal static string PickOneOf(string l, string label, string list) => Pick(l,
        $"That isn't one of the choices for {label}. Please pick one of: {list}.",
        $"{label}에 없는 항목이에요. {list} 중에서 골라 주세요.");

    internal static string OneAtATime(string l, string label) => Pick(l,
        $"I can't list them all: I look things up by {label.ToLowerInvariant()}, one at a time.",
        $"전부 보여 드릴 수는 없어요. {label}(으)로 하나씩 찾아 드릴 수 있어요.");

    internal static string NeedTheValue(string l, string label) => Pick(l,
        $"I need the {label.ToLowerInvariant()} itself, not a yes or no.", $"네/아니요 말고 {label}을(를) 알려 주세요.");

    internal static string CannotShowBalance(string l, string name) => Pick(l,
        $"Sorry, I can't show balances or how much you have left: none of my skills can look that up. I can help with \u201c{name}\u201d, though. Shall I start it?",
        $"죄송해요, 잔여 일수나 남은 양은 조회해 드릴 수 없어요. 그 정보를 보여 주는 기능이 없어요. 대신 \u2018{name}\u2019은(는) 도와드릴 수 있어요. 시작할까요?");

    internal static string NoBalances(string l) => Pick(l,
        "Sorry, I can't show balances or how much you have left: none of my skills can look that up.",
        "죄송해요, 잔여 일수나 남은 양은 조회해 드릴 수 없어요. 그 정보를 보여 주는 기능이 없어요.");

    internal static string AlsoAsked(string l, string name) => Pick(l,
        $"You also asked for \u201c{name}\u201d: I'll offer it as soon as this one is done.",
        $"\u2018{name}\u2019도 요청하셨네요. 이 일을 마치면 바로 이어서 할게요.");

    internal static string NextRequest(string l, string name) => Pick(l,
        $"Next: \u201c{name}\u201d, which you also asked for. Shall I start it?",
        $"다음으로 요청하신 \u2018{name}\u2019을(를) 시작할까요?");

    internal static string ChooseOne(string l) => Pick(l, "Answer with the name or number.", "이름이나 번호로 답해 주세요.");
}
