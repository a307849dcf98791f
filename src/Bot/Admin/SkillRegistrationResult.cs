namespace ChatFlow.Bot.Admin;

/// <summary>The outcome of <see cref="SkillRegistry.RegisterAsync"/>: the stored version, or the validation errors
/// keyed <c>file:line:col</c> (values <c>field: message</c>).</summary>
internal sealed record SkillRegistrationResult(SkillSummary? Summary, IDictionary<string, string[]> Errors)
{
    /// <summary>Whether the manifest was stored.</summary>
    public bool IsValid => Summary is not null;
}
