namespace ChatFlow.Integrations.Storage;

/// <summary>A registered skill's flag and newest version.</summary>
/// <param name="SkillId">Skill id.</param>
/// <param name="Enabled">Whether new conversations may start it.</param>
/// <param name="LatestVersion">Its newest version.</param>
public sealed record SkillRegistryEntry(string SkillId, bool Enabled, int LatestVersion);
