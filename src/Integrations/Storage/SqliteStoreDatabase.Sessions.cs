using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace ChatFlow.Integrations.Storage;

/// <summary>Sessions that keep their connection, and with it every statement they prepared: Microsoft.Data.Sqlite
/// keeps a command's prepared statements only while the command lives and its connection stays open (a pooled
/// connection's close drops them), so short-lived commands pay SQLite's parser and planner on every call.</summary>
/// <remarks>One writer session, lent under the write gate (only one holder at a time, so its commands are never used
/// concurrently), and a stack of idle reader sessions, one per concurrent reader. A session whose connection is no
/// longer open, or is still inside a transaction when given back (a rollback that failed), is closed instead of kept.</remarks>
internal sealed partial class SqliteStoreDatabase
{
    /// <summary>Idle reader sessions kept open at most; more concurrent readers get sessions closed after use.</summary>
    private const int MaxIdleReaders = 8;

    private readonly ConcurrentStack<Session> idleReaders = new();
    private Session? writer;
    private bool disposed;

    public override async ValueTask<StoreSession> OpenWriteSessionAsync(CancellationToken cancellationToken)
    {
        await writeGate.WaitAsync(cancellationToken);
        try
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            return writer ??= new Session(this, (SqliteConnection)Open(), isWriter: true);
        }
        catch
        {
            writeGate.Release();
            throw;
        }
    }

    public override ValueTask<StoreSession> OpenSessionAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ObjectDisposedException.ThrowIf(disposed, this);
        return ValueTask.FromResult<StoreSession>(idleReaders.TryPop(out var idle) ? idle
            : new Session(this, (SqliteConnection)Open(), isWriter: false));
    }

    /// <summary>Closes the kept connections (the writer's only if no write is in progress).</summary>
    public void Dispose()
    {
        disposed = true;
        while (idleReaders.TryPop(out var idle))
            idle.Close();
        if (writeGate.Wait(TimeSpan.Zero))
        {
            writer?.Close();
            writer = null;
            writeGate.Release();
        }
    }

    private void Return(Session session)
    {
        var healthy = !disposed && session.IsReusable;
        if (session.IsWriter)
        {
            if (!healthy)
            {
                session.Close();
                writer = null;
            }

            writeGate.Release();
        }
        else if (!healthy || idleReaders.Count >= MaxIdleReaders)
        {
            session.Close();
        }
        else
        {
            idleReaders.Push(session);
        }
    }

    private sealed class Session(SqliteStoreDatabase owner, SqliteConnection connection, bool isWriter) : StoreSession
    {
        private readonly Dictionary<string, SqliteCommand> commands = new(StringComparer.Ordinal);

        public bool IsWriter { get; } = isWriter;

        /// <summary>Open and outside any transaction (autocommit mode).</summary>
        public bool IsReusable => connection.State == System.Data.ConnectionState.Open
            && SQLitePCL.raw.sqlite3_get_autocommit(connection.Handle) != 0;

        public override DbConnection Connection => connection;

        public override DbCommand Command(string sql, DbTransaction? transaction)
        {
            if (!commands.TryGetValue(sql, out var command))
            {
                command = connection.CreateCommand();
                command.CommandText = sql;
                commands.Add(sql, command);
            }

            command.Transaction = (SqliteTransaction?)transaction;
            return command;
        }

        public override ValueTask DisposeAsync()
        {
            owner.Return(this);
            return ValueTask.CompletedTask;
        }

        public void Close()
        {
            foreach (var command in commands.Values)
                command.Dispose();
            commands.Clear();
            connection.Dispose();
        }
    }
}
