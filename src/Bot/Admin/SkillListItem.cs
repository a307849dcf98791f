namespace ChatFlow.Bot.Admin;

/// <summary>One row of <c>GET /admin/skills</c>.</summary>
internal sealed record SkillListItem(string Id, int Version, bool Enabled, string Name);
