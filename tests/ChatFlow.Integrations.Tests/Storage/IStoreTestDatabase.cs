using ChatFlow.Integrations.Storage;

namespace ChatFlow.Integrations.Tests.Storage;

/// <summary>A real database the contract tests run against; each call gives a fresh, empty one.</summary>
public interface IStoreTestDatabase
{
    /// <summary>Expected <see cref="IStoreInfo.ProviderName"/>.</summary>
    string ProviderName { get; }

    /// <summary>Creates an empty database (SQLite file in a new directory, or a new PostgreSQL schema).</summary>
    Task<StorageOptions> CreateDatabaseAsync();
}
