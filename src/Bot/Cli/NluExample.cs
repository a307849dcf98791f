namespace ChatFlow.Bot.Cli;

/// <summary>One utterance of a benchmark dataset.</summary>
/// <param name="Text">The utterance.</param>
/// <param name="Intent">Its intent label, or <c>null</c> when it is out of scope.</param>
internal sealed record NluExample(string Text, string? Intent);

/// <summary>A benchmark dataset split for the protocol: train on <see cref="Train"/>, choose thresholds on
/// <see cref="Validation"/>, report on <see cref="Test"/>.</summary>
/// <param name="Train">Training utterances (all in scope).</param>
/// <param name="Validation">Validation utterances, out-of-scope ones included; may be empty.</param>
/// <param name="Test">Test utterances, out-of-scope ones included.</param>
/// <param name="Language">Language code used for the examples (<c>en</c>, <c>ko</c>).</param>
internal sealed record NluDataset(
    IReadOnlyList<NluExample> Train, IReadOnlyList<NluExample> Validation, IReadOnlyList<NluExample> Test, string Language);
