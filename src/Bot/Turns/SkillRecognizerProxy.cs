using ChatFlow.Skills.Recognition;

namespace ChatFlow.Bot.Turns;

/// <summary>The embedded recogniser of whichever snapshot is current (what the LLM fallback and the async wrapper
/// hold on to).</summary>
internal sealed class SkillRecognizerProxy(SkillCatalogAccessor catalog) : IIntentRecognizer
{
    /// <inheritdoc />
    public IntentRecognition Recognize(string utterance, string? locale) => catalog.Snapshot.Recognizer.Recognize(utterance, locale);
}
