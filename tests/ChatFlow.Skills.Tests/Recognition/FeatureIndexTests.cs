using ChatFlow.Skills.Recognition;

namespace ChatFlow.Skills.Tests.Recognition;

/// <summary>The feature-hash table and key sort the recogniser's training uses instead of the framework's.</summary>
public sealed class FeatureIndexTests
{
    [Fact]
    public void GetOrAdd_ManyHashes_GivesIndicesInFirstAddedOrderAcrossGrowth()
    {
        var index = new FeatureIndex(capacity: 4);
        var random = new Random(3);
        var hashes = Enumerable.Range(0, 5_000).Select(_ => (ulong)random.NextInt64()).Append(0UL).Distinct().ToArray();

        var first = hashes.Select(h => index.GetOrAdd(h, out var added) is var i && added ? i : -1).ToArray();
        var again = hashes.Select(h => index.GetOrAdd(h, out var added) is var i && !added ? i : -1).ToArray();

        Assert.Equal(Enumerable.Range(0, hashes.Length), first);
        Assert.Equal(first, again);
        Assert.Equal(hashes.Length, index.Count);
        Assert.All(hashes.Select((h, i) => (h, i)), p => Assert.True(index.TryGetValue(p.h, out var found) && found == p.i));
        var absent = Enumerable.Range(1, 100).Select(i => (ulong)i * 7919).First(h => !hashes.Contains(h));
        Assert.False(index.TryGetValue(absent, out _));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(23)]
    [InlineData(24)]
    [InlineData(25)]
    [InlineData(1_000)]
    [InlineData(100_000)]
    public void Sort_RandomKeysWithDuplicates_MatchesArraySort(int count)
    {
        var random = new Random(count);
        var keys = Enumerable.Range(0, count).Select(i => i % 7 == 0 ? (ulong)(i % 5) : (ulong)random.NextInt64() << random.Next(0, 2)).ToArray();
        var expected = keys.ToArray();
        Array.Sort(expected);

        KeySort.Sort(keys);

        Assert.Equal(expected, keys);
    }

    [Fact]
    public void Sort_SortedReversedAndEqualKeys_MatchesArraySort()
    {
        foreach (var keys in new[]
        {
            Enumerable.Range(0, 500).Select(i => (ulong)i).ToArray(),
            Enumerable.Range(0, 500).Select(i => (ulong)(500 - i)).ToArray(),
            Enumerable.Repeat(ulong.MaxValue, 500).ToArray(),
        })
        {
            var expected = keys.ToArray();
            Array.Sort(expected);

            KeySort.Sort(keys);

            Assert.Equal(expected, keys);
        }
    }
}
