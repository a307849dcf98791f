using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatFlow.Integrations.Storage;

/// <summary>Keeps ASP.NET Core Data Protection keys in ChatFlow's database.</summary>
public static class ChatFlowDataProtectionBuilderExtensions
{
    /// <summary>Stores the key ring in the <c>data_protection_keys</c> table of the store registered by
    /// <see cref="StorageServiceCollectionExtensions.AddChatFlowStorage"/>, so all replicas share one ring (required
    /// with PostgreSQL and several hosts; works with SQLite too).</summary>
    /// <remarks>Keys are stored as Data Protection writes them: protect them at rest with
    /// <c>ProtectKeysWith…</c> where the deployment offers a key-encryption key. The schema must be migrated
    /// (<see cref="IStoreMigrator"/>) before the first key is read.</remarks>
    /// <param name="builder">The Data Protection builder.</param>
    /// <returns><paramref name="builder"/>.</returns>
    public static IDataProtectionBuilder PersistKeysToChatFlowStore(this IDataProtectionBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp =>
            new ConfigureOptions<KeyManagementOptions>(options =>
                options.XmlRepository = sp.GetRequiredService<DataProtectionKeyRepository>()));
        return builder;
    }
}
