namespace ChatFlow.Skills.Manifests;

/// <summary>The outcome of loading one manifest: the manifest, or the errors that prevented it.</summary>
/// <param name="Manifest">The manifest, or <c>null</c> when <paramref name="Errors"/> is not empty.</param>
/// <param name="Errors">Every problem found, in document order; empty when valid.</param>
public sealed record ManifestLoadResult(SkillManifest? Manifest, IReadOnlyList<ManifestError> Errors)
{
    /// <summary>Whether the manifest loaded without errors.</summary>
    public bool IsValid => Manifest is not null && Errors.Count == 0;
}
