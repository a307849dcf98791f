namespace ChatFlow.Integrations.Storage;

/// <summary>One audit row: who did what, with which outcome. Arguments are digested, never stored raw.</summary>
/// <param name="Kind">Event kind: <c>skill.executed</c>, <c>skill.refused</c>, <c>signin.completed</c>, …</param>
/// <param name="Subject">Directory subject, or the channel user when not signed in.</param>
/// <param name="SkillId">Skill id, if any.</param>
/// <param name="SkillVersion">Skill version, if any.</param>
/// <param name="Outcome">Short outcome (<c>ok</c>, <c>forbidden</c>, <c>error:…</c>).</param>
/// <param name="CorrelationId">Turn or run id tying the row to logs.</param>
/// <param name="ArgumentsDigest">SHA-256 hex of the canonical arguments JSON, or <c>null</c>.</param>
/// <param name="AtMs">Unix ms.</param>
public sealed record AuditEvent(string Kind, string Subject, string? SkillId, int? SkillVersion, string Outcome,
    string CorrelationId, string? ArgumentsDigest, long AtMs);
