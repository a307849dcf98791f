using System.Collections.Frozen;

namespace ChatFlow.Skills.Manifests;

/// <summary>An immutable snapshot of the registered skills: by id (latest version) and by id + version.</summary>
/// <remarks>Registering a skill makes a new catalog (<see cref="With"/>); holders of the old snapshot are not
/// affected, so a conversation can keep using the version it started on.</remarks>
public sealed class SkillCatalog
{
    private readonly FrozenDictionary<string, SkillManifest> _latest;
    private readonly FrozenDictionary<(string Id, int Version), SkillManifest> _all;

    private SkillCatalog(IEnumerable<SkillManifest> manifests)
    {
        var all = new Dictionary<(string, int), SkillManifest>();
        foreach (var manifest in manifests)
        {
            all[(manifest.Id, manifest.Version)] = manifest;
        }

        _all = all.ToFrozenDictionary();
        _latest = all.Values
            .GroupBy(m => m.Id, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.MaxBy(m => m.Version)!, StringComparer.Ordinal);
        Skills = [.. _latest.Values.OrderBy(m => m.Id, StringComparer.Ordinal)];
    }

    /// <summary>A catalog with no skills.</summary>
    public static SkillCatalog Empty { get; } = new([]);

    /// <summary>The latest version of every skill, ordered by id.</summary>
    public IReadOnlyList<SkillManifest> Skills { get; }

    /// <summary>Every version of every skill.</summary>
    public IEnumerable<SkillManifest> AllVersions => _all.Values;

    /// <summary>Builds a catalog; when the same id + version appears twice, the last one wins.</summary>
    /// <param name="manifests">Validated manifests.</param>
    /// <returns>The catalog.</returns>
    public static SkillCatalog Create(IEnumerable<SkillManifest> manifests)
    {
        ArgumentNullException.ThrowIfNull(manifests);
        return new SkillCatalog(manifests);
    }

    /// <summary>A new catalog with <paramref name="manifest"/> added (or replacing the same id + version).</summary>
    /// <param name="manifest">A validated manifest.</param>
    /// <returns>The new catalog; this one is unchanged.</returns>
    public SkillCatalog With(SkillManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        return new SkillCatalog(_all.Values.Append(manifest));
    }

    /// <summary>The latest version of skill <paramref name="id"/>, or <c>null</c>.</summary>
    /// <param name="id">Skill id.</param>
    /// <returns>The manifest or <c>null</c>.</returns>
    public SkillManifest? Find(string id) => _latest.GetValueOrDefault(id);

    /// <summary>Version <paramref name="version"/> of skill <paramref name="id"/>, or <c>null</c>.</summary>
    /// <param name="id">Skill id.</param>
    /// <param name="version">Skill version.</param>
    /// <returns>The manifest or <c>null</c>.</returns>
    public SkillManifest? Find(string id, int version) => _all.GetValueOrDefault((id, version));

    /// <summary>Loads every <c>*.yaml</c>, <c>*.yml</c> and <c>*.json</c> file under <paramref name="directory"/>
    /// (recursively, in ordinal path order). Files with errors are skipped and reported; the rest are loaded.</summary>
    /// <param name="directory">Folder such as <c>manifests/skills</c>.</param>
    /// <returns>The catalog and the errors.</returns>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static CatalogLoadResult LoadDirectory(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"Skill manifest folder '{directory}' does not exist.");
        }

        var files = Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetExtension(f).ToUpperInvariant() is ".YAML" or ".YML" or ".JSON")
            .Order(StringComparer.Ordinal);
        var manifests = new Dictionary<(string, int), SkillManifest>();
        var errors = new List<ManifestError>();
        foreach (var file in files)
        {
            var result = SkillManifestLoader.Load(file);
            errors.AddRange(result.Errors);
            if (result.Manifest is not { } manifest)
            {
                continue;
            }

            if (manifests.TryGetValue((manifest.Id, manifest.Version), out var other))
            {
                errors.Add(new ManifestError(file, 1, 1, "id",
                    $"Skill '{manifest.Id}' version {manifest.Version} is already defined in '{other.Source}'; this file was skipped."));
                continue;
            }

            manifests[(manifest.Id, manifest.Version)] = manifest;
        }

        return new CatalogLoadResult(new SkillCatalog(manifests.Values), errors);
    }
}
