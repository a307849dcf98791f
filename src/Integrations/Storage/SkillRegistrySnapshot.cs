namespace ChatFlow.Integrations.Storage;

/// <summary>The whole registry as read at one moment.</summary>
/// <param name="Revision">The catalog revision read before the rows (the rows are at least this new).</param>
/// <param name="Skills">Every skill's flag, by id.</param>
/// <param name="Versions">Every version, by id then version.</param>
public sealed record SkillRegistrySnapshot(long Revision, IReadOnlyList<SkillRegistryEntry> Skills, IReadOnlyList<SkillRegistryVersion> Versions);
