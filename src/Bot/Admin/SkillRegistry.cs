using System.Collections.Concurrent;
using ChatFlow.Bot.Turns;
using ChatFlow.Integrations.Connectors;
using ChatFlow.Integrations.Storage;
using ChatFlow.Skills.Manifests;

namespace ChatFlow.Bot.Admin;

/// <summary>Registers, enables and disables skills in the store and keeps this host's
/// <see cref="SkillCatalogAccessor"/> on the store's newest revision (local changes swap at once; other hosts'
/// changes arrive through <see cref="SkillCatalogPoller"/>).</summary>
internal sealed class SkillRegistry(
    CatalogLoadResult files,
    ISkillRegistryStore store,
    SkillCatalogAccessor accessor,
    IConnectorCatalog connectors,
    IAuditStore audit,
    TimeProvider time,
    ILogger<SkillRegistry> logger)
{
    private readonly ConcurrentDictionary<(string Id, int Version), SkillManifest?> _parsed = new();
    private readonly SemaphoreSlim _refresh = new(1, 1);

    /// <summary>Validates and stores a manifest as the skill's next version.</summary>
    /// <param name="id">The id in the URL; must equal the manifest's.</param>
    /// <param name="text">YAML or JSON.</param>
    /// <param name="format"><c>yaml</c> or <c>json</c>.</param>
    /// <param name="registeredBy">The admin's subject.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<SkillRegistrationResult> RegisterAsync(string id, string text, string format, string registeredBy, CancellationToken cancellationToken)
    {
        var source = $"skills/{id}.yaml";
        // Registration rules: at least 8 utterances per language, and the action's connector and operation must
        // exist in the connector catalog (errors carry the line and column of the offending field).
        var result = SkillManifestLoader.LoadText(text, source, RegistrationRules.For(connectors));
        var errors = new List<ManifestError>(result.Errors);
        if (result.Manifest is { } manifest && !string.Equals(manifest.Id, id, StringComparison.Ordinal))
        {
            errors.Add(new ManifestError(source, 1, 1, "id", $"'{manifest.Id}' does not match the id in the URL, '{id}'."));
        }

        if (result.Manifest is null || errors.Count > 0)
        {
            return new SkillRegistrationResult(null, errors
                .GroupBy(e => $"{e.Source}:{e.Line}:{e.Column}", StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(e => $"{e.Field}: {e.Message}").ToArray(), StringComparer.Ordinal));
        }

        var stored = await store.RegisterAsync(new SkillRegistryDraft(id, result.Manifest.Version, text, format, registeredBy), onlyIfNew: false, cancellationToken);
        await AuditAsync("skill.registered", registeredBy, id, stored!.Version, cancellationToken);
        AdminLog.SkillRegistered(logger, id, stored.Version);
        await RefreshAsync(cancellationToken);
        return new SkillRegistrationResult(new SkillSummary(id, stored.Version, accessor.Snapshot.IsEnabled(id)), new Dictionary<string, string[]>());
    }

    /// <summary>Turns a skill on or off.</summary>
    /// <returns>The new flag, or <c>null</c> for an unknown id.</returns>
    public async Task<SkillEnabledResult?> SetEnabledAsync(string id, bool enabled, string changedBy, CancellationToken cancellationToken)
    {
        var entry = await store.SetEnabledAsync(id, enabled, cancellationToken);
        if (entry is null)
        {
            return null;
        }

        await AuditAsync(enabled ? "skill.enabled" : "skill.disabled", changedBy, id, entry.LatestVersion, cancellationToken);
        AdminLog.SkillToggled(logger, id, enabled);
        await RefreshAsync(cancellationToken);
        return new SkillEnabledResult(id, entry.Enabled);
    }

    /// <summary>The live catalog's skills (newest versions).</summary>
    public IReadOnlyList<SkillListItem> List()
    {
        var snapshot = accessor.Snapshot;
        return [.. snapshot.Catalog.Skills.Select(s => new SkillListItem(s.Id, s.Version, snapshot.IsEnabled(s.Id), s.Name.En))];
    }

    /// <summary>The files of <c>manifests/skills/</c> skipped at start-up, with every error (file, line, column,
    /// field, message), by file then line; empty when all loaded.</summary>
    public IReadOnlyList<SkillLoadError> LoadErrors() => [.. files.Errors.Select(SkillLoadError.From)];

    /// <summary>One skill with its versions, or <c>null</c>.</summary>
    public SkillDetails? Get(string id)
    {
        var snapshot = accessor.Snapshot;
        var versions = snapshot.Versions.Where(v => v.SkillId == id).OrderBy(v => v.Version).ToList();
        if (versions.Count == 0)
        {
            return null;
        }

        return new SkillDetails(id, snapshot.IsEnabled(id),
            [.. versions.Select(v => new SkillVersionInfo(v.Version, DateTimeOffset.FromUnixTimeMilliseconds(v.RegisteredMs), v.RegisteredBy))],
            versions[^1].ManifestText);
    }

    /// <summary>Registers the manifests loaded from <c>manifests/skills/</c> that the store does not hold yet (a
    /// changed file becomes a new version), then loads the store's catalog.</summary>
    public async Task SyncFilesAsync(CatalogLoadResult loaded, CancellationToken cancellationToken)
    {
        foreach (var manifest in loaded.Catalog.AllVersions.OrderBy(m => m.Id, StringComparer.Ordinal).ThenBy(m => m.Version))
        {
            var text = await File.ReadAllTextAsync(manifest.Source, cancellationToken);
            var format = Path.GetExtension(manifest.Source).Equals(".json", StringComparison.OrdinalIgnoreCase) ? "json" : "yaml";
            var stored = await store.RegisterAsync(new SkillRegistryDraft(manifest.Id, manifest.Version, text, format,
                "file:" + Path.GetFileName(manifest.Source)), onlyIfNew: true, cancellationToken);
            if (stored is not null)
            {
                AdminLog.SkillRegistered(logger, stored.SkillId, stored.Version);
            }
        }

        await RefreshAsync(cancellationToken);
    }

    /// <summary>Reloads the catalog from the store when its revision is newer than the current snapshot's.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        await _refresh.WaitAsync(cancellationToken);
        try
        {
            var registry = await store.LoadAsync(cancellationToken);
            if (registry.Revision <= accessor.Snapshot.Revision)
            {
                return;
            }

            var manifests = new List<SkillManifest>();
            foreach (var version in registry.Versions)
            {
                if (_parsed.GetOrAdd((version.SkillId, version.Version), _ => Parse(version)) is { } manifest)
                {
                    manifests.Add(manifest);
                }
            }

            var snapshot = SkillSnapshot.Create(registry.Revision, SkillCatalog.Create(manifests),
                registry.Skills.Where(s => !s.Enabled).Select(s => s.SkillId), registry.Versions, accessor.Snapshot.RecognizerOptions);
            if (accessor.Publish(snapshot))
            {
                AdminLog.CatalogReloaded(logger, registry.Revision, snapshot.Catalog.Skills.Count);
            }
        }
        finally
        {
            _refresh.Release();
        }
    }

    private SkillManifest? Parse(SkillRegistryVersion version)
    {
        var result = SkillManifestLoader.LoadText(version.ManifestText, $"skills/{version.SkillId}.yaml");
        if (result.Manifest is not { } manifest)
        {
            AdminLog.StoredManifestUnreadable(logger, version.SkillId, version.Version);
            return null;
        }

        // The registry's number is the version: a conversation pins it and finds exactly this text again.
        return manifest with { Version = version.Version };
    }

    private Task AuditAsync(string kind, string subject, string id, int version, CancellationToken cancellationToken) =>
        audit.AppendAsync(new AuditEvent(kind, subject, id, version, "ok", Guid.NewGuid().ToString("N"), null,
            time.GetUtcNow().ToUnixTimeMilliseconds()), cancellationToken);
}
