namespace ChatFlow.Skills.Recognition.Evaluation;

/// <summary>Intent-classification metrics and the two out-of-scope threshold rules of the benchmark protocol
/// (choose on validation data, report on test data).</summary>
/// <remarks>Rule B is Larson et al.'s (EMNLP 2019, https://aclanthology.org/D19-1131/): the threshold with the
/// highest accuracy over all validation items, out of scope counted as its own class. Rule A maximises in-scope
/// accuracy + out-of-scope recall. Both take the midpoint between two adjacent validation scores; ties go to the
/// lower threshold.</remarks>
public static class IntentMetrics
{
    /// <summary>Share of in-scope items whose best intent is the true one, no threshold applied.</summary>
    /// <param name="items">Scored items; out-of-scope ones are ignored.</param>
    /// <returns>0..1, or 0 without in-scope items.</returns>
    public static double ClosedSetAccuracy(IEnumerable<ScoredUtterance> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var inScope = items.Where(i => !i.IsOutOfScope).ToList();
        return inScope.Count == 0 ? 0 : inScope.Count(i => i.Predicted == i.Expected) / (double)inScope.Count;
    }

    /// <summary>Unweighted mean over the true intents of the per-intent F1 of the closed-set predictions.</summary>
    /// <param name="items">Scored items; out-of-scope ones are ignored.</param>
    /// <returns>0..1, or 0 without in-scope items.</returns>
    public static double MacroF1(IEnumerable<ScoredUtterance> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var inScope = items.Where(i => !i.IsOutOfScope).ToList();
        var intents = inScope.Select(i => i.Expected!).Distinct(StringComparer.Ordinal).ToList();
        if (intents.Count == 0)
        {
            return 0;
        }

        var sum = 0.0;
        foreach (var intent in intents)
        {
            var truePositives = inScope.Count(i => i.Expected == intent && i.Predicted == intent);
            var predicted = inScope.Count(i => i.Predicted == intent);
            var actual = inScope.Count(i => i.Expected == intent);
            sum += truePositives == 0 ? 0 : 2.0 * truePositives / (predicted + actual);
        }

        return sum / intents.Count;
    }

    /// <summary>The figures at <paramref name="threshold"/>.</summary>
    /// <param name="items">Scored items, in scope and out of scope.</param>
    /// <param name="threshold">Items scoring below it are rejected.</param>
    /// <returns>The operating point.</returns>
    public static OperatingPoint At(IEnumerable<ScoredUtterance> items, double threshold)
    {
        ArgumentNullException.ThrowIfNull(items);
        int inScope = 0, correct = 0, oos = 0, oosRejected = 0, rejected = 0;
        foreach (var item in items)
        {
            var accepted = item.Predicted is not null && item.Score >= threshold;
            rejected += accepted ? 0 : 1;
            if (item.IsOutOfScope)
            {
                oos++;
                oosRejected += accepted ? 0 : 1;
            }
            else
            {
                inScope++;
                correct += accepted && item.Predicted == item.Expected ? 1 : 0;
            }
        }

        return new OperatingPoint(
            threshold,
            inScope == 0 ? 0 : correct / (double)inScope,
            oos == 0 ? null : oosRejected / (double)oos,
            oos == 0 || rejected == 0 ? null : oosRejected / (double)rejected);
    }

    /// <summary>Rule B: the threshold maximising accuracy over all items, out of scope as its own class.</summary>
    /// <param name="validation">Validation items, in scope and out of scope.</param>
    /// <returns>The threshold.</returns>
    public static double ChooseForAccuracy(IReadOnlyList<ScoredUtterance> validation) =>
        Choose(validation, (correct, _, oosRejected, _) => correct + oosRejected);

    /// <summary>Rule A: the threshold maximising in-scope accuracy + out-of-scope recall.</summary>
    /// <param name="validation">Validation items, in scope and out of scope.</param>
    /// <returns>The threshold.</returns>
    public static double ChooseForBalance(IReadOnlyList<ScoredUtterance> validation) =>
        Choose(validation, (correct, inScope, oosRejected, oos) =>
            (inScope == 0 ? 0 : correct / (double)inScope) + (oos == 0 ? 0 : oosRejected / (double)oos));

    /// <summary>Sweeps every cut between adjacent validation scores (plus accept-all and reject-all).</summary>
    private static double Choose(IReadOnlyList<ScoredUtterance> validation, Func<int, int, int, int, double> objective)
    {
        ArgumentNullException.ThrowIfNull(validation);
        var sorted = validation.Where(i => i.Predicted is not null).OrderByDescending(i => i.Score).ToList();
        var inScope = validation.Count(i => !i.IsOutOfScope);
        var oos = validation.Count(i => i.IsOutOfScope);

        // Threshold above every score: everything rejected.
        var oosRejected = sorted.Count(i => i.IsOutOfScope) + validation.Count(i => i.Predicted is null && i.IsOutOfScope);
        var correct = 0;
        var bestValue = objective(correct, inScope, oosRejected, oos);
        var bestThreshold = sorted.Count == 0 ? 1.0 : sorted[0].Score + 1e-6;
        for (var k = 0; k < sorted.Count; k++)
        {
            var item = sorted[k];
            if (item.IsOutOfScope)
            {
                oosRejected--;
            }
            else if (item.Predicted == item.Expected)
            {
                correct++;
            }

            if (k + 1 < sorted.Count && sorted[k + 1].Score == item.Score)
            {
                continue;
            }

            var value = objective(correct, inScope, oosRejected, oos);
            if (value >= bestValue)
            {
                bestValue = value;
                bestThreshold = k + 1 < sorted.Count ? (item.Score + sorted[k + 1].Score) / 2 : item.Score;
            }
        }

        return bestThreshold;
    }
}
