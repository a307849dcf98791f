using System.Security.Cryptography;
using System.Text;
using Dapper;

namespace ChatFlow.Integrations.Storage;

/// <summary>The <c>skill_versions</c>, <c>skills</c> and <c>skill_catalog_revision</c> tables. Every write first bumps
/// the single revision row inside its transaction, which serialises writers on both dialects.</summary>
internal sealed class SkillRegistryStore(StoreDatabase database, TimeProvider time) : ISkillRegistryStore
{
    private const string SelectRevisionSql = "SELECT revision FROM skill_catalog_revision WHERE id = 1";

    private const string BumpRevisionSql = "UPDATE skill_catalog_revision SET revision = revision + 1, updated_ms = @NowMs WHERE id = 1";

    private const string SelectSkillsSql = """
        SELECT skill_id AS SkillId, enabled AS Enabled, latest_version AS LatestVersion
        FROM skills ORDER BY skill_id
        """;

    private const string SelectSkillSql = """
        SELECT skill_id AS SkillId, enabled AS Enabled, latest_version AS LatestVersion
        FROM skills WHERE skill_id = @SkillId
        """;

    private const string SelectVersionsSql = """
        SELECT skill_id AS SkillId, version AS Version, manifest_text AS ManifestText, format AS Format,
            content_sha256 AS ContentSha256, registered_by AS RegisteredBy, registered_ms AS RegisteredMs
        FROM skill_versions ORDER BY skill_id, version
        """;

    private const string CountSameContentSql = "SELECT COUNT(*) FROM skill_versions WHERE skill_id = @SkillId AND content_sha256 = @ContentSha256";

    private const string SelectLatestVersionSql = "SELECT MAX(version) FROM skill_versions WHERE skill_id = @SkillId";

    private const string InsertVersionSql = """
        INSERT INTO skill_versions (skill_id, version, manifest_text, format, content_sha256, registered_by, registered_ms)
        VALUES (@SkillId, @Version, @ManifestText, @Format, @ContentSha256, @RegisteredBy, @RegisteredMs)
        """;

    private const string UpsertSkillSql = """
        INSERT INTO skills (skill_id, enabled, latest_version, updated_ms) VALUES (@SkillId, 1, @Version, @NowMs)
        ON CONFLICT (skill_id) DO UPDATE SET latest_version = excluded.latest_version, updated_ms = excluded.updated_ms
        """;

    private const string SetEnabledSql = "UPDATE skills SET enabled = @Enabled, updated_ms = @NowMs WHERE skill_id = @SkillId";

    /// <inheritdoc />
    public async Task<long> GetRevisionAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(SelectRevisionSql, cancellationToken: cancellationToken));
    }

    /// <inheritdoc />
    public async Task<SkillRegistrySnapshot> LoadAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        // Revision first: the rows read afterwards are at least this new, so a host never settles on stale rows.
        var revision = await connection.ExecuteScalarAsync<long>(new CommandDefinition(SelectRevisionSql, cancellationToken: cancellationToken));
        var skills = await connection.QueryAsync<SkillRow>(new CommandDefinition(SelectSkillsSql, cancellationToken: cancellationToken));
        var versions = await connection.QueryAsync<VersionRow>(new CommandDefinition(SelectVersionsSql, cancellationToken: cancellationToken));
        return new SkillRegistrySnapshot(revision, [.. skills.Select(s => s.ToEntry())], [.. versions.Select(v => v.ToVersion())]);
    }

    /// <inheritdoc />
    public async Task<SkillRegistryVersion?> RegisterAsync(SkillRegistryDraft draft, bool onlyIfNew, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var nowMs = time.GetUtcNow().ToUnixTimeMilliseconds();
        var sha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(draft.ManifestText)));
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(BumpRevisionSql, new { NowMs = nowMs }, transaction, cancellationToken: cancellationToken));
        if (onlyIfNew && await connection.ExecuteScalarAsync<long>(new CommandDefinition(CountSameContentSql,
                new { draft.SkillId, ContentSha256 = sha }, transaction, cancellationToken: cancellationToken)) > 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            return null;
        }

        var latest = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(SelectLatestVersionSql, new { draft.SkillId },
            transaction, cancellationToken: cancellationToken));
        var version = checked((int)Math.Max(Math.Max(draft.DeclaredVersion, 1), (latest ?? 0) + 1));
        var stored = new SkillRegistryVersion(draft.SkillId, version, draft.ManifestText, draft.Format, sha, draft.RegisteredBy, nowMs);
        await connection.ExecuteAsync(new CommandDefinition(InsertVersionSql,
            new { stored.SkillId, Version = (long)version, stored.ManifestText, stored.Format, stored.ContentSha256, stored.RegisteredBy, stored.RegisteredMs },
            transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(UpsertSkillSql, new { stored.SkillId, Version = (long)version, NowMs = nowMs },
            transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return stored;
    }

    /// <inheritdoc />
    public async Task<SkillRegistryEntry?> SetEnabledAsync(string skillId, bool enabled, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(skillId);
        var nowMs = time.GetUtcNow().ToUnixTimeMilliseconds();
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<SkillRow>(new CommandDefinition(SelectSkillSql, new { SkillId = skillId },
            transaction, cancellationToken: cancellationToken));
        if (row is null || (row.Enabled != 0) == enabled)
        {
            await transaction.RollbackAsync(cancellationToken);
            return row?.ToEntry();
        }

        await connection.ExecuteAsync(new CommandDefinition(BumpRevisionSql, new { NowMs = nowMs }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(SetEnabledSql, new { SkillId = skillId, Enabled = enabled ? 1L : 0L, NowMs = nowMs },
            transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return row.ToEntry() with { Enabled = enabled };
    }

    private sealed class SkillRow
    {
        public string SkillId { get; set; } = "";

        public long Enabled { get; set; }

        public long LatestVersion { get; set; }

        public SkillRegistryEntry ToEntry() => new(SkillId, Enabled != 0, checked((int)LatestVersion));
    }

    private sealed class VersionRow
    {
        public string SkillId { get; set; } = "";

        public long Version { get; set; }

        public string ManifestText { get; set; } = "";

        public string Format { get; set; } = "";

        public string ContentSha256 { get; set; } = "";

        public string RegisteredBy { get; set; } = "";

        public long RegisteredMs { get; set; }

        public SkillRegistryVersion ToVersion() =>
            new(SkillId, checked((int)Version), ManifestText, Format, ContentSha256, RegisteredBy, RegisteredMs);
    }
}
