namespace ChatFlow.Integrations.Storage;

/// <summary>Brings the database schema up to date. The host runs it once at start-up, before any store (or the Data
/// Protection key repository) is used.</summary>
public interface IStoreMigrator
{
    /// <summary>Applies, in version order, every embedded migration script (<c>Storage/Migrations/{Sqlite|Postgres}/NNNN_name.sql</c>)
    /// not yet recorded in the <c>schema_migrations</c> table, each in its own transaction. Running it again is a
    /// no-op. On PostgreSQL, hosts starting at once serialise on an advisory lock (per database and schema), so each
    /// script runs once.</summary>
    /// <param name="cancellationToken">Cancels the migration; a script in progress is rolled back.</param>
    /// <exception cref="System.Data.Common.DbException">The database refused a script or is unreachable.</exception>
    Task MigrateAsync(CancellationToken cancellationToken);
}
