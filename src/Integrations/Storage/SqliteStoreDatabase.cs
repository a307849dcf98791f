using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ChatFlow.Integrations.Storage;

/// <summary>The embedded SQLite file <c>{DataDirectory}/chatflow.db</c>: WAL journal, <c>busy_timeout</c>, foreign keys.
/// Writers serialise on SQLite's single write lock (<c>BEGIN IMMEDIATE</c>).</summary>
internal sealed class SqliteStoreDatabase : StoreDatabase
{
    /// <summary>File name inside the data directory.</summary>
    public const string FileName = "chatflow.db";

    /// <summary>How long a connection waits for another writer before failing with <c>SQLITE_BUSY</c>.</summary>
    private const int BusyTimeoutMs = 10_000;

    // Per-connection settings; journal_mode=WAL is persistent in the file but cheap to restate.
    private const string ConnectionPragmasSql = "PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 10000; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;";

    // SQLite has no row locks: the UPDATE holds the database's write lock while its sub-select picks the row.
    private const string ClaimSql = InboxStore.ClaimUpdateSql + "(" + InboxStore.ClaimCandidateSql + ")" + InboxStore.ClaimReturningSql;

    private readonly string connectionString;

    public SqliteStoreDatabase(string dataDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        FilePath = Path.GetFullPath(Path.Combine(dataDirectory, FileName));
        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            ForeignKeys = true,
            Pooling = true,
            DefaultTimeout = BusyTimeoutMs / 1000 * 3,
        }.ToString();
    }

    /// <summary>Absolute path of the database file.</summary>
    public string FilePath { get; }

    public override string ProviderName => StoreProviderNames.Sqlite;

    public override string Description => "SQLite file " + FilePath;

    public override string MigrationsFolder => "Sqlite";

    public override string ClaimNextInboxSql => ClaimSql;

    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        EnsureDirectory();
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await connection.ExecuteAsync(new CommandDefinition(ConnectionPragmasSql, cancellationToken: cancellationToken));
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public override DbConnection Open()
    {
        EnsureDirectory();
        var connection = new SqliteConnection(connectionString);
        try
        {
            connection.Open();
            connection.Execute(new CommandDefinition(ConnectionPragmasSql));
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public override Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        // deferred: false → BEGIN IMMEDIATE.
        return Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));
    }

    // Each script runs in a BEGIN IMMEDIATE transaction that re-checks schema_migrations, which already serialises.
    public override Task<IAsyncDisposable> LockForMigrationAsync(DbConnection connection, CancellationToken cancellationToken) =>
        Task.FromResult<IAsyncDisposable>(NoLock.Instance);

    private void EnsureDirectory() => Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);

    private sealed class NoLock : IAsyncDisposable
    {
        public static readonly NoLock Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
