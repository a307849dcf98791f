namespace ChatFlow.Skills.Recognition;

/// <summary>An L2-normalised TF-IDF vector: feature indices in ascending order and their weights.</summary>
/// <param name="Indices">Feature indices, ascending.</param>
/// <param name="Values">Weights, same order.</param>
internal readonly record struct SparseVector(int[] Indices, float[] Values)
{
    internal static SparseVector Empty { get; } = new([], []);

    internal int Count => Indices.Length;

    /// <summary>Dot product with a dense vector holding another sparse vector's weights (zero elsewhere).</summary>
    internal float Dot(ReadOnlySpan<float> dense)
    {
        var sum = 0f;
        var indices = Indices;
        var values = Values;
        for (var i = 0; i < indices.Length; i++)
        {
            sum += values[i] * dense[indices[i]];
        }

        return sum;
    }
}
