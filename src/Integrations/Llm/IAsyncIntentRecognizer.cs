using ChatFlow.Skills.Recognition;

namespace ChatFlow.Integrations.Llm;

/// <summary>Recognises which skill an utterance asks for, possibly with a remote call (an LLM); the asynchronous
/// counterpart of <see cref="IIntentRecognizer"/>.</summary>
/// <remarks>The host calls it before the dialog step and passes the result to the dialog engine, which validates the
/// slot values exactly like user input. Implementations are thread-safe.</remarks>
public interface IAsyncIntentRecognizer
{
    /// <summary>Ranks the skills for <paramref name="utterance"/>.</summary>
    /// <param name="utterance">What the user typed.</param>
    /// <param name="locale">BCP 47 locale of the turn (<c>en-US</c>, <c>ko-KR</c>), or <c>null</c>; a hint only.</param>
    /// <param name="cancellationToken">Cancels the recognition (the turn is abandoned).</param>
    /// <returns>The ranked candidates and slot values (slot name → text); <see cref="IntentRecognition.IsOutOfScope"/>
    /// when none fits.</returns>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    Task<IntentRecognition> RecognizeAsync(string utterance, string? locale, CancellationToken cancellationToken);
}
