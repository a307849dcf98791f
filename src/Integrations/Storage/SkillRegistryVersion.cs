namespace ChatFlow.Integrations.Storage;

/// <summary>One stored version of a skill manifest.</summary>
/// <param name="SkillId">Skill id.</param>
/// <param name="Version">Version assigned by the registry (1, 2, …; never reused).</param>
/// <param name="ManifestText">The manifest as submitted.</param>
/// <param name="Format"><c>yaml</c> or <c>json</c>.</param>
/// <param name="ContentSha256">Lower-case hex SHA-256 of <paramref name="ManifestText"/> (UTF-8).</param>
/// <param name="RegisteredBy">Who registered it.</param>
/// <param name="RegisteredMs">When, Unix ms.</param>
public sealed record SkillRegistryVersion(string SkillId, int Version, string ManifestText, string Format,
    string ContentSha256, string RegisteredBy, long RegisteredMs);
