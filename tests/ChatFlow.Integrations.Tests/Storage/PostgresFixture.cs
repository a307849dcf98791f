using System.Collections.Concurrent;
using ChatFlow.Integrations.Storage;
using Npgsql;

namespace ChatFlow.Integrations.Tests.Storage;

/// <summary>The PostgreSQL server named by <c>CHATFLOW_TEST_POSTGRES</c>; every database it hands out is a fresh schema
/// (reached through <c>Search Path</c>), dropped with the fixture.</summary>
public sealed class PostgresFixture : IStoreTestDatabase, IAsyncLifetime
{
    public const string VariableName = "CHATFLOW_TEST_POSTGRES";

    private readonly string connectionString;
    private readonly ConcurrentBag<string> schemas = [];

    public PostgresFixture()
    {
        var value = Environment.GetEnvironmentVariable(VariableName);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new InvalidOperationException(
                $"The PostgreSQL storage contract tests need a server: set the environment variable {VariableName} to an Npgsql "
                + "connection string whose role may CREATE SCHEMA, e.g. "
                + "Host=127.0.0.1;Port=5432;Username=chatflow;Password=chatflow;Database=chatflow_test");
        }

        connectionString = value;
    }

    public string ProviderName => StoreProviderNames.PostgreSql;

    public async Task<StorageOptions> CreateDatabaseAsync()
    {
        var schema = "t_" + Guid.NewGuid().ToString("N");
        await ExecuteAsync($"CREATE SCHEMA {schema}");
        schemas.Add(schema);
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { SearchPath = schema };
        return new StorageOptions { PostgresConnectionString = builder.ConnectionString };
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var schema in schemas)
        {
            await ExecuteAsync($"DROP SCHEMA IF EXISTS {schema} CASCADE");
        }
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
