using System.ClientModel;
using ChatFlow.Skills.Recognition;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;

namespace ChatFlow.Integrations.Llm;

/// <summary>Asks the LLM recogniser first, within a time budget; on timeout, on any failure of the call, or on an
/// unusable answer, answers with the embedded recogniser instead (logged as a warning).</summary>
/// <remarks>Cancellation by the caller is not a failure: it propagates.</remarks>
internal sealed class FallbackIntentRecognizer : IAsyncIntentRecognizer
{
    private readonly IAsyncIntentRecognizer _llm;
    private readonly IIntentRecognizer _embedded;
    private readonly TimeSpan _timeout;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    /// <summary>Creates the chain.</summary>
    /// <param name="llm">The LLM recogniser.</param>
    /// <param name="embedded">The embedded recogniser.</param>
    /// <param name="timeout">Budget of one LLM recognition.</param>
    /// <param name="time">Clock of the budget.</param>
    /// <param name="logger">Logger.</param>
    public FallbackIntentRecognizer(IAsyncIntentRecognizer llm, IIntentRecognizer embedded, TimeSpan timeout, TimeProvider time, ILogger<FallbackIntentRecognizer> logger)
    {
        _llm = llm;
        _embedded = embedded;
        _timeout = timeout;
        _time = time;
        _logger = logger;
    }

    /// <inheritdoc/>
    public async Task<IntentRecognition> RecognizeAsync(string utterance, string? locale, CancellationToken cancellationToken)
    {
        using var budget = new CancellationTokenSource(_timeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, budget.Token);
        try
        {
            return await _llm.RecognizeAsync(utterance, locale, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && budget.IsCancellationRequested)
        {
            LlmLog.TimedOut(_logger, _timeout.TotalMilliseconds);
        }
        catch (LlmResponseException exception)
        {
            LlmLog.Malformed(_logger, exception.Message);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Any other failure of the remote call (HTTP status, connection, protocol, an unparsable body): the turn must
            // still be answered, and the embedded recogniser is the designed fallback.
            LlmLog.Failed(_logger, exception.GetType().Name, HttpStatus(exception));
            LlmLog.FailureDetails(_logger, exception);
        }

        cancellationToken.ThrowIfCancellationRequested();
        return _embedded.Recognize(utterance, locale);
    }

    private static int HttpStatus(Exception exception) => exception switch
    {
        HttpOperationException { StatusCode: { } status } => (int)status,
        ClientResultException { Status: > 0 } client => client.Status,
        { InnerException: { } inner } => HttpStatus(inner),
        _ => 0,
    };
}
