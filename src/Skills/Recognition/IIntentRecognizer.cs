namespace ChatFlow.Skills.Recognition;

/// <summary>Recognises which skill an utterance asks for (the intent) and the slot values it already carries.</summary>
/// <remarks>Implementations are thread-safe and deterministic for the same catalog and input.</remarks>
public interface IIntentRecognizer
{
    /// <summary>Ranks the skills for <paramref name="utterance"/>.</summary>
    /// <param name="utterance">What the user typed.</param>
    /// <param name="locale">BCP 47 locale of the turn (<c>en-US</c>, <c>ko-KR</c>), or <c>null</c>; a hint only.</param>
    /// <returns>The ranked candidates; <see cref="IntentRecognition.IsOutOfScope"/> when none fits.</returns>
    IntentRecognition Recognize(string utterance, string? locale);
}
