namespace ChatFlow.Integrations.Storage;

/// <summary>A manifest to register (already validated by the caller).</summary>
/// <param name="SkillId">Skill id, as in the manifest.</param>
/// <param name="DeclaredVersion">The manifest's own <c>version</c>; the stored version is at least this and always
/// greater than every earlier version of the skill.</param>
/// <param name="ManifestText">The manifest as submitted.</param>
/// <param name="Format"><c>yaml</c> or <c>json</c>.</param>
/// <param name="RegisteredBy">Who registered it: an admin's subject, or <c>file:…</c> for start-up loading.</param>
public sealed record SkillRegistryDraft(string SkillId, int DeclaredVersion, string ManifestText, string Format, string RegisteredBy);
