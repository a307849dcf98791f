namespace ChatFlow.Skills.Recognition.Entities;

/// <summary>A typed value found in an utterance.</summary>
/// <param name="Kind">What it is.</param>
/// <param name="Value">The normalised value.</param>
/// <param name="Index">Start of the match in the utterance (UTF-16 index).</param>
/// <param name="Length">Length of the match (UTF-16 code units).</param>
internal sealed record Entity(EntityKind Kind, string Value, int Index, int Length);
