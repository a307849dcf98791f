namespace ChatFlow.Skills.Conversations;

/// <summary>Values a user submitted from a form or pressed on a button (Adaptive Card <c>Action.Submit</c>,
/// Block Kit <c>block_actions</c>/<c>view_submission</c>), already parsed by the channel.</summary>
/// <param name="Action">What was pressed: one of <see cref="FormActions"/>.</param>
/// <param name="StateToken">The signed, expiring state token the form carried; checked by the host before the
/// dialog sees the submission. <c>null</c> when the channel sent none.</param>
/// <param name="Values">Input values by field id (slot name), as the user entered them (strings, untrimmed).</param>
public sealed record FormSubmission(string Action, string? StateToken, IReadOnlyDictionary<string, string> Values);
