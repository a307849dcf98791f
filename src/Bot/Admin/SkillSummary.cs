namespace ChatFlow.Bot.Admin;

/// <summary>A skill's newest version and flag (<c>PUT /admin/skills/{id}</c>).</summary>
internal sealed record SkillSummary(string Id, int Version, bool Enabled);
