using System.Data.Common;
using System.Globalization;
using Dapper;
using Npgsql;

namespace ChatFlow.Integrations.Storage;

/// <summary>PostgreSQL through one pooled <see cref="NpgsqlDataSource"/>; owns the row-locking and advisory-lock SQL.</summary>
internal sealed class PostgresStoreDatabase : StoreDatabase, IAsyncDisposable, IDisposable
{
    // Concurrent claimers skip each other's locked candidates instead of waiting on them.
    private const string ClaimSql = InboxStore.ClaimUpdateSql + "(" + InboxStore.ClaimCandidateSql + " FOR UPDATE SKIP LOCKED)"
        + InboxStore.ClaimReturningSql;

    // Two-key advisory lock: a fixed ChatFlow key ('CFLW') and the schema the tables live in, so two schemas of one
    // database migrate independently.
    private const string LockSql = "SELECT pg_advisory_lock(1128680535, hashtext(current_schema()))";
    private const string UnlockSql = "SELECT pg_advisory_unlock(1128680535, hashtext(current_schema()))";

    private readonly NpgsqlDataSource dataSource;

    public PostgresStoreDatabase(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var searchPath = string.IsNullOrEmpty(builder.SearchPath) ? "" : ", search path '" + builder.SearchPath + "'";
        Description = string.Create(CultureInfo.InvariantCulture,
            $"PostgreSQL database '{builder.Database}' on {builder.Host}:{builder.Port} as '{builder.Username}'{searchPath}");
        dataSource = NpgsqlDataSource.Create(builder);
    }

    public override string ProviderName => StoreProviderNames.PostgreSql;

    public override string Description { get; }

    public override string MigrationsFolder => "Postgres";

    public override string ClaimInboxSql => ClaimSql;

    public override string LockRowsSuffix => " FOR UPDATE";

    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await dataSource.OpenConnectionAsync(cancellationToken);

    public override DbConnection Open() => dataSource.OpenConnection();

    public override async Task<IAsyncDisposable> LockForMigrationAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(new CommandDefinition(LockSql, cancellationToken: cancellationToken));
        return new AdvisoryLock(connection);
    }

    public ValueTask DisposeAsync() => dataSource.DisposeAsync();

    public void Dispose() => dataSource.Dispose();

    private sealed class AdvisoryLock(DbConnection connection) : IAsyncDisposable
    {
        // Released even when the migration was cancelled; the connection closing would release it too.
        public async ValueTask DisposeAsync() =>
            await connection.ExecuteAsync(new CommandDefinition(UnlockSql, cancellationToken: CancellationToken.None));
    }
}
