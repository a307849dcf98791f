using ChatFlow.Skills.Manifests;

namespace ChatFlow.Bot.Hosting;

/// <summary>Logs at start-up which skills loaded and which manifests were skipped, with file, line and column.</summary>
internal sealed class SkillLoadReporter(CatalogLoadResult loaded, ILogger<SkillLoadReporter> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        SkillsLog.SkillsLoaded(logger, loaded.Catalog.Skills.Count, "manifests/skills");
        foreach (var error in loaded.Errors)
        {
            SkillsLog.ManifestRejected(logger, error.Source, error.Line, error.Column, error.Field, error.Message);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
