namespace ChatFlow.Skills.Recognition.Evaluation;

/// <summary>One labelled utterance as a recogniser scored it, before any out-of-scope threshold.</summary>
/// <param name="Expected">The true intent, or <c>null</c> when the utterance is out of scope.</param>
/// <param name="Predicted">The recogniser's best intent, or <c>null</c> when it had none at all.</param>
/// <param name="Score">The best intent's score; the utterance is rejected as out of scope below a threshold.</param>
public sealed record ScoredUtterance(string? Expected, string? Predicted, double Score)
{
    /// <summary>Whether the utterance is out of scope (has no true intent).</summary>
    public bool IsOutOfScope => Expected is null;
}
