namespace ChatFlow.Skills.Recognition;

/// <summary>Tuning of <see cref="EmbeddedIntentRecognizer"/>.</summary>
public sealed record EmbeddedRecognizerOptions
{
    /// <summary>Lowest cosine similarity (0..1) a skill needs to be a candidate; below it the utterance is out of
    /// scope. Default 0.3.</summary>
    public double Threshold { get; init; } = 0.3;

    /// <summary>When the second candidate is within this score distance (0..1) of the first, the result is
    /// ambiguous. Default 0.05.</summary>
    public double AmbiguityMargin { get; init; } = 0.05;
}
