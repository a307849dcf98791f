namespace ChatFlow.Integrations.Storage;

/// <summary>Values of <see cref="IStoreInfo.ProviderName"/>.</summary>
public static class StoreProviderNames
{
    /// <summary>The embedded SQLite file (one process).</summary>
    public const string Sqlite = "sqlite";

    /// <summary>PostgreSQL (several replicas).</summary>
    public const string PostgreSql = "postgresql";
}
