using ChatFlow.Integrations.Storage;
using ChatFlow.Integrations.Tokens;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ChatFlow.Integrations.Tests.Tokens;

/// <summary>The token services composed as the host composes them, over in-memory stores and a fake clock.</summary>
internal sealed class TokensTestHost : IAsyncDisposable
{
    public const string ClientSecret = "chatflow-sandbox-secret";

    private TokensTestHost(ServiceProvider services, FakeTimeProvider time, InMemoryTokenStores stores)
    {
        Services = services;
        Time = time;
        Stores = stores;
        Scope = services.CreateAsyncScope();
    }

    public ServiceProvider Services { get; }
    public AsyncServiceScope Scope { get; }
    public FakeTimeProvider Time { get; }
    public InMemoryTokenStores Stores { get; }

    public IOAuthSignInService SignIn => Scope.ServiceProvider.GetRequiredService<IOAuthSignInService>();
    public IUserTokenProvider TokenProvider => Scope.ServiceProvider.GetRequiredService<IUserTokenProvider>();

    /// <summary>ChatFlow's base address is the fake server's, and the connection's authority is relative
    /// (<c>/sandbox/</c>), as with the in-process sandbox.</summary>
    public static TokensTestHost Create(Uri serviceBase, Action<Dictionary<string, string?>>? configure = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["ChatFlow:Connections:acme:Authority"] = "/sandbox/",
            ["ChatFlow:Connections:acme:ClientId"] = "chatflow",
            ["ChatFlow:Connections:acme:ClientSecret"] = ClientSecret,
            ["ChatFlow:Connections:acme:Scopes"] = "openid profile email roles offline_access acme.api",
        };
        configure?.Invoke(settings);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 1, 1, 9, 0, 0, TimeSpan.Zero));
        var stores = new InMemoryTokenStores();

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddDataProtection().UseEphemeralDataProtectionProvider();
        services.AddSingleton<TimeProvider>(time);
        services.AddSingleton<IUserTokenStore>(stores);
        services.AddSingleton<IPendingSignInStore>(stores);
        services.AddSingleton<IAuditStore>(stores);
        services.AddSingleton<IServiceBaseAddress>(new FixedServiceBaseAddress(serviceBase));
        services.AddChatFlowTokens();
        services.AddChatFlowConnections(configuration);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        return new TokensTestHost(provider, time, stores);
    }

    public async ValueTask DisposeAsync()
    {
        await Scope.DisposeAsync();
        await Services.DisposeAsync();
    }
}

internal sealed class FixedServiceBaseAddress(Uri baseAddress) : IServiceBaseAddress
{
    public Uri BaseAddress { get; } = baseAddress;
}
