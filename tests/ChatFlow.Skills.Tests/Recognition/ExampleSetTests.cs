using ChatFlow.Skills.Recognition;

namespace ChatFlow.Skills.Tests.Recognition;

/// <summary>The nearest-example scan: the same maximum, bit for bit, as dotting every example.</summary>
public sealed class ExampleSetTests
{
    private const int Sparse = 400;
    private const int Dense = 30;

    [Theory]
    [InlineData(0, true)]
    [InlineData(1, true)]
    [InlineData(7, true)]
    [InlineData(64, true)]
    [InlineData(203, true)]
    [InlineData(203, false)]
    [InlineData(64, false)]
    public void Nearest_RandomExamplesAndQueries_EqualsTheLargestDot(int count, bool queryHasTail)
    {
        var random = new Random(count);
        var examples = Enumerable.Range(0, count).Select(i => Vector(random, withTail: i % 3 != 0)).ToList();
        var set = new ExampleSet(examples, Sparse, Dense);

        for (var q = 0; q < 20; q++)
        {
            var query = Vector(random, queryHasTail);
            var dense = new float[Sparse + Dense];
            for (var k = 0; k < query.Count; k++)
            {
                dense[query.Indices[k]] = query.Values[k];
            }

            var expected = examples.Aggregate(0f, (best, e) => MathF.Max(best, e.Dot(dense)));

            Assert.Equal(expected, set.Nearest(dense, new float[count]));
        }
    }

    [Fact]
    public void Constructor_TailOfAnotherLength_Throws()
    {
        var wrong = new SparseVector([1, Sparse, Sparse + 1], [0.6f, 0.6f, 0.52f], Tail: 2);

        Assert.Throws<ArgumentException>(() => new ExampleSet([wrong], Sparse, Dense));
    }

    /// <summary>A unit vector: 5–60 sparse features (half of them from a small shared pool, so examples overlap the
    /// query) and, with <paramref name="withTail"/>, a dense tail of length 0.6.</summary>
    private static SparseVector Vector(Random random, bool withTail)
    {
        var sparse = new SortedDictionary<int, float>();
        var count = random.Next(5, 61);
        while (sparse.Count < count)
        {
            sparse[random.Next(2) == 0 ? random.Next(40) : random.Next(Sparse)] = (float)random.NextDouble();
        }

        var sparseNorm = MathF.Sqrt(sparse.Values.Sum(v => v * v));
        var sparseScale = (withTail ? 0.8f : 1f) / sparseNorm;
        var tail = withTail ? Enumerable.Range(0, Dense).Select(_ => (float)random.NextDouble() - 0.3f).ToArray() : [];
        var tailNorm = MathF.Sqrt(tail.Sum(v => v * v));
        return new SparseVector(
            [.. sparse.Keys, .. Enumerable.Range(Sparse, tail.Length)],
            [.. sparse.Values.Select(v => v * sparseScale), .. tail.Select(v => v * 0.6f / tailNorm)],
            tail.Length);
    }
}
