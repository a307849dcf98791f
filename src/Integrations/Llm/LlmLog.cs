using Microsoft.Extensions.Logging;

namespace ChatFlow.Integrations.Llm;

/// <summary>Log messages of the LLM recogniser, event ids 4100–4199. Never the API key; utterances and argument values
/// only at Trace (slot names otherwise).</summary>
internal static partial class LlmLog
{
    [LoggerMessage(4100, LogLevel.Information, "LLM recogniser on: {Provider}, model or deployment {Model}, host {EndpointHost}, timeout {TimeoutMs} ms")]
    public static partial void Configured(ILogger logger, LlmProvider provider, string model, string endpointHost, double timeoutMs);

    [LoggerMessage(4101, LogLevel.Trace, "Asking the model about {Utterance} (locale {Locale})")]
    public static partial void Asking(ILogger logger, string utterance, string? locale);

    [LoggerMessage(4102, LogLevel.Debug, "The model chose {SkillId} with slots {SlotNames}")]
    public static partial void Chose(ILogger logger, string skillId, string slotNames);

    [LoggerMessage(4103, LogLevel.Trace, "The model called {FunctionName} with arguments {Arguments}")]
    public static partial void CalledWith(ILogger logger, string functionName, string arguments);

    [LoggerMessage(4104, LogLevel.Debug, "The model called no skill: out of scope")]
    public static partial void NoSkill(ILogger logger);

    [LoggerMessage(4105, LogLevel.Warning, "The LLM recogniser took longer than {TimeoutMs} ms; using the embedded recogniser")]
    public static partial void TimedOut(ILogger logger, double timeoutMs);

    [LoggerMessage(4106, LogLevel.Warning, "The model's answer was unusable ({Reason}); using the embedded recogniser")]
    public static partial void Malformed(ILogger logger, string reason);

    [LoggerMessage(4107, LogLevel.Warning, "The LLM recogniser failed ({ErrorType}, HTTP {HttpStatus}); using the embedded recogniser")]
    public static partial void Failed(ILogger logger, string errorType, int httpStatus);

    // The exception's message may quote the server's response body: Trace only.
    [LoggerMessage(4108, LogLevel.Trace, "LLM recogniser failure details")]
    public static partial void FailureDetails(ILogger logger, Exception exception);

    [LoggerMessage(4109, LogLevel.Debug, "Offering {FunctionCount} skills to the model as functions")]
    public static partial void FunctionsBuilt(ILogger logger, int functionCount);
}
