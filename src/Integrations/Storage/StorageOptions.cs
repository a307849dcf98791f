namespace ChatFlow.Integrations.Storage;

/// <summary>Where ChatFlow keeps its own data: an embedded SQLite file by default, PostgreSQL when a connection string
/// is given.</summary>
/// <remarks>A class, not a record: it holds a connection string that may carry a password, and a record's
/// <c>ToString</c> would print it.</remarks>
public sealed class StorageOptions
{
    /// <summary>Directory of the SQLite file <c>chatflow.db</c>; created when missing. Ignored when
    /// <see cref="PostgresConnectionString"/> is set.</summary>
    /// <value>Relative paths resolve against the current directory. Default <c>./data</c>.</value>
    public string DataDirectory { get; set; } = "./data";

    /// <summary>Npgsql connection string (<c>Host=…;Database=…;Username=…;Password=…</c>). When set, every store and the
    /// Data Protection keys live in PostgreSQL (the store for several replicas); when <c>null</c> or blank, SQLite.</summary>
    /// <value>Default <c>null</c>. Never logged; <see cref="IStoreInfo.Description"/> omits the password.</value>
    public string? PostgresConnectionString { get; set; }
}
