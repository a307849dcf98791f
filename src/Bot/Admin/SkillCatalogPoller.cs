using ChatFlow.Integrations.Storage;
using ChatFlow.Bot.Turns;
using ChatFlow.Skills.Manifests;
using Microsoft.Extensions.Options;

namespace ChatFlow.Bot.Admin;

/// <summary>Checks the store's catalog revision every <see cref="SkillRegistryOptions.PollInterval"/> and reloads the
/// catalog when another host changed it. On start (after the store is migrated, before the turn worker starts) it
/// registers the manifest files the store does not hold yet and loads the store's catalog.</summary>
internal sealed class SkillCatalogPoller(
    CatalogLoadResult files,
    ISkillRegistryStore store,
    SkillRegistry registry,
    SkillCatalogAccessor accessor,
    IOptions<SkillRegistryOptions> options,
    TimeProvider time,
    ILogger<SkillCatalogPoller> logger) : BackgroundService
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await registry.SyncFilesAsync(files, cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PollInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    if (await store.GetRevisionAsync(stoppingToken) != accessor.Snapshot.Revision)
                    {
                        await registry.RefreshAsync(stoppingToken);
                    }
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // A database blip: keep serving the current catalog and try again on the next tick.
                    AdminLog.PollFailed(logger, exception);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
