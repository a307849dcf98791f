using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace ChatFlow.Integrations.Storage;

/// <summary>Registers ChatFlow's own persistence.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>Registers every store (<see cref="IInboxStore"/>, <see cref="IConversationStateStore"/>,
    /// <see cref="IOutboxStore"/>, <see cref="IDirectLineStore"/>, <see cref="IUserTokenStore"/>,
    /// <see cref="IPendingSignInStore"/>, <see cref="IAuditStore"/>, <see cref="ISkillRegistryStore"/>), <see cref="IStoreMigrator"/> and
    /// <see cref="IStoreInfo"/> as singletons, plus the Data Protection key repository used by
    /// <see cref="ChatFlowDataProtectionBuilderExtensions.PersistKeysToChatFlowStore"/>.</summary>
    /// <remarks>PostgreSQL when <see cref="StorageOptions.PostgresConnectionString"/> is set, else the SQLite file
    /// <c>{DataDirectory}/chatflow.db</c>. Every "now" comes from the registered <see cref="TimeProvider"/>
    /// (<see cref="TimeProvider.System"/> unless one is registered). The host runs
    /// <see cref="IStoreMigrator.MigrateAsync"/> once before using any store.</remarks>
    /// <param name="services">The service collection.</param>
    /// <param name="options">Where to store; read once, here.</param>
    /// <returns><paramref name="services"/>.</returns>
    /// <exception cref="ArgumentException">The PostgreSQL connection string cannot be parsed, or the data directory is
    /// blank.</exception>
    public static IServiceCollection AddChatFlowStorage(this IServiceCollection services, StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(options);

        // Parsed now, so a bad setting fails start-up rather than the first request.
        StoreDatabase database = string.IsNullOrWhiteSpace(options.PostgresConnectionString)
            ? new SqliteStoreDatabase(options.DataDirectory)
            : new PostgresStoreDatabase(options.PostgresConnectionString);

        services.AddLogging();
        services.TryAddSingleton(TimeProvider.System);
        // Registered through a factory so the container owns (and disposes) the PostgreSQL data source.
        services.AddSingleton(_ => database);
        services.AddSingleton<IStoreInfo>(sp => sp.GetRequiredService<StoreDatabase>());
        services.AddSingleton<IStoreMigrator>(sp => new StoreMigrator(
            sp.GetRequiredService<StoreDatabase>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<StoreMigrator>>()));
        services.AddSingleton<IInboxStore>(sp => new InboxStore(sp.GetRequiredService<StoreDatabase>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IConversationStateStore>(sp => new ConversationStateStore(sp.GetRequiredService<StoreDatabase>()));
        services.AddSingleton<IOutboxStore>(sp => new OutboxStore(sp.GetRequiredService<StoreDatabase>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IDirectLineStore>(sp => new DirectLineStore(sp.GetRequiredService<StoreDatabase>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IUserTokenStore>(sp => new UserTokenStore(sp.GetRequiredService<StoreDatabase>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IPendingSignInStore>(sp => new PendingSignInStore(sp.GetRequiredService<StoreDatabase>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IAuditStore>(sp => new AuditStore(sp.GetRequiredService<StoreDatabase>()));
        services.AddSingleton<ISkillRegistryStore>(sp => new SkillRegistryStore(sp.GetRequiredService<StoreDatabase>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new DataProtectionKeyRepository(sp.GetRequiredService<StoreDatabase>(), sp.GetRequiredService<TimeProvider>()));
        return services;
    }
}
