namespace ChatFlow.Skills.Dialog;

/// <summary>A skill run the host must execute: authorise, get the user's token for <paramref name="Connection"/>,
/// call the connector, audit, then report with <see cref="DialogEngine.Complete"/>.</summary>
/// <param name="SkillId">Skill id.</param>
/// <param name="SkillVersion">Skill version the run used.</param>
/// <param name="RunId">Run id; the same run always has the same id (use it for the idempotency key).</param>
/// <param name="Connector">Connector id, e.g. <c>acme-erp</c>.</param>
/// <param name="Operation">Connector operation, e.g. <c>createVendor</c>.</param>
/// <param name="Connection">OAuth connection name, e.g. <c>acme</c>.</param>
/// <param name="Arguments">Argument name → value, rendered from the manifest's templates over the slots.</param>
/// <param name="Language">Reply language, <c>en</c> or <c>ko</c>.</param>
public sealed record SkillInvocation(
    string SkillId,
    int SkillVersion,
    string RunId,
    string Connector,
    string Operation,
    string Connection,
    IReadOnlyDictionary<string, string> Arguments,
    string Language);
