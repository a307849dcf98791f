namespace ChatFlow.Bot.Tests.Fixtures;

/// <summary>One embedded-default host (SQLite) shared by a test class; every test uses its own conversation.</summary>
public sealed class SqliteHostFixture : IAsyncLifetime
{
    public ChatFlowHost Host { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Host = new ChatFlowHost();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
