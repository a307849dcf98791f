using Npgsql;

namespace ChatFlow.Bot.Tests.Fixtures;

/// <summary>A fresh PostgreSQL database for one host fixture, on the server named by <c>CHATFLOW_TEST_POSTGRES</c>
/// (set by scripts/test, which installs and starts PostgreSQL).</summary>
public static class PostgresDatabase
{
    public const string Variable = "CHATFLOW_TEST_POSTGRES";

    /// <summary>Creates an empty database and returns its connection string.</summary>
    /// <exception cref="InvalidOperationException">The variable is unset: run the tests through scripts/test.</exception>
    public static async Task<string> CreateAsync()
    {
        var server = Environment.GetEnvironmentVariable(Variable)
            ?? throw new InvalidOperationException($"Set {Variable} to an Npgsql connection string (scripts/test does) to run the PostgreSQL tests.");
        var name = "chatflow_e2e_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    /// <summary>Drops a database made by <see cref="CreateAsync"/>, closing its connections.</summary>
    public static async Task DropAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable(Variable));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
