using System.Data.Common;

namespace ChatFlow.Integrations.Storage;

/// <summary>A connection lent for one unit of work (one transaction, or a few reads), whose commands may outlive it:
/// on SQLite the session's connection stays open between uses and keeps every statement it prepared, so a hot
/// statement is parsed and planned once per connection instead of once per call; on PostgreSQL it is a pooled
/// connection and each command is new (Npgsql prepares and caches on its side).</summary>
/// <remarks>Not thread-safe: one caller at a time, and one open reader per command. Set every parameter of a
/// command before each execution (<see cref="StoreCommands.Set"/>): values from the previous use stay bound.</remarks>
internal abstract class StoreSession : IAsyncDisposable
{
    /// <summary>The open connection.</summary>
    public abstract DbConnection Connection { get; }

    /// <summary>The command for <paramref name="sql"/> in <paramref name="transaction"/>: on SQLite the one this
    /// session prepared for that text before (or a new one, prepared now), on PostgreSQL a new one.</summary>
    /// <param name="sql">The statement; use a constant or a string built once, since it is the cache key.</param>
    /// <param name="transaction">The session's transaction, or <c>null</c> for an implicit one.</param>
    /// <returns>A command; the session owns it (do not dispose it).</returns>
    public abstract DbCommand Command(string sql, DbTransaction? transaction);

    /// <summary>Gives the connection back (SQLite: to the session pool, or lets the next writer in).</summary>
    public abstract ValueTask DisposeAsync();

    /// <summary>A session over a connection of its own: closed (back to the provider's pool) when disposed, commands
    /// not kept.</summary>
    internal sealed class Pooled(DbConnection connection) : StoreSession
    {
        private readonly List<DbCommand> commands = [];

        public override DbConnection Connection => connection;

        public override DbCommand Command(string sql, DbTransaction? transaction)
        {
            var command = connection.CreateCommand();
            command.CommandText = sql;
            command.Transaction = transaction;
            commands.Add(command);
            return command;
        }

        public override async ValueTask DisposeAsync()
        {
            foreach (var command in commands)
                await command.DisposeAsync();
            await connection.DisposeAsync();
        }
    }
}
