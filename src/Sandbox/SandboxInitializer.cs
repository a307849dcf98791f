using ChatFlow.Sandbox.Auth;
using ChatFlow.Sandbox.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenIddict.Server;

namespace ChatFlow.Sandbox;

/// <summary>At start, in the background: creates the data directory, schema and keys, and seeds the bot client and
/// demo vendors (idempotent), then opens <see cref="SandboxReadiness"/>. Key generation and the client secret's
/// hashing take seconds on a fresh data directory; the bot does not wait for them to answer chat.</summary>
internal sealed class SandboxInitializer(
    IServiceScopeFactory scopes, IOptions<SandboxOptions> options, IOptionsMonitor<OpenIddictServerOptions> server,
    SandboxReadiness readiness, ILogger<SandboxInitializer> logger) : IHostedService, IDisposable
{
    private readonly CancellationTokenSource stopping = new();
    private Task? initialization;
    private int stopped;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        initialization = Task.Run(() => InitializeAsync(stopping.Token), CancellationToken.None);
        return Task.CompletedTask;
    }

    /// <remarks>Safe to call more than once (a host may stop and then dispose).</remarks>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref stopped, 1) == 0)
        {
            await stopping.CancelAsync();
        }

        if (initialization is not null)
        {
            await initialization.WaitAsync(cancellationToken);
        }
    }

    public void Dispose() => stopping.Dispose();

    private async Task InitializeAsync(CancellationToken cancellationToken)
    {
        try
        {
            await InitializeCoreAsync(cancellationToken);
            readiness.SetReady();
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            readiness.SetFailed(new OperationCanceledException("The sandbox stopped before it was ready."));
        }
        catch (Exception exception)
        {
            SandboxLog.InitializationFailed(logger, exception);
            readiness.SetFailed(exception);
        }
    }

    private async Task InitializeCoreAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetFullPath(options.Value.DataDirectory));
        _ = server.CurrentValue; // loads or creates the key files now, not on the first request

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SandboxDbContext>();
        if (!await db.Database.EnsureCreatedAsync(cancellationToken))
        {
            // An existing sandbox.db from an older version: add the tables it lacks (EnsureCreated adds none).
            await db.CreateMissingTablesAsync(cancellationToken);
        }
        await scope.ServiceProvider.GetRequiredService<SandboxClientSeeder>().SeedAsync(cancellationToken);
        await scope.ServiceProvider.GetRequiredService<VendorRepository>().SeedAsync(cancellationToken);
        SandboxLog.DatabaseReady(logger, SandboxDbContext.DatabasePath(options.Value));
    }
}
