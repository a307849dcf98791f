namespace ChatFlow.Integrations.Storage;

/// <summary>Which database the stores use, for the host's start-up log and health output.</summary>
public interface IStoreInfo
{
    /// <summary>One of <see cref="StoreProviderNames"/>: <c>sqlite</c> or <c>postgresql</c>.</summary>
    string ProviderName { get; }

    /// <summary>Human-readable location: the SQLite file path, or the PostgreSQL host, port, database, user and search
    /// path. Never contains a password, so it is safe to log.</summary>
    string Description { get; }
}
