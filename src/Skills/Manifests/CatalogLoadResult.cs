namespace ChatFlow.Skills.Manifests;

/// <summary>The outcome of loading a folder of manifests: the valid ones as a catalog, and every error.</summary>
/// <param name="Catalog">Catalog of the manifests that loaded; files with errors are skipped.</param>
/// <param name="Errors">Errors of the skipped files (and duplicate id + version pairs), by file then line.</param>
public sealed record CatalogLoadResult(SkillCatalog Catalog, IReadOnlyList<ManifestError> Errors);
