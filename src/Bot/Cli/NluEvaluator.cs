using System.Diagnostics;
using ChatFlow.Skills.Manifests;
using ChatFlow.Skills.Recognition;
using ChatFlow.Skills.Recognition.Encoders;
using ChatFlow.Skills.Recognition.Evaluation;

namespace ChatFlow.Bot.Cli;

/// <summary>Runs the benchmark protocol on the embedded recogniser: train on the training split (one skill per
/// intent), choose the out-of-scope thresholds on validation, report once on test.</summary>
internal static class NluEvaluator
{
    private const int WarmUpUtterances = 300;

    internal static NluReport Run(NluDataset dataset, string format, string path, string? train, WordVectors? wordVectors, ISentenceEncoder? encoder, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var catalog = ToCatalog(dataset.Train, dataset.Language);
        var options = new EmbeddedRecognizerOptions { Threshold = 0, WordVectors = wordVectors, SentenceEncoder = encoder };
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var recognizer = new EmbeddedIntentRecognizer(catalog, options);
        var trainCpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        var trainSeconds = stopwatch.Elapsed.TotalSeconds;

        var validation = Score(recognizer, dataset.Validation, cancellationToken);
        var test = Score(recognizer, dataset.Test, cancellationToken);
        var latency = MeasureLatency(recognizer, dataset, cancellationToken);

        var hasOutOfScope = validation.Any(i => i.IsOutOfScope) && test.Any(i => i.IsOutOfScope);
        return new NluReport
        {
            Format = format,
            Dataset = path,
            Train = train,
            WordVectors = wordVectors is null ? null : $"{wordVectors.Count} words × {wordVectors.Dimensions}",
            SentenceEncoder = encoder is null ? null : $"{encoder.GetType().Name}, {encoder.Dimensions} dimensions",
            ClosedSetAccuracy = Round(IntentMetrics.ClosedSetAccuracy(test)),
            MacroF1 = Round(IntentMetrics.MacroF1(test)),
            PointA = hasOutOfScope ? Rounded(IntentMetrics.At(test, IntentMetrics.ChooseForBalance(validation))) : null,
            PointB = hasOutOfScope ? Rounded(IntentMetrics.At(test, IntentMetrics.ChooseForAccuracy(validation))) : null,
            TrainSeconds = Math.Round(trainSeconds, 3),
            TrainCpuSeconds = Math.Round(trainCpuSeconds, 3),
            LatencyMs = latency,
            Intents = catalog.Skills.Count,
            TrainUtterances = dataset.Train.Count,
            ValidationUtterances = dataset.Validation.Count,
            TestUtterances = dataset.Test.Count,
            TestOutOfScope = test.Count(i => i.IsOutOfScope),
            Note = hasOutOfScope ? null : "No out-of-scope validation and test data: pointA and pointB are null.",
        };
    }

    /// <summary>One skill per intent, its training utterances as the examples.</summary>
    internal static SkillCatalog ToCatalog(IEnumerable<NluExample> train, string language) =>
        SkillCatalog.Create(train
            .Where(e => e.Intent is not null)
            .GroupBy(e => e.Intent!, StringComparer.Ordinal)
            .Select(g => new SkillManifest
            {
                Id = g.Key,
                Version = 1,
                Name = new LocalizedText(g.Key),
                Utterances = new Dictionary<string, IReadOnlyList<string>> { [language] = [.. g.Select(e => e.Text)] },
                Slots = [],
                Confirm = false,
                Action = new SkillAction
                {
                    Connector = "benchmark",
                    Operation = "none",
                    Connection = "none",
                    Arguments = [],
                    SystemName = new LocalizedText("benchmark"),
                },
            }));

    internal static List<ScoredUtterance> Score(IIntentRecognizer recognizer, IEnumerable<NluExample> items, CancellationToken cancellationToken)
    {
        var scored = new List<ScoredUtterance>();
        foreach (var item in items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var result = recognizer.Recognize(item.Text, null);
            scored.Add(new ScoredUtterance(item.Intent, result.TopSkillId, result.Candidates.Count > 0 ? result.Candidates[0].Score : 0));
        }

        return scored;
    }

    private static NluLatency MeasureLatency(IIntentRecognizer recognizer, NluDataset dataset, CancellationToken cancellationToken)
    {
        var warmUp = dataset.Validation.Concat(dataset.Train).Take(WarmUpUtterances).ToList();
        foreach (var item in warmUp)
        {
            recognizer.Recognize(item.Text, null);
        }

        var milliseconds = new List<double>(dataset.Test.Count);
        foreach (var item in dataset.Test)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var start = Stopwatch.GetTimestamp();
            recognizer.Recognize(item.Text, null);
            milliseconds.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        milliseconds.Sort();
        return milliseconds.Count == 0
            ? new NluLatency(0, 0)
            : new NluLatency(Math.Round(Percentile(milliseconds, 0.50), 4), Math.Round(Percentile(milliseconds, 0.99), 4));
    }

    private static double Percentile(List<double> sorted, double q) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(q * sorted.Count) - 1)];

    private static double Round(double value) => Math.Round(value, 4);

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 4) : null;

    private static OperatingPoint Rounded(OperatingPoint point) =>
        new(Math.Round(point.Threshold, 6), Round(point.InScopeAccuracy), Round(point.OosRecall), Round(point.OosPrecision));
}
