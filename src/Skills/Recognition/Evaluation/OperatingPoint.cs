namespace ChatFlow.Skills.Recognition.Evaluation;

/// <summary>How a recogniser does at one out-of-scope threshold. Fractions are 0..1.</summary>
/// <param name="Threshold">Utterances whose best score is below this are rejected as out of scope.</param>
/// <param name="InScopeAccuracy">Share of in-scope utterances accepted <em>and</em> given their true intent (a
/// rejected in-scope utterance counts as wrong).</param>
/// <param name="OosRecall">Share of out-of-scope utterances rejected; <c>null</c> without out-of-scope items.</param>
/// <param name="OosPrecision">Share of rejected utterances that are out of scope; <c>null</c> when nothing was
/// rejected or there are no out-of-scope items.</param>
public sealed record OperatingPoint(double Threshold, double InScopeAccuracy, double? OosRecall, double? OosPrecision);
