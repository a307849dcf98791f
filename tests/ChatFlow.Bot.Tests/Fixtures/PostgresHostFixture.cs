namespace ChatFlow.Bot.Tests.Fixtures;

/// <summary>One host on a fresh PostgreSQL database, shared by a test class.</summary>
public sealed class PostgresHostFixture : IAsyncLifetime
{
    public ChatFlowHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = new ChatFlowHost(await PostgresDatabase.CreateAsync());

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
