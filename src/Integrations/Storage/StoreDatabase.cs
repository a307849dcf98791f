using System.Data.Common;

namespace ChatFlow.Integrations.Storage;

/// <summary>One database provider: opens connections and holds the SQL only that dialect understands. The repositories
/// hold the portable SQL.</summary>
internal abstract class StoreDatabase : IStoreInfo
{
    /// <inheritdoc />
    public abstract string ProviderName { get; }

    /// <inheritdoc />
    public abstract string Description { get; }

    /// <summary>Folder of this dialect's scripts under <c>Storage/Migrations</c>.</summary>
    public abstract string MigrationsFolder { get; }

    /// <summary>Claims up to <c>@Max</c> inbox rows, at most one per conversation (see
    /// <see cref="InboxStore.ClaimCandidateSql"/>); parameters <c>@ClaimToken</c>, <c>@LeaseUntilMs</c>, <c>@NowMs</c>,
    /// <c>@Max</c>; returns the claimed rows (in no particular order).</summary>
    public abstract string ClaimInboxSql { get; }

    /// <summary>Appended to a <c>SELECT</c> that checks rows before writing them in the same transaction: on PostgreSQL
    /// <c>FOR UPDATE</c> (locks them until the commit); on SQLite nothing (<c>BEGIN IMMEDIATE</c> already holds the
    /// database's only write lock).</summary>
    public virtual string LockRowsSuffix => "";

    /// <summary>SQL testing <paramref name="column"/> against one parameter bound with <see cref="ArrayValue(long[])"/>
    /// or <see cref="ArrayValue(string[])"/>, so the statement's text (and its prepared form) does not depend on the
    /// list's length: on SQLite <c>column IN (SELECT value FROM json_each(@p))</c>, on PostgreSQL <c>column = ANY(@p)</c>.</summary>
    /// <param name="column">Column expression.</param>
    /// <param name="parameter">Parameter with its <c>@</c>.</param>
    public virtual string InArray(string column, string parameter) => column + " = ANY(" + parameter + ")";

    /// <summary>The value to bind for an <see cref="InArray"/> parameter: on PostgreSQL the array itself, on SQLite its
    /// JSON text.</summary>
    /// <param name="values">The list.</param>
    public virtual object ArrayValue(long[] values) => values;

    /// <inheritdoc cref="ArrayValue(long[])"/>
    public virtual object ArrayValue(string[] values) => values;

    /// <summary>A session for reads (or single-statement writes that need no write gate).</summary>
    /// <param name="cancellationToken">Stops opening.</param>
    /// <returns>The session; dispose it when done.</returns>
    public virtual async ValueTask<StoreSession> OpenSessionAsync(CancellationToken cancellationToken) =>
        new StoreSession.Pooled(await OpenAsync(cancellationToken));

    /// <summary>Runs <paramref name="work"/> in a write transaction and commits it.</summary>
    /// <remarks>On SQLite concurrent calls of this process are group-committed: one transaction (and one fsync) for
    /// every call queued meanwhile, each call's work inside its own savepoint, so a call that throws undoes only its
    /// own writes and the others still commit (<see cref="SqliteStoreDatabase"/>). On PostgreSQL one transaction per
    /// call. Either way the returned task completes only after the commit that holds the work's writes (durable), and
    /// fails if that commit fails. <paramref name="work"/> must not call <see cref="WriteAsync{T}"/> itself, and its
    /// results must mean nothing until the task completes.</remarks>
    /// <typeparam name="T">The work's result.</typeparam>
    /// <param name="work">Statements to run on the session, in the transaction; on SQLite it gets
    /// <see cref="CancellationToken.None"/> (the transaction is shared).</param>
    /// <param name="cancellationToken">Stops waiting before the work started.</param>
    /// <returns>The work's result, after the commit.</returns>
    public virtual async Task<T> WriteAsync<T>(Func<StoreSession, DbTransaction, CancellationToken, Task<T>> work,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var session = await OpenWriteSessionAsync(cancellationToken);
        await using var transaction = await BeginWriteAsync(session.Connection, cancellationToken);
        var result = await work(session, transaction, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    /// <summary>A session for a write transaction of a frequent writer (inbox, outbox): on SQLite it first waits for
    /// this process's write turn (<see cref="EnterWriteAsync"/>) and lends the one writer connection, whose prepared
    /// statements serve every write; on PostgreSQL a pooled connection. Disposing it ends the write turn.</summary>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>The session; dispose it after the transaction committed or rolled back.</returns>
    public virtual async ValueTask<StoreSession> OpenWriteSessionAsync(CancellationToken cancellationToken) =>
        new StoreSession.Pooled(await OpenAsync(cancellationToken));

    /// <summary>Opens a connection ready for use.</summary>
    public abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>Opens a connection synchronously (only for synchronous callers such as Data Protection's
    /// <c>IXmlRepository</c>).</summary>
    public abstract DbConnection Open();

    /// <summary>Starts a transaction that will write: on SQLite <c>BEGIN IMMEDIATE</c> (takes the write lock first, so a
    /// read-then-write never fails on upgrade); on PostgreSQL read committed.</summary>
    public virtual async Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        await connection.BeginTransactionAsync(cancellationToken);

    /// <summary>Waits for this process's turn to write, for stores whose writes are frequent (inbox, outbox): on SQLite
    /// a FIFO gate in front of the database's single write lock, so writers of this process queue without polling
    /// (SQLite's busy handler sleeps up to 100 ms between attempts, and retries cost CPU); on PostgreSQL nothing
    /// (row locks). Hold the returned handle until the transaction has committed or rolled back; never enter twice.</summary>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>A handle that lets the next writer in when disposed.</returns>
    public virtual ValueTask<IDisposable> EnterWriteAsync(CancellationToken cancellationToken) => ValueTask.FromResult(NoGate.Instance);

    /// <summary>Serialises migrations across processes for as long as the returned handle lives.</summary>
    public abstract Task<IAsyncDisposable> LockForMigrationAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>The handle of a database that needs no write gate.</summary>
    protected sealed class NoGate : IDisposable
    {
        /// <summary>The one instance.</summary>
        public static readonly IDisposable Instance = new NoGate();

        /// <inheritdoc />
        public void Dispose()
        {
        }
    }
}
