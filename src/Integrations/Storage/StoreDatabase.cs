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

    /// <summary>Claims the next inbox row (see <see cref="InboxStore.ClaimCandidateSql"/>); parameters
    /// <c>@ClaimToken</c>, <c>@LeaseUntilMs</c>, <c>@NowMs</c>; returns the claimed row or nothing.</summary>
    public abstract string ClaimNextInboxSql { get; }

    /// <summary>Opens a connection ready for use.</summary>
    public abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>Opens a connection synchronously (only for synchronous callers such as Data Protection's
    /// <c>IXmlRepository</c>).</summary>
    public abstract DbConnection Open();

    /// <summary>Starts a transaction that will write: on SQLite <c>BEGIN IMMEDIATE</c> (takes the write lock first, so a
    /// read-then-write never fails on upgrade); on PostgreSQL read committed.</summary>
    public virtual async Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        await connection.BeginTransactionAsync(cancellationToken);

    /// <summary>Serialises migrations across processes for as long as the returned handle lives.</summary>
    public abstract Task<IAsyncDisposable> LockForMigrationAsync(DbConnection connection, CancellationToken cancellationToken);
}
