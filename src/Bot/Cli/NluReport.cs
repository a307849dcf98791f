using System.Text.Json.Serialization;
using ChatFlow.Skills.Recognition.Evaluation;

namespace ChatFlow.Bot.Cli;

/// <summary>The one JSON object <c>nlu eval</c> prints. Fractions are 0..1; <see cref="PointA"/> and
/// <see cref="PointB"/> are <c>null</c> when the dataset has no out-of-scope validation and test items.</summary>
internal sealed record NluReport
{
    public required string Format { get; init; }
    public required string Dataset { get; init; }
    public string? Train { get; init; }
    /// <summary>The word vectors used ("100000 words × 100"), or <c>null</c> for none.</summary>
    public string? WordVectors { get; init; }

    /// <summary>The sentence encoder added to the features (type and dimensions), or <c>null</c>.</summary>
    public string? SentenceEncoder { get; init; }
    public required double ClosedSetAccuracy { get; init; }
    public required double MacroF1 { get; init; }
    public OperatingPoint? PointA { get; init; }
    public OperatingPoint? PointB { get; init; }
    public required double TrainSeconds { get; init; }
    /// <summary>CPU seconds used by all threads while training (<see cref="TrainSeconds"/> is wall time and includes
    /// building the catalog).</summary>
    public required double TrainCpuSeconds { get; init; }
    public required NluLatency LatencyMs { get; init; }
    public required int Intents { get; init; }
    public required int TrainUtterances { get; init; }
    public required int ValidationUtterances { get; init; }
    public required int TestUtterances { get; init; }
    public required int TestOutOfScope { get; init; }
    public string? Note { get; init; }
}

/// <summary>Milliseconds per <c>Recognize</c> call, one utterance at a time, after warm-up.</summary>
/// <param name="P50">Median.</param>
/// <param name="P99">99th percentile.</param>
internal sealed record NluLatency(double P50, double P99);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(NluReport))]
internal sealed partial class NluJsonContext : JsonSerializerContext;
