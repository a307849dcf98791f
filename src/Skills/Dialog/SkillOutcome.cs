namespace ChatFlow.Skills.Dialog;

/// <summary>What the host reports after executing a <see cref="SkillInvocation"/>.</summary>
/// <param name="Status">How it ended.</param>
/// <param name="Result">Flat result fields from the connector's JSON body (e.g. <c>id</c>, <c>name</c>; nested
/// objects as <c>a.b</c>), used by the reply template as <c>{result.id}</c>. Empty when there is none.</param>
/// <param name="Message">A user-safe detail (e.g. the back end's validation message for
/// <see cref="SkillOutcomeStatus.Invalid"/>), or <c>null</c>. Never a stack trace or token.</param>
public sealed record SkillOutcome(
    SkillOutcomeStatus Status,
    IReadOnlyDictionary<string, string> Result,
    string? Message = null)
{
    /// <summary>A successful outcome with <paramref name="result"/> fields.</summary>
    /// <param name="result">Result fields.</param>
    /// <returns>The outcome.</returns>
    public static SkillOutcome Succeeded(IReadOnlyDictionary<string, string> result) => new(SkillOutcomeStatus.Succeeded, result);

    /// <summary>An outcome without result fields.</summary>
    /// <param name="status">How it ended.</param>
    /// <param name="message">User-safe detail or <c>null</c>.</param>
    /// <returns>The outcome.</returns>
    public static SkillOutcome Of(SkillOutcomeStatus status, string? message = null) =>
        new(status, new Dictionary<string, string>(), message);
}
