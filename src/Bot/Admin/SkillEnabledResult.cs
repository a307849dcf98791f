namespace ChatFlow.Bot.Admin;

/// <summary><c>POST /admin/skills/{id}/enable|disable</c>.</summary>
internal sealed record SkillEnabledResult(string Id, bool Enabled);
