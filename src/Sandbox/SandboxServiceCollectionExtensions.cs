using ChatFlow.Sandbox.Auth;
using ChatFlow.Sandbox.Storage;
using ChatFlow.Sandbox.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ChatFlow.Sandbox;

/// <summary>Registers the Acme sandbox: ERP/HR API, OAuth 2.0 / OpenID Connect server (OpenIddict) and its SQLite store.</summary>
public static class SandboxServiceCollectionExtensions
{
    /// <summary>
    /// Adds the sandbox services: <see cref="SandboxOptions"/> (section <c>ChatFlow:Sandbox</c>, validated at start), the
    /// SQLite database <c>{DataDirectory}/sandbox.db</c> (schema created and demo data seeded at start), the OpenIddict
    /// server and validation, the cookie scheme <c>Sandbox.Cookies</c> and the authorization policy <c>Sandbox.Api</c>.
    /// No scheme is made the default, so endpoints outside <c>/sandbox</c> are unaffected.
    /// The host must call <c>UseAuthentication()</c> and <c>UseAuthorization()</c>, then
    /// <see cref="SandboxEndpointRouteBuilderExtensions.MapSandbox"/>.
    /// </summary>
    /// <param name="services">The application's services.</param>
    /// <param name="configuration">
    /// Configuration holding <c>ChatFlow:Sandbox</c>; <c>ChatFlow:DataDirectory</c> is the default data directory.
    /// </param>
    /// <returns><paramref name="services"/>.</returns>
    /// <exception cref="OptionsValidationException">At start-up, when the <c>ChatFlow:Sandbox</c> section is invalid.</exception>
    public static IServiceCollection AddSandbox(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        var defaultDataDirectory = configuration.GetValue<string>("ChatFlow:DataDirectory");
        services.AddOptions<SandboxOptions>()
            .Bind(configuration.GetSection(SandboxOptions.SectionName))
            .PostConfigure(options =>
            {
                if (string.IsNullOrWhiteSpace(options.DataDirectory))
                {
                    options.DataDirectory = string.IsNullOrWhiteSpace(defaultDataDirectory) ? "./data" : defaultDataDirectory;
                }
            })
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.AddDbContext<SandboxDbContext>((provider, db) =>
        {
            db.UseSqlite(SandboxDbContext.ConnectionString(provider.GetRequiredService<IOptions<SandboxOptions>>().Value));
            db.UseOpenIddict();
        });
        services.AddScoped<VendorRepository>();
        services.AddScoped<ExpenseRepository>();
        services.AddScoped<TimeOffRepository>();
        services.AddSingleton<DemoUserDirectory>();
        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.TypeInfoResolverChain.Add(SandboxJsonContext.Default));
        services.AddSandboxAuth();
        services.AddSingleton<SandboxReadiness>();
        services.AddHostedService<SandboxInitializer>();
        return services;
    }
}
