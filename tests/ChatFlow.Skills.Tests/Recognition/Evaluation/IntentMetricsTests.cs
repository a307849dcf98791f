using ChatFlow.Skills.Recognition.Evaluation;

namespace ChatFlow.Skills.Tests.Recognition.Evaluation;

public class IntentMetricsTests
{
    // Scores, best first: a✓0.9, b✓0.8, oos 0.7, a✗0.6 (predicted b), b✓0.5, oos 0.4, oos 0.3, a✓0.2.
    private static readonly ScoredUtterance[] Validation =
    [
        new("a", "a", 0.9), new("b", "b", 0.8), new(null, "a", 0.7), new("a", "b", 0.6),
        new("b", "b", 0.5), new(null, "b", 0.4), new(null, "a", 0.3), new("a", "a", 0.2),
    ];

    [Fact]
    public void ChooseForAccuracy_HandMadeScores_PicksCutWithMostCorrectItems()
    {
        // Cut below 0.5: 3 correct in scope + 2 OOS rejected = 5 of 8, the best any cut gets.
        var threshold = IntentMetrics.ChooseForAccuracy(Validation);

        Assert.Equal(0.45, threshold, 6);
    }

    [Fact]
    public void ChooseForBalance_HandMadeScores_MaximisesInScopeAccuracyPlusOosRecall()
    {
        // Below 0.8: 2/5 + 3/3 = 1.4; below 0.5: 3/5 + 2/3 = 1.27; accept all: 4/5 + 0 = 0.8.
        var threshold = IntentMetrics.ChooseForBalance(Validation);

        Assert.Equal(0.75, threshold, 6);
    }

    [Fact]
    public void At_Threshold_CountsRejectedInScopeAsWrong()
    {
        var point = IntentMetrics.At(Validation, 0.45);

        Assert.Equal(3 / 5.0, point.InScopeAccuracy, 6);
        Assert.Equal(2 / 3.0, point.OosRecall!.Value, 6);
        Assert.Equal(2 / 3.0, point.OosPrecision!.Value, 6); // rejected: oos 0.4, oos 0.3, a 0.2
    }

    [Fact]
    public void At_NoOutOfScopeItems_LeavesOosFiguresNull()
    {
        var point = IntentMetrics.At([new ScoredUtterance("a", "a", 0.9)], 0.5);

        Assert.Equal(1.0, point.InScopeAccuracy);
        Assert.Null(point.OosRecall);
        Assert.Null(point.OosPrecision);
    }

    [Fact]
    public void ClosedSetAccuracyAndMacroF1_IgnoreThresholdAndOutOfScope()
    {
        // In scope: a→a, b→b, a→b, b→b, a→a. a: P 2/2 R 2/3 F1 0.8; b: P 2/3 R 2/2 F1 0.8.
        Assert.Equal(0.8, IntentMetrics.ClosedSetAccuracy(Validation), 6);
        Assert.Equal(0.8, IntentMetrics.MacroF1(Validation), 6);
    }
}
