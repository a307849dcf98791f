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
    /// (recursively, in ordinal path order) with <see cref="ManifestRules.Lenient"/>. Files with errors are skipped and
    /// reported; the rest are loaded.</summary>
    /// <param name="directory">Folder such as <c>manifests/skills</c>.</param>
    /// <returns>The catalog and the errors.</returns>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static CatalogLoadResult LoadDirectory(string directory) => LoadDirectory(directory, ManifestRules.Lenient);

    /// <summary>Loads every <c>*.yaml</c>, <c>*.yml</c> and <c>*.json</c> file under <paramref name="directory"/>
    /// (recursively, in ordinal path order). Files with errors are skipped and reported; the rest are loaded.</summary>
    /// <param name="directory">Folder such as <c>manifests/skills</c>.</param>
    /// <param name="rules">Checks beyond the structure (e.g. <see cref="ManifestRules.WithConnectors"/>).</param>
    /// <returns>The catalog and the errors.</returns>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static CatalogLoadResult LoadDirectory(string directory, ManifestRules rules)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"Skill manifest folder '{directory}' does not exist.");
        }

        return LoadPaths([directory], rules);
    }

    /// <summary>Loads manifest files and folders (each folder's <c>*.yaml</c>, <c>*.yml</c> and <c>*.json</c>,
    /// recursively, in ordinal path order), as <c>skills validate</c> does.</summary>
    /// <remarks>Two files declaring the same id and version are both reported (each error names the other file) and
    /// both skipped; the same id with different versions is a skill's history and loads. A path that does not exist
    /// is one error at line 0.</remarks>
    /// <param name="paths">Files and folders.</param>
    /// <param name="rules">Checks beyond the structure.</param>
    /// <returns>The catalog of the valid manifests and every error, by file then line.</returns>
    public static CatalogLoadResult LoadPaths(IEnumerable<string> paths, ManifestRules rules)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(rules);
        var files = new List<string>();
        var errors = new List<ManifestError>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => Path.GetExtension(f).ToUpperInvariant() is ".YAML" or ".YML" or ".JSON")
                    .Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                errors.Add(new ManifestError(path, 0, 0, "", "No such file or folder."));
            }
        }

        var loaded = new List<SkillManifest>();
        foreach (var file in files.Distinct(StringComparer.Ordinal))
        {
            var result = SkillManifestLoader.Load(file, rules);
            errors.AddRange(result.Errors);
            if (result.Manifest is { } manifest)
            {
                loaded.Add(manifest);
            }
        }

        var manifests = new List<SkillManifest>();
        foreach (var group in loaded.GroupBy(m => (m.Id, m.Version)))
        {
            var copies = group.ToList();
            if (copies.Count == 1)
            {
                manifests.Add(copies[0]);
                continue;
            }

            foreach (var copy in copies)
            {
                var others = string.Join("', '", copies.Where(c => !ReferenceEquals(c, copy)).Select(c => c.Source));
                errors.Add(new ManifestError(copy.Source, copy.IdPosition.Line, copy.IdPosition.Column, "id",
                    $"Duplicate skill id: '{copy.Id}' version {copy.Version} is also defined in '{others}'."));
            }
        }

        var ordered = errors.OrderBy(e => e.Source, StringComparer.Ordinal).ThenBy(e => e.Line).ThenBy(e => e.Column).ToList();
        return new CatalogLoadResult(new SkillCatalog(manifests), ordered);
    }
}
