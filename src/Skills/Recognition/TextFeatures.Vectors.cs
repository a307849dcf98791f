using System.Runtime.CompilerServices;

namespace ChatFlow.Skills.Recognition;

internal static partial class TextFeatures
{
    /// <summary>Pooled blocks of <see cref="PoolWordVectors"/>: weighted mean, maximum and minimum.</summary>
    internal const int PooledBlocks = 3;

    /// <summary>Least smooth-inverse-frequency weight (see <see cref="WordVectors.TryGet"/>) of a word that takes part
    /// in the maximum and minimum: below it are function words (<c>the</c>, <c>to</c>, <c>my</c>), whose extremes
    /// would say nothing about the request.</summary>
    private const float PoolFloor = 0.3f;

    /// <summary>The sentence vector of a text (<paramref name="normalized"/> as <see cref="Normalize(string)"/> gives
    /// it, with its <paramref name="valueWords"/>) from its words' vectors: three blocks of
    /// <see cref="WordVectors.Dimensions"/> numbers, each at unit length: the SIF-weighted mean, and the
    /// per-dimension maximum and minimum of the weighted vectors of content words (concatenated power means,
    /// Rücklé et al., 2018, https://arxiv.org/abs/1803.01400). Value-like words (<c>Hanbit Trading</c>,
    /// <c>INV-2024-001</c>) are left out. <c>null</c> when no word has a vector.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static float[]? PoolWordVectors(string normalized, HashSet<string>? valueWords, WordVectors vectors)
    {
        if (normalized.Length == 0)
        {
            return null;
        }

        var values = valueWords?.GetAlternateLookup<ReadOnlySpan<char>>();
        var dimensions = vectors.Dimensions;
        float[]? pooled = null;
        var pooledWords = 0;
        foreach (var range in normalized.AsSpan().Split(' '))
        {
            var word = normalized.AsSpan(range);
            if (values?.Contains(word) == true || !vectors.TryGet(word, out var vector, out var weight))
            {
                continue;
            }

            pooled ??= new float[dimensions * PooledBlocks];
            var mean = pooled.AsSpan(0, dimensions);
            for (var d = 0; d < dimensions; d++)
            {
                mean[d] += weight * vector[d];
            }

            if (weight < PoolFloor)
            {
                continue;
            }

            var max = pooled.AsSpan(dimensions, dimensions);
            var min = pooled.AsSpan(2 * dimensions, dimensions);
            for (var d = 0; d < dimensions; d++)
            {
                var v = weight * vector[d];
                max[d] = pooledWords == 0 ? v : MathF.Max(max[d], v);
                min[d] = pooledWords == 0 ? v : MathF.Min(min[d], v);
            }

            pooledWords++;
        }

        if (pooled is not null)
        {
            for (var b = 0; b < PooledBlocks; b++)
            {
                WordVectors.Normalize(pooled.AsSpan(b * dimensions, dimensions));
            }
        }

        return pooled;
    }
}
