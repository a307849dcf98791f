using ChatFlow.Integrations.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ChatFlow.Integrations.Tests.Storage;

/// <summary>One host's view of a test database: the stores as <c>AddChatFlowStorage</c> registers them, on a
/// <see cref="FakeTimeProvider"/>.</summary>
internal sealed class StoreHarness : IAsyncDisposable
{
    private readonly ServiceProvider services;
    private readonly CancellationTokenSource timeout = new(TimeSpan.FromMinutes(2));

    private StoreHarness(StorageOptions options, FakeTimeProvider time)
    {
        Options = options;
        Time = time;
        services = new ServiceCollection()
            .AddSingleton<TimeProvider>(time)
            .AddChatFlowStorage(options)
            .BuildServiceProvider();
    }

    public static DateTimeOffset Start { get; } = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    public StorageOptions Options { get; }

    public FakeTimeProvider Time { get; }

    /// <summary>Fails a hung test instead of blocking the run.</summary>
    public CancellationToken Ct => timeout.Token;

    public IServiceProvider Services => services;

    public IInboxStore Inbox => Get<IInboxStore>();

    public IConversationStateStore States => Get<IConversationStateStore>();

    public IOutboxStore Outbox => Get<IOutboxStore>();

    public IDirectLineStore DirectLine => Get<IDirectLineStore>();

    public IUserTokenStore Tokens => Get<IUserTokenStore>();

    public IPendingSignInStore SignIns => Get<IPendingSignInStore>();

    public IAuditStore Audit => Get<IAuditStore>();

    public IStoreMigrator Migrator => Get<IStoreMigrator>();

    internal StoreDatabase Database => Get<StoreDatabase>();

    /// <summary>A fresh, migrated database.</summary>
    public static async Task<StoreHarness> CreateAsync(IStoreTestDatabase database, bool migrate = true)
    {
        var harness = new StoreHarness(await database.CreateDatabaseAsync(), new FakeTimeProvider(Start));
        if (migrate)
        {
            await harness.Migrator.MigrateAsync(harness.Ct);
        }

        return harness;
    }

    /// <summary>A second host on the same database, with its own clock.</summary>
    public StoreHarness OpenSecondHost() => new(Options, new FakeTimeProvider(Time.GetUtcNow()));

    public T Get<T>() where T : notnull => services.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        timeout.Dispose();
    }
}
