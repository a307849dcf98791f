using ChatFlow.Integrations.Storage;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static ChatFlow.Integrations.Tests.Storage.StoreTestData;

namespace ChatFlow.Integrations.Tests.Storage;

/// <summary>What <see cref="IStoreMigrator"/> and the registration must do on every provider.</summary>
public abstract class StoreMigratorContract(IStoreTestDatabase database)
{
    [Fact]
    public async Task MigrateAsync_EmptyDatabase_AppliesEveryScriptAndStoresWork()
    {
        await using var h = await StoreHarness.CreateAsync(database, migrate: false);

        await h.Migrator.MigrateAsync(h.Ct);

        Assert.Equal(ExpectedVersions(h), await AppliedVersionsAsync(h));
        Assert.True(await h.Inbox.EnqueueAsync(Inbox(NewId("conv")), h.Ct));
    }

    [Fact]
    public async Task MigrateAsync_RunTwice_SecondRunIsNoOp()
    {
        await using var h = await StoreHarness.CreateAsync(database);
        await h.Inbox.EnqueueAsync(Inbox(NewId("conv")), h.Ct);

        await h.Migrator.MigrateAsync(h.Ct);

        Assert.Equal(ExpectedVersions(h), await AppliedVersionsAsync(h));
        Assert.Equal(1, await h.Inbox.CountPendingAsync(h.Ct));
    }

    [Fact]
    public async Task MigrateAsync_TwoHostsAtOnce_AppliesEachScriptOnce()
    {
        await using var h = await StoreHarness.CreateAsync(database, migrate: false);
        await using var other = h.OpenSecondHost();

        await Task.WhenAll(Task.Run(() => h.Migrator.MigrateAsync(h.Ct)), Task.Run(() => other.Migrator.MigrateAsync(h.Ct)));

        Assert.Equal(ExpectedVersions(h), await AppliedVersionsAsync(h));
    }

    [Fact]
    public async Task AddChatFlowStorage_Options_SelectsProviderAndDescribesItWithoutPassword()
    {
        var options = await database.CreateDatabaseAsync();
        var password = "pw-" + Guid.NewGuid().ToString("N");
        if (options.PostgresConnectionString is { } connectionString)
        {
            options.PostgresConnectionString = new NpgsqlConnectionStringBuilder(connectionString) { Password = password }.ConnectionString;
        }

        await using var services = new ServiceCollection().AddChatFlowStorage(options).BuildServiceProvider();
        var info = services.GetRequiredService<IStoreInfo>();

        Assert.Equal(database.ProviderName, info.ProviderName);
        Assert.False(string.IsNullOrWhiteSpace(info.Description));
        Assert.DoesNotContain(password, info.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("password", info.Description, StringComparison.OrdinalIgnoreCase);
    }

    private static List<long> ExpectedVersions(StoreHarness h) =>
        StoreMigrator.LoadScripts(h.Database.MigrationsFolder).Select(s => s.Version).ToList();

    private static async Task<List<long>> AppliedVersionsAsync(StoreHarness h)
    {
        await using var connection = await h.Database.OpenAsync(h.Ct);
        var versions = await connection.QueryAsync<long>(
            new CommandDefinition("SELECT version FROM schema_migrations ORDER BY version", cancellationToken: h.Ct));
        return versions.ToList();
    }
}
