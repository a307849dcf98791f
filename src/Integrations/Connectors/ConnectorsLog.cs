using Microsoft.Extensions.Logging;

namespace ChatFlow.Integrations.Connectors;

/// <summary>Log messages of the Connectors area, event ids 3200–3299. Never tokens, argument values or bodies.</summary>
internal static partial class ConnectorsLog
{
    [LoggerMessage(3200, LogLevel.Debug, "Calling {Connector}.{Operation} ({Method})")]
    public static partial void Calling(ILogger logger, string connector, string operation, string method);

    [LoggerMessage(3201, LogLevel.Information, "{Connector}.{Operation} answered HTTP {HttpStatus}: {Status}")]
    public static partial void Called(ILogger logger, string connector, string operation, int httpStatus, ConnectorResultStatus status);

    [LoggerMessage(3202, LogLevel.Warning, "{Connector}.{Operation} failed without a response")]
    public static partial void CallFailed(ILogger logger, string connector, string operation, Exception exception);

    [LoggerMessage(3203, LogLevel.Debug, "{Connector}.{Operation} takes no body; ignored arguments {ArgumentNames}")]
    public static partial void ArgumentsIgnored(ILogger logger, string connector, string operation, string argumentNames);
}
