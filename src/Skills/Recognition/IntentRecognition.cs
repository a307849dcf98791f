namespace ChatFlow.Skills.Recognition;

/// <summary>The result of recognising one utterance.</summary>
public sealed record IntentRecognition
{
    /// <summary>Skills scoring above the recogniser's threshold, best first (ties by skill id); empty when out of scope.</summary>
    public required IReadOnlyList<IntentCandidate> Candidates { get; init; }

    /// <summary>Slot values of the top skill found in the utterance (slot name → text as typed), e.g. from the
    /// example <c>register vendor {vendorName} at {address}</c> or an e-mail address.</summary>
    public IReadOnlyDictionary<string, string> Slots { get; init; } = new Dictionary<string, string>();

    /// <summary>When out of scope: the best skill if it scored below the threshold but at least the recogniser's
    /// suggestion floor (<see cref="EmbeddedRecognizerOptions.SuggestionFloor"/>), to offer as "did you mean …?"
    /// rather than run; otherwise <c>null</c>.</summary>
    public IntentCandidate? NearMiss { get; init; }

    /// <summary>Whether the second candidate scores too close to the first to choose without asking.</summary>
    public bool IsAmbiguous { get; init; }

    /// <summary>The best skill, or <c>null</c> when out of scope.</summary>
    public string? TopSkillId => Candidates.Count > 0 ? Candidates[0].SkillId : null;

    /// <summary>Whether no skill fits the utterance.</summary>
    public bool IsOutOfScope => Candidates.Count == 0;

    /// <summary>A result with no candidates.</summary>
    public static IntentRecognition OutOfScope { get; } = new() { Candidates = [] };
}
