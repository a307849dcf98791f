namespace ChatFlow.Bot.Hosting;

/// <summary>Log messages of skill loading (event ids 2100–2149).</summary>
internal static partial class SkillsLog
{
    [LoggerMessage(2100, LogLevel.Information, "Loaded {Count} skills from {Directory}")]
    public static partial void SkillsLoaded(ILogger logger, int count, string directory);

    [LoggerMessage(2101, LogLevel.Error, "Skipped an invalid manifest: {Source}:{Line}:{Column} {Field}: {Message}")]
    public static partial void ManifestRejected(ILogger logger, string source, int line, int column, string field, string message);
}
