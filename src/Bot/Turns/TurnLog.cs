namespace ChatFlow.Bot.Turns;

/// <summary>Log messages of the turn pipeline (event ids 2000–2099). Never slot values, tokens or bodies.</summary>
internal static partial class TurnLog
{
    [LoggerMessage(2000, LogLevel.Debug, "Turn {TurnId} on {Channel} processed in {ElapsedMs} ms")]
    public static partial void TurnProcessed(ILogger logger, string turnId, string channel, double elapsedMs);

    [LoggerMessage(2001, LogLevel.Warning, "Turn {TurnId} was not committed: its claim was lost or the conversation state changed")]
    public static partial void CommitLost(ILogger logger, string turnId);

    [LoggerMessage(2002, LogLevel.Error, "Turn {TurnId} failed on attempt {Attempt}; it will be retried or dead-lettered")]
    public static partial void TurnFailed(ILogger logger, Exception exception, string turnId, int attempt);

    [LoggerMessage(2003, LogLevel.Information, "Skill {SkillId} v{SkillVersion} run {RunId} finished: {Outcome}")]
    public static partial void SkillFinished(ILogger logger, string skillId, int skillVersion, string runId, string outcome);

    [LoggerMessage(2004, LogLevel.Information, "Skill {SkillId} run {RunId} waits for sign-in to connection {Connection}")]
    public static partial void SignInRequested(ILogger logger, string skillId, string runId, string connection);

    [LoggerMessage(2005, LogLevel.Warning, "A form submission in turn {TurnId} carried a missing, expired or foreign state token")]
    public static partial void FormTokenRejected(ILogger logger, string turnId);

    [LoggerMessage(2006, LogLevel.Warning, "Connector {Connector} operation {Operation} is unavailable (HTTP {HttpStatus}); turn {TurnId} will be retried")]
    public static partial void ConnectorUnavailable(ILogger logger, string connector, string operation, int httpStatus, string turnId);

    [LoggerMessage(2007, LogLevel.Error, "A turn batch could not be claimed or committed; its rows return when their leases expire")]
    public static partial void BatchFailed(ILogger logger, Exception exception);
}
