using System.Data.Common;
using System.Runtime.CompilerServices;
using System.Buffers;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace ChatFlow.Integrations.Storage;

/// <summary>The embedded SQLite file <c>{DataDirectory}/chatflow.db</c>: WAL journal, <c>synchronous = FULL</c>,
/// <c>busy_timeout</c>, foreign keys. Writers serialise on SQLite's single write lock (<c>BEGIN IMMEDIATE</c>).</summary>
/// <remarks>Durability: in WAL mode with <c>synchronous = FULL</c> every commit fsyncs the WAL before it returns, so a
/// committed row (an inbox event that was then acknowledged) survives a process crash, a kernel crash and a power loss.
/// <c>NORMAL</c> would survive only a process crash. The fsync is paid once per transaction, which is why the inbox
/// and the turn worker write in batches (<see cref="InboxGroupCommit"/>, <see cref="InboxStore.CommitBatchAsync(IReadOnlyList{TurnCommit}, TimeSpan, CancellationToken)"/>).
/// https://www.sqlite.org/pragma.html#pragma_synchronous, https://www.sqlite.org/wal.html</remarks>
internal sealed partial class SqliteStoreDatabase : StoreDatabase, IDisposable
{
    /// <summary>File name inside the data directory.</summary>
    public const string FileName = "chatflow.db";

    /// <summary>How long a connection waits for another writer before failing with <c>SQLITE_BUSY</c>.</summary>
    private const int BusyTimeoutMs = 10_000;

    // Per physical connection (run once per SQLite handle, not per pooled open); journal_mode=WAL is persistent in the
    // file, the others are per handle. temp_store = MEMORY keeps the savepoint sub-journals of the write rounds
    // (SqliteStoreDatabase.Writes.cs) in memory: by default one larger than 64 KiB spills to a temporary file, which
    // each round then creates, writes and deletes.
    private const string ConnectionPragmasSql =
        "PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 10000; PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL; PRAGMA temp_store = MEMORY;";

    // SQLite has no row locks: the UPDATE holds the database's write lock while its sub-select picks the row.
    private const string ClaimSql = InboxStore.ClaimUpdateSql + "(" + InboxStore.ClaimCandidateSql + ")" + InboxStore.ClaimReturningSql;

    private readonly string connectionString;

    // The pool hands out the same native handle again; a handle seen here already carries the pragmas.
    private readonly ConditionalWeakTable<object, object> initialisedHandles = new();
    private int directoryEnsured;
    private readonly SemaphoreSlim writeGate = new(1, 1);
    private readonly WriteTurn writeTurn;

    public SqliteStoreDatabase(string dataDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        FilePath = Path.GetFullPath(Path.Combine(dataDirectory, FileName));
        writeTurn = new WriteTurn(writeGate);
        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            // Not ForeignKeys = true: Microsoft.Data.Sqlite would restate that pragma on every pooled open.
            Pooling = true,
            DefaultTimeout = BusyTimeoutMs / 1000 * 3,
        }.ToString();
    }

    /// <summary>Absolute path of the database file.</summary>
    public string FilePath { get; }

    public override string ProviderName => StoreProviderNames.Sqlite;

    public override string Description => "SQLite file " + FilePath;

    public override string MigrationsFolder => "Sqlite";

    public override string ClaimInboxSql => ClaimSql;

    public override string InArray(string column, string parameter) => column + " IN (SELECT value FROM json_each(" + parameter + "))";

    public override object ArrayValue(long[] values) => JsonArray(values, static (writer, value) => writer.WriteNumberValue(value));

    public override object ArrayValue(string[] values) => JsonArray(values, static (writer, value) => writer.WriteStringValue(value));

    // SQLite opens synchronously (Microsoft.Data.Sqlite's OpenAsync is Open); skipping the async wrapper saves a state machine.
    public override Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Open());
    }

    public override DbConnection Open()
    {
        EnsureDirectory();
        var connection = new SqliteConnection(connectionString);
        try
        {
            connection.Open();
            var handle = connection.Handle!;
            if (!initialisedHandles.TryGetValue(handle, out _))
            {
                using var command = connection.CreateCommand();
                command.CommandText = ConnectionPragmasSql;
                command.ExecuteNonQuery();
                initialisedHandles.AddOrUpdate(handle, handle);
            }

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

    public override async ValueTask<IDisposable> EnterWriteAsync(CancellationToken cancellationToken)
    {
        await writeGate.WaitAsync(cancellationToken);
        return writeTurn;
    }

    // Each script runs in a BEGIN IMMEDIATE transaction that re-checks schema_migrations, which already serialises.
    public override Task<IAsyncDisposable> LockForMigrationAsync(DbConnection connection, CancellationToken cancellationToken) =>
        Task.FromResult<IAsyncDisposable>(NoLock.Instance);

    private static string JsonArray<T>(T[] values, Action<Utf8JsonWriter, T> write)
    {
        var buffer = new ArrayBufferWriter<byte>(16 + (values.Length * 24));
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var value in values)
                write(writer, value);
            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private void EnsureDirectory()
    {
        if (Volatile.Read(ref directoryEnsured) == 0)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
            Volatile.Write(ref directoryEnsured, 1);
        }
    }

    private sealed class NoLock : IAsyncDisposable
    {
        public static readonly NoLock Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    // One instance: the gate admits one holder at a time, so its release needs no per-entry state.
    private sealed class WriteTurn(SemaphoreSlim gate) : IDisposable
    {
        public void Dispose() => gate.Release();
    }
}
