using Microsoft.Extensions.Logging;

namespace ChatFlow.Integrations.Storage;

/// <summary>Storage log messages, event IDs 3800–3899.</summary>
internal static partial class StorageLog
{
    [LoggerMessage(3800, LogLevel.Information, "Applied {Provider} migration {Version} ({MigrationName})")]
    public static partial void MigrationApplied(ILogger logger, string provider, long version, string migrationName);

    [LoggerMessage(3801, LogLevel.Debug, "{Provider} schema is up to date at version {Version}")]
    public static partial void SchemaUpToDate(ILogger logger, string provider, long version);
}
