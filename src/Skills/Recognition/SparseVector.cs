using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ChatFlow.Skills.Recognition;

/// <summary>An L2-normalised TF-IDF vector: feature indices in ascending order and their weights. The last
/// <see cref="Tail"/> entries have consecutive indices (the word-vector block), which <see cref="Dot"/> reads as one
/// dense run.</summary>
/// <param name="Indices">Feature indices, ascending.</param>
/// <param name="Values">Weights, same order.</param>
/// <param name="Tail">Number of trailing entries whose indices are consecutive; 0 when there is no dense block.</param>
internal readonly record struct SparseVector(int[] Indices, float[] Values, int Tail = 0)
{
    internal static SparseVector Empty { get; } = new([], []);

    internal int Count => Indices.Length;

    /// <summary>Dot product with a dense vector holding another sparse vector's weights (zero elsewhere).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal float Dot(ReadOnlySpan<float> dense)
    {
        var sum = 0f;
        var indices = Indices;
        var values = Values;
        var sparse = indices.Length - Tail;
        for (var i = 0; i < sparse; i++)
        {
            sum += values[i] * dense[indices[i]];
        }

        return Tail == 0 ? sum : sum + DotRun(values.AsSpan(sparse), dense.Slice(indices[sparse], Tail));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static float DotRun(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var sum = 0f;
        var i = 0;
        if (Vector.IsHardwareAccelerated && a.Length >= Vector<float>.Count)
        {
            var acc = Vector<float>.Zero;
            var va = MemoryMarshal.Cast<float, Vector<float>>(a);
            var vb = MemoryMarshal.Cast<float, Vector<float>>(b);
            for (var v = 0; v < va.Length; v++)
            {
                acc += va[v] * vb[v];
            }

            sum = Vector.Sum(acc);
            i = va.Length * Vector<float>.Count;
        }

        for (; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }
}
