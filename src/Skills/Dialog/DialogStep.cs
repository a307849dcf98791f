using ChatFlow.Skills.Conversations;

namespace ChatFlow.Skills.Dialog;

/// <summary>The result of one dialog step: the new state to save, the replies to queue (in order), and the
/// invocation to execute, all in one transaction.</summary>
/// <param name="State">State to store.</param>
/// <param name="Replies">Replies to send, in order (each with its <see cref="Reply.Locale"/>).</param>
/// <param name="Invocation">The skill run to execute now, or <c>null</c>. Set only when
/// <see cref="DialogState.Phase"/> is <see cref="DialogPhase.Executing"/>.</param>
public sealed record DialogStep(DialogState State, IReadOnlyList<Reply> Replies, SkillInvocation? Invocation);
