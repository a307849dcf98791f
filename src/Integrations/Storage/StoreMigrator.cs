using System.Globalization;
using System.Reflection;
using Dapper;
using Microsoft.Extensions.Logging;

namespace ChatFlow.Integrations.Storage;

/// <summary>Applies the embedded scripts <c>Storage/Migrations/{dialect}/NNNN_name.sql</c> in version order and records
/// each in <c>schema_migrations</c>.</summary>
internal sealed class StoreMigrator(StoreDatabase database, TimeProvider time, ILogger<StoreMigrator> logger) : IStoreMigrator
{
    private const string ResourcePrefix = "ChatFlow.Integrations.Storage.Migrations.";

    private const string CreateTableSql = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version       BIGINT NOT NULL PRIMARY KEY,
            name          TEXT   NOT NULL,
            applied_at_ms BIGINT NOT NULL
        )
        """;

    private const string IsAppliedSql = "SELECT COUNT(*) FROM schema_migrations WHERE version = @Version";

    private const string RecordSql = "INSERT INTO schema_migrations (version, name, applied_at_ms) VALUES (@Version, @Name, @NowMs)";

    /// <inheritdoc />
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        var scripts = LoadScripts(database.MigrationsFolder);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var migrationLock = await database.LockForMigrationAsync(connection, cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(CreateTableSql, cancellationToken: cancellationToken));
        foreach (var script in scripts)
        {
            await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
            var applied = await connection.ExecuteScalarAsync<long>(new CommandDefinition(IsAppliedSql, new { script.Version },
                transaction, cancellationToken: cancellationToken));
            if (applied > 0)
            {
                await transaction.RollbackAsync(cancellationToken);
                continue;
            }

            await connection.ExecuteAsync(new CommandDefinition(script.Sql, transaction: transaction, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition(RecordSql,
                new { script.Version, script.Name, NowMs = time.GetUtcNow().ToUnixTimeMilliseconds() },
                transaction, cancellationToken: cancellationToken));
            await transaction.CommitAsync(cancellationToken);
            StorageLog.MigrationApplied(logger, database.ProviderName, script.Version, script.Name);
        }

        StorageLog.SchemaUpToDate(logger, database.ProviderName, scripts.Count == 0 ? 0 : scripts[^1].Version);
    }

    /// <summary>The dialect's scripts, by version.</summary>
    /// <exception cref="InvalidOperationException">Two scripts share a version, or a name has no numeric prefix.</exception>
    internal static IReadOnlyList<MigrationScript> LoadScripts(string folder)
    {
        var assembly = typeof(StoreMigrator).Assembly;
        var prefix = ResourcePrefix + folder + ".";
        var scripts = new List<MigrationScript>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(prefix, StringComparison.Ordinal) || !resource.EndsWith(".sql", StringComparison.Ordinal))
            {
                continue;
            }

            // MSBuild may prefix a name starting with a digit with '_'.
            var name = resource[prefix.Length..^".sql".Length].TrimStart('_');
            var digits = name.TakeWhile(char.IsAsciiDigit).Count();
            if (digits == 0)
            {
                throw new InvalidOperationException($"Migration script '{resource}' must start with its version number (0001_name.sql).");
            }

            scripts.Add(new MigrationScript(long.Parse(name.AsSpan(0, digits), NumberStyles.None, CultureInfo.InvariantCulture),
                name, ReadResource(assembly, resource)));
        }

        scripts.Sort((a, b) => a.Version.CompareTo(b.Version));
        for (var i = 1; i < scripts.Count; i++)
        {
            if (scripts[i].Version == scripts[i - 1].Version)
            {
                throw new InvalidOperationException($"Two {folder} migration scripts have version {scripts[i].Version}.");
            }
        }

        return scripts;
    }

    private static string ReadResource(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded migration '{resource}' is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    internal sealed record MigrationScript(long Version, string Name, string Sql);
}
