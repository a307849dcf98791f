using System.Text;
using ChatFlow.Bot.Admin;
using ChatFlow.Integrations.Tokens;
using ChatFlow.Skills.Conversations;
using ChatFlow.Skills.Forms;
using Microsoft.IdentityModel.JsonWebTokens;

namespace ChatFlow.Bot.Turns;

/// <summary>Host-level chat commands for admins, recognised before the dialog, with or without a leading
/// <c>/chatflow</c> (the Slack slash command routes <c>/chatflow skills list|enable|disable …</c> here): list with
/// <c>skills</c>, <c>skills list</c> or <c>기능 목록</c>; turn off with <c>skills disable &lt;id&gt;</c>,
/// <c>disable skill &lt;id&gt;</c> or <c>기능 끄기 &lt;id&gt;</c>; turn on with <c>skills enable &lt;id&gt;</c>,
/// <c>enable skill &lt;id&gt;</c> or <c>기능 켜기 &lt;id&gt;</c>. Korean words answer in Korean. The user is an admin when the
/// access token they signed in with (connection <c>acme</c>) carries role <c>admin</c>; not signed in → the sign-in
/// card; anyone else → a polite refusal.</summary>
internal sealed class SkillAdminCommands(IUserTokenProvider tokens, IOAuthSignInService signIn, SkillRegistry registry)
{
    /// <summary>The OAuth connection whose token tells who the chat user is.</summary>
    public const string Connection = "acme";

    /// <summary>The replies when <paramref name="turn"/> is an admin command; <c>null</c> otherwise (the dialog handles it).</summary>
    public async Task<IReadOnlyList<Reply>?> TryHandleAsync(Turn turn, string stateLanguage, CancellationToken cancellationToken)
    {
        if (Parse(turn.Text) is not { } command)
        {
            return null;
        }

        var language = command.Korean || turn.Locale.StartsWith("ko", StringComparison.OrdinalIgnoreCase) ? "ko"
            : string.IsNullOrEmpty(stateLanguage) ? "en" : stateLanguage;
        var accessToken = await tokens.GetAccessTokenAsync(turn.Channel, turn.User.Id, Connection, cancellationToken);
        if (accessToken is null)
        {
            var link = await signIn.StartAsync(Connection, turn.Channel, turn.ConversationId, turn.User.Id, cancellationToken);
            return [new Reply { SignIn = new SignInSpec(Ko(language, "To manage skills, please sign in to Acme first.",
                "기능을 관리하려면 먼저 Acme에 로그인해 주세요."), Text.SignInButton(language), link), Locale = language }];
        }

        var token = new JsonWebToken(accessToken);
        if (!token.Claims.Any(c => c.Type == "role" && c.Value == "admin"))
        {
            return [Reply.Say(Ko(language, "Sorry, only admins can list, enable or disable skills.",
                "죄송합니다. 기능 목록 보기, 켜기, 끄기는 관리자만 할 수 있습니다."), language)];
        }

        var subject = token.Subject ?? turn.User.Id;
        switch (command.Verb)
        {
            case "list":
                var text = new StringBuilder(Ko(language, "Skills:", "기능 목록:"));
                foreach (var skill in registry.List())
                {
                    text.Append('\n').Append($"• {skill.Id} v{skill.Version} — {(skill.Enabled ? Ko(language, "on", "켜짐") : Ko(language, "off", "꺼짐"))}");
                }

                return [Reply.Say(text.ToString(), language)];
            default:
                var enable = command.Verb == "enable";
                var result = await registry.SetEnabledAsync(command.SkillId!, enable, subject, cancellationToken);
                return [Reply.Say(result is null
                    ? Ko(language, $"There is no skill '{command.SkillId}'. Say \"skills\" to list them.", $"'{command.SkillId}' 기능이 없습니다. \"기능 목록\"이라고 입력하면 목록을 볼 수 있습니다.")
                    : enable
                        ? Ko(language, $"Skill '{command.SkillId}' is on.", $"'{command.SkillId}' 기능을 켰습니다.")
                        : Ko(language, $"Skill '{command.SkillId}' is off. Conversations already under way can finish.", $"'{command.SkillId}' 기능을 껐습니다. 진행 중인 대화는 끝까지 진행됩니다."),
                    language)];
        }
    }

    /// <summary>The command in <paramref name="text"/>: verb <c>list</c>, <c>enable</c> or <c>disable</c>, the skill
    /// id, and whether it was said in Korean; <c>null</c> when the text is no admin command.</summary>
    internal static (string Verb, string? SkillId, bool Korean)? Parse(string? text)
    {
        var words = (text ?? "").Trim().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 0 && words[0].Equals("/chatflow", StringComparison.OrdinalIgnoreCase))
        {
            words = words[1..];
        }

        static bool Is(string word, string expected) => word.Equals(expected, StringComparison.OrdinalIgnoreCase);
        static string? Toggle(string word) =>
            Is(word, "enable") || word is "켜기" or "켜" ? "enable" : Is(word, "disable") || word is "끄기" or "꺼" ? "disable" : null;

        return words switch
        {
            [var s] when Is(s, "skills") => ("list", null, false),
            [var s, var l] when Is(s, "skills") && Is(l, "list") => ("list", null, false),
            ["기능", "목록"] => ("list", null, true),
            [var s, var verb, var id] when Is(s, "skills") && Toggle(verb) is { } v && !IsKorean(verb) => (v, id, false),
            [var verb, var s, var id] when Is(s, "skill") && Toggle(verb) is { } v && !IsKorean(verb) => (v, id, false),
            ["기능", var verb, var id] when Toggle(verb) is { } v && IsKorean(verb) => (v, id, true),
            _ => null,
        };
    }

    private static bool IsKorean(string word) => word.Any(c => c is >= '\uAC00' and <= '\uD7A3');

    private static string Ko(string language, string en, string ko) => language == "ko" ? ko : en;
}
