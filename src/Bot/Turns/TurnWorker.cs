using ChatFlow.Integrations.Storage;
using Microsoft.Extensions.Options;

namespace ChatFlow.Bot.Turns;

/// <summary>Claims inbox rows and runs them through the <see cref="TurnProcessor"/>: several loops per process,
/// in order per conversation (the store guarantees it), each claim under a lease so a crashed worker's row is
/// taken over by another after <see cref="TurnWorkerOptions.Lease"/>.</summary>
internal sealed class TurnWorker(
    IInboxStore inbox,
    IServiceScopeFactory scopes,
    InboxSignal signal,
    IOptions<TurnWorkerOptions> options,
    ILogger<TurnWorker> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, options.Value.Concurrency).Select(_ => LoopAsync(stoppingToken)));

    private async Task LoopAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var claimed = await inbox.ClaimNextAsync(settings.Lease, stoppingToken);
                if (claimed is null)
                {
                    await signal.WaitAsync(settings.IdlePollInterval, stoppingToken);
                    continue;
                }

                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<TurnProcessor>().ProcessAsync(claimed, stoppingToken);
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    TurnLog.TurnFailed(logger, ex, claimed.Item.EventId, claimed.Attempts);
                    var backoff = TimeSpan.FromMilliseconds(Math.Min(30_000, 500 * Math.Pow(2, claimed.Attempts - 1)));
                    await inbox.ReleaseAsync(claimed.Id, claimed.ClaimToken, ex.GetType().Name, backoff, settings.MaxAttempts, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }
}
