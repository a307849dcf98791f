using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatFlow.Integrations.Tokens;

/// <summary>Registers ChatFlow's OAuth sign-in and per-user token services.</summary>
public static class TokensServiceCollectionExtensions
{
    /// <summary>Adds <see cref="IOAuthSignInService"/> and <see cref="IUserTokenProvider"/> (scoped) with their
    /// HTTP client (standard resilience handler; token POSTs retried only when no connection could be opened).</summary>
    /// <remarks>The host also registers ASP.NET Core Data Protection (keys persisted), a <see cref="TimeProvider"/>,
    /// the stores (<c>IUserTokenStore</c>, <c>IPendingSignInStore</c>, <c>IAuditStore</c>), an
    /// <see cref="IServiceBaseAddress"/>, and its connections with <see cref="AddChatFlowConnections"/> or
    /// <see cref="AddChatFlowConnection"/>.</remarks>
    public static IServiceCollection AddChatFlowTokens(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<ConnectionNamesOptions>();
        services.TryAddSingleton<ConnectionRegistry>();
        services.TryAddSingleton<TokenProtector>();
        services.TryAddSingleton<TokenRefreshLocks>();
        services.TryAddSingleton<OAuthClient>();
        services.TryAddScoped<IOAuthSignInService, OAuthSignInService>();
        services.TryAddScoped<IUserTokenProvider, UserTokenProvider>();
        services.AddHttpClient(OAuthClient.HttpClientName)
            .AddStandardResilienceHandler(SafeMethodRetry.Configure);
        return services;
    }

    /// <summary>Binds and validates (at start-up) the named <see cref="ConnectionOptions"/> <paramref name="name"/>
    /// from <c>ChatFlow:Connections:{name}</c> and makes it known to the token services.</summary>
    public static IServiceCollection AddChatFlowConnection(this IServiceCollection services, string name)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        services.AddOptions<ConnectionOptions>(name)
            .BindConfiguration($"{ConnectionOptions.SectionName}:{name}")
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.Configure<ConnectionNamesOptions>(o => o.Names.Add(name));
        return services;
    }

    /// <summary>Calls <see cref="AddChatFlowConnection"/> for every child section of <c>ChatFlow:Connections</c>.</summary>
    public static IServiceCollection AddChatFlowConnections(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        foreach (var section in configuration.GetSection(ConnectionOptions.SectionName).GetChildren())
        {
            services.AddChatFlowConnection(section.Key);
        }

        return services;
    }
}
