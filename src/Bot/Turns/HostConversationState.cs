using ChatFlow.Skills.Dialog;

namespace ChatFlow.Bot.Turns;

/// <summary>What the host keeps per conversation: the dialog's own state plus the skill run waiting for the
/// user to sign in (resumed by the sign-in callback's turn).</summary>
/// <param name="Dialog">The dialog engine's state.</param>
/// <param name="Pending">The confirmed invocation waiting for a token, or <c>null</c>.</param>
internal sealed record HostConversationState(DialogState Dialog, SkillInvocation? Pending);
