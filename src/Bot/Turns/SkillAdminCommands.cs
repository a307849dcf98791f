using System.Text;
using ChatFlow.Bot.Admin;
using ChatFlow.Integrations.Tokens;
using ChatFlow.Skills.Conversations;
using ChatFlow.Skills.Forms;
using Microsoft.IdentityModel.JsonWebTokens;

namespace ChatFlow.Bot.Turns;

/// <summary>Host-level chat commands for admins, recognised before the dialog: <c>/chatflow skills</c> or
/// <c>skills</c> (list), <c>disable skill &lt;id&gt;</c>, <c>enable skill &lt;id&gt;</c>. The user is an admin when the
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

        var language = turn.Locale.StartsWith("ko", StringComparison.OrdinalIgnoreCase) ? "ko"
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
                    ? Ko(language, $"There is no skill '{command.SkillId}'. Say \"skills\" to list them.", $"'{command.SkillId}' 기능이 없습니다. \"skills\"라고 입력하면 목록을 볼 수 있습니다.")
                    : enable
                        ? Ko(language, $"Skill '{command.SkillId}' is on.", $"'{command.SkillId}' 기능을 켰습니다.")
                        : Ko(language, $"Skill '{command.SkillId}' is off. Conversations already under way can finish.", $"'{command.SkillId}' 기능을 껐습니다. 진행 중인 대화는 끝까지 진행됩니다."),
                    language)];
        }
    }

    private static (string Verb, string? SkillId)? Parse(string? text)
    {
        var words = (text ?? "").Trim().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 0 && words[0].Equals("/chatflow", StringComparison.OrdinalIgnoreCase))
        {
            words = words[1..];
        }

        return words switch
        {
            [var s] when s.Equals("skills", StringComparison.OrdinalIgnoreCase) => ("list", null),
            [var verb, var s, var id] when s.Equals("skill", StringComparison.OrdinalIgnoreCase)
                && (verb.Equals("enable", StringComparison.OrdinalIgnoreCase) || verb.Equals("disable", StringComparison.OrdinalIgnoreCase)) =>
                (verb.ToLowerInvariant(), id),
            _ => null,
        };
    }

    private static string Ko(string language, string en, string ko) => language == "ko" ? ko : en;
}
