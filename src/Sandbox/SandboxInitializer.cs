using ChatFlow.Sandbox.Auth;
using ChatFlow.Sandbox.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenIddict.Server;

namespace ChatFlow.Sandbox;

/// <summary>At start: creates the data directory, schema and keys, and seeds the bot client and demo vendors (idempotent).</summary>
internal sealed class SandboxInitializer(
    IServiceScopeFactory scopes, IOptions<SandboxOptions> options, IOptionsMonitor<OpenIddictServerOptions> server,
    ILogger<SandboxInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetFullPath(options.Value.DataDirectory));
        _ = server.CurrentValue; // loads or creates the key files now, not on the first request

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SandboxDbContext>();
        await db.Database.EnsureCreatedAsync(cancellationToken);
        await scope.ServiceProvider.GetRequiredService<SandboxClientSeeder>().SeedAsync(cancellationToken);
        await scope.ServiceProvider.GetRequiredService<VendorRepository>().SeedAsync(cancellationToken);
        SandboxLog.DatabaseReady(logger, SandboxDbContext.DatabasePath(options.Value));
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
