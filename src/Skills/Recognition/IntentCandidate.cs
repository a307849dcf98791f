namespace ChatFlow.Skills.Recognition;

/// <summary>One skill a recogniser considered.</summary>
/// <param name="SkillId">Skill id.</param>
/// <param name="Score">Similarity, 0 (unrelated) to 1 (an example utterance, verbatim).</param>
public sealed record IntentCandidate(string SkillId, double Score);
