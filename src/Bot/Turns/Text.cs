namespace ChatFlow.Bot.Turns;

/// <summary>The host's own chat texts, in English and Korean (the dialog engine owns the skill texts).</summary>
internal static class Text
{
    public static string SignedIn(string language) => Ko(language)
        ? "로그인되었습니다. 무엇을 도와드릴까요?"
        : "You're signed in. What can I do for you?";

    public static string SignInFailed(string language) => Ko(language)
        ? "로그인이 완료되지 않았습니다. 아무것도 변경하지 않았습니다. 다시 시도하거나 '취소'라고 입력하세요."
        : "Sign-in didn't complete, so nothing was changed. Try the link again, or say \"cancel\".";

    public static string FormRejected(string language) => Ko(language)
        ? "이 양식은 만료되었거나 다른 사용자의 것입니다. 필요한 작업을 다시 말씀해 주세요."
        : "That form has expired or belongs to someone else, so I ignored it. Tell me again what you need.";

    public static string SignInPrompt(string language, string skillName) => Ko(language)
        ? ChatFlow.Skills.Dialog.KoreanParticles.Resolve($"'{skillName}'을(를) 본인 권한으로 실행하려면 Acme에 로그인해 주세요. 로그인이 끝나면 바로 이어서 처리합니다.")
        : $"To {skillName.ToLowerInvariant()} under your own account, please sign in to Acme. I'll continue as soon as you're back.";

    public static string SignInButton(string language) => Ko(language) ? "로그인" : "Sign in";

    private static bool Ko(string language) => language.StartsWith("ko", StringComparison.OrdinalIgnoreCase);
}
