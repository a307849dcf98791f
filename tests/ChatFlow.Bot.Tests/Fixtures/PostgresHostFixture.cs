namespace ChatFlow.Bot.Tests.Fixtures;

/// <summary>One host on a fresh PostgreSQL database, shared by a test class.</summary>
public sealed class PostgresHostFixture : IAsyncLifetime
{
    public ChatFlowHost Host { get; private set; } = null!;

    private string? database;

    public async Task InitializeAsync() => Host = new ChatFlowHost(database = await PostgresDatabase.CreateAsync());

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await PostgresDatabase.DropAsync(database!);
    }
}
