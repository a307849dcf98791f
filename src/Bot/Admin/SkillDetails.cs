namespace ChatFlow.Bot.Admin;

/// <summary><c>GET /admin/skills/{id}</c>: the flag, every version, and the newest manifest text.</summary>
internal sealed record SkillDetails(string Id, bool Enabled, IReadOnlyList<SkillVersionInfo> Versions, string Manifest);
