using ChatFlow.Skills.Recognition;

namespace ChatFlow.Integrations.Llm;

/// <summary>The embedded (synchronous, in-process) recogniser as an <see cref="IAsyncIntentRecognizer"/>: what the host
/// gets when no LLM is configured.</summary>
internal sealed class EmbeddedAsyncIntentRecognizer(IIntentRecognizer embedded) : IAsyncIntentRecognizer
{
    /// <inheritdoc/>
    public Task<IntentRecognition> RecognizeAsync(string utterance, string? locale, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(embedded.Recognize(utterance, locale));
    }
}
