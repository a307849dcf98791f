using ChatFlow.Integrations.Storage;
using ChatFlow.Integrations.Tokens;
using ChatFlow.Sandbox;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace ChatFlow.Bot.Hosting;

/// <summary>Cross-cutting host set-up: options, problem details, time, Data Protection, health.</summary>
public static class DefaultsExtensions
{
    /// <summary>Binds and validates <see cref="ChatFlowOptions"/>, registers <see cref="TimeProvider.System"/>,
    /// ProblemDetails, health checks, and Data Protection (keys in <c>{DataDirectory}/keys</c>, or in the database
    /// when PostgreSQL is configured, so every replica shares them).</summary>
    /// <param name="builder">The host builder.</param>
    /// <returns>The same builder.</returns>
    public static WebApplicationBuilder AddChatFlowDefaults(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ChatFlowOptions>().BindConfiguration(ChatFlowOptions.SectionName)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<StorageSettings>().BindConfiguration(StorageSettings.SectionName);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddProblemDetails();
        builder.Services.AddHealthChecks();

        var options = builder.Configuration.GetSection(ChatFlowOptions.SectionName).Get<ChatFlowOptions>() ?? new ChatFlowOptions();
        var postgres = builder.Configuration[$"{StorageSettings.SectionName}:Postgres"];
        var dataProtection = builder.Services.AddDataProtection().SetApplicationName("ChatFlow");
        if (string.IsNullOrWhiteSpace(postgres))
        {
            var keys = Path.Combine(Path.GetFullPath(options.DataDirectory), "keys");
            Directory.CreateDirectory(keys);
            dataProtection.PersistKeysToFileSystem(new DirectoryInfo(keys));
        }
        else
        {
            dataProtection.PersistKeysToChatFlowStore();
        }

        builder.Services.AddSingleton<IServiceBaseAddress, ServerBaseAddress>();
        return builder;
    }

    /// <summary>Adds ChatFlow's storage: PostgreSQL when <c>ChatFlow:Storage:Postgres</c> is set, else SQLite in the
    /// data directory.</summary>
    /// <param name="builder">The host builder.</param>
    /// <returns>The same builder.</returns>
    public static WebApplicationBuilder AddChatFlowStorage(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(ChatFlowOptions.SectionName).Get<ChatFlowOptions>() ?? new ChatFlowOptions();
        var postgres = builder.Configuration[$"{StorageSettings.SectionName}:Postgres"];
        builder.Services.AddChatFlowStorage(new StorageOptions
        {
            DataDirectory = Path.GetFullPath(options.DataDirectory),
            PostgresConnectionString = string.IsNullOrWhiteSpace(postgres) ? null : postgres,
        });
        return builder;
    }

    /// <summary>Applies pending storage migrations before the host starts serving.</summary>
    /// <param name="app">The built application.</param>
    /// <returns>A task that completes when the schema is current.</returns>
    public static async Task PrepareStorageAsync(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<ChatFlowOptions>>().Value;
        Directory.CreateDirectory(Path.GetFullPath(options.DataDirectory));
        await app.Services.GetRequiredService<IStoreMigrator>().MigrateAsync(app.Lifetime.ApplicationStopping);
    }

    /// <summary>Exception handler (problem+json, no stack traces) and status-code pages.</summary>
    /// <param name="app">The built application.</param>
    /// <returns>The same application.</returns>
    public static WebApplication UseChatFlowDefaults(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseSandboxAuthentication();
        // The sandbox keeps ASP.NET from adding authentication globally; the admin API runs its own.
        app.UseWhen(context => context.Request.Path.StartsWithSegments("/admin"), admin => admin.UseAuthentication().UseAuthorization());
        return app;
    }
}
