using ChatFlow.Integrations.Storage;
using Microsoft.Data.Sqlite;

namespace ChatFlow.Integrations.Tests.Storage;

/// <summary>Temporary SQLite files, one directory per test, deleted with the fixture.</summary>
public sealed class SqliteFixture : IStoreTestDatabase, IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "chatflow-storage-tests-" + Guid.NewGuid().ToString("N"));

    public string ProviderName => StoreProviderNames.Sqlite;

    public Task<StorageOptions> CreateDatabaseAsync() =>
        Task.FromResult(new StorageOptions { DataDirectory = Path.Combine(root, Guid.NewGuid().ToString("N")) });

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }
        catch (IOException)
        {
            // A file still open by a pooled connection of another fixture; the temp directory is cleaned by the OS.
        }
    }
}
