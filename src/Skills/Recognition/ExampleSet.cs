using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ChatFlow.Skills.Recognition;

/// <summary>One skill's example vectors laid out for the nearest-example scan: the sparse parts one after another
/// (compressed rows), the dense tails (word-vector blocks) as one contiguous matrix, so a scan streams through two
/// arrays instead of visiting a few hundred small ones, and four tails are dotted against one load of the query's.
/// Each similarity is bit for bit what <see cref="SparseVector.Dot"/> gives.</summary>
internal sealed class ExampleSet
{
    private readonly int[] _offsets;
    private readonly int[] _indices;
    private readonly float[] _values;

    /// <summary>Dense tails, <see cref="_tailLength"/> per example; zeros for an example without one.</summary>
    private readonly float[] _tails;

    private readonly bool[] _hasTail;

    /// <summary>Length of each example's tail (0 without one), rounded up.</summary>
    private readonly float[] _tailNorms;
    private readonly int _tailStart;
    private readonly int _tailLength;

    /// <param name="examples">The skill's example vectors.</param>
    /// <param name="tailStart">Index of the first dense feature of the feature space.</param>
    /// <param name="tailLength">Length of the dense block (0 when there is none); every example with a tail has this
    /// one.</param>
    internal ExampleSet(IReadOnlyList<SparseVector> examples, int tailStart, int tailLength)
    {
        _tailStart = tailStart;
        _tailLength = tailLength;
        _offsets = new int[examples.Count + 1];
        _hasTail = new bool[examples.Count];
        _tails = new float[examples.Count * tailLength];
        _tailNorms = new float[examples.Count];
        var sparse = new List<(int[] Indices, float[] Values, int Count)>(examples.Count);
        for (var e = 0; e < examples.Count; e++)
        {
            var x = examples[e];
            var count = x.Count - x.Tail;
            if (x.Tail > 0)
            {
                if (x.Tail != tailLength || x.Indices[count] != tailStart)
                {
                    throw new ArgumentException($"Example {e} has a dense block of {x.Tail} from {x.Indices[count]}; expected {tailLength} from {tailStart}.", nameof(examples));
                }

                x.Values.AsSpan(count).CopyTo(_tails.AsSpan(e * tailLength, tailLength));
                _hasTail[e] = true;
                _tailNorms[e] = Norm(x.Values.AsSpan(count));
            }

            _offsets[e + 1] = _offsets[e] + count;
            sparse.Add((x.Indices, x.Values, count));
        }

        _indices = new int[_offsets[^1]];
        _values = new float[_offsets[^1]];
        for (var e = 0; e < sparse.Count; e++)
        {
            sparse[e].Indices.AsSpan(0, sparse[e].Count).CopyTo(_indices.AsSpan(_offsets[e]));
            sparse[e].Values.AsSpan(0, sparse[e].Count).CopyTo(_values.AsSpan(_offsets[e]));
        }
    }

    internal int Count => _hasTail.Length;

    /// <summary>The largest dot product of an example with <paramref name="dense"/> (a vector loaded densely over the
    /// whole feature space), and at least 0.</summary>
    /// <remarks>The sparse parts are dotted first. An example's tail adds at most |tail| · |query tail|
    /// (Cauchy–Schwarz), so the tails of examples whose sparse dot is already further than that below the best
    /// total so far are skipped: they cannot be the nearest, and the maximum is the same as scanning them all. The
    /// example with the best sparse dot is completed first.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal float Nearest(ReadOnlySpan<float> dense, Span<float> scratch)
    {
        var count = Count;
        var sums = scratch[..count];
        var e = 0;
        for (; e + 4 <= count; e += 4)
        {
            SparseDots4(e, dense, sums.Slice(e, 4));
        }

        for (; e < count; e++)
        {
            sums[e] = Finish(0f, _offsets[e], _offsets[e + 1], dense);
        }

        var best = 0f;
        if (_tailLength == 0 || count == 0)
        {
            foreach (var sum in sums)
            {
                best = MathF.Max(best, sum);
            }

            return best;
        }

        var query = dense.Slice(_tailStart, _tailLength);
        var queryNorm = Norm(query);
        var first = 0;
        for (e = 1; e < count; e++)
        {
            first = sums[e] > sums[first] ? e : first;
        }

        best = MathF.Max(best, Total(first, sums[first], query));
        for (e = 0; e < count; e++)
        {
            if (e != first && (!_hasTail[e] || sums[e] + (_tailNorms[e] * queryNorm) + BoundSlack > best))
            {
                best = MathF.Max(best, Total(e, sums[e], query));
            }
        }

        return best;
    }

    /// <summary>Added to the Cauchy–Schwarz bound to cover float rounding of a 300-term dot product (~1e-5 at
    /// most for unit-length blocks).</summary>
    private const float BoundSlack = 1e-3f;

    private float Total(int example, float sparse, ReadOnlySpan<float> query) =>
        _hasTail[example] ? sparse + DotTail(_tails.AsSpan(example * _tailLength, _tailLength), query) : sparse;

    private static float Norm(ReadOnlySpan<float> values)
    {
        var sum = 0.0;
        foreach (var v in values)
        {
            sum += (double)v * v;
        }

        return (float)(Math.Sqrt(sum) * (1 + 1e-6));
    }

    /// <summary>The sparse dot products of four consecutive examples, each summed in its own order (as
    /// <see cref="SparseVector.Dot"/> sums its sparse part), but stepped together: four independent chains of additions instead of one.</summary>
    private void SparseDots4(int first, ReadOnlySpan<float> dense, Span<float> output)
    {
        var k0 = _offsets[first];
        var k1 = _offsets[first + 1];
        var k2 = _offsets[first + 2];
        var k3 = _offsets[first + 3];
        var common = Math.Min(Math.Min(k1 - k0, k2 - k1), Math.Min(k3 - k2, _offsets[first + 4] - k3));
        float s0 = 0f, s1 = 0f, s2 = 0f, s3 = 0f;
        // Bounds: the four runs lie inside _values and _indices (offsets), and every index is below dense.Length.
        ref var values = ref MemoryMarshal.GetArrayDataReference(_values);
        ref var indices = ref MemoryMarshal.GetArrayDataReference(_indices);
        ref var d = ref MemoryMarshal.GetReference(dense);
        for (var i = 0; i < common; i++)
        {
            s0 += Unsafe.Add(ref values, k0 + i) * Unsafe.Add(ref d, Unsafe.Add(ref indices, k0 + i));
            s1 += Unsafe.Add(ref values, k1 + i) * Unsafe.Add(ref d, Unsafe.Add(ref indices, k1 + i));
            s2 += Unsafe.Add(ref values, k2 + i) * Unsafe.Add(ref d, Unsafe.Add(ref indices, k2 + i));
            s3 += Unsafe.Add(ref values, k3 + i) * Unsafe.Add(ref d, Unsafe.Add(ref indices, k3 + i));
        }

        output[0] = Finish(s0, k0 + common, k1, dense);
        output[1] = Finish(s1, k1 + common, k2, dense);
        output[2] = Finish(s2, k2 + common, k3, dense);
        output[3] = Finish(s3, k3 + common, _offsets[first + 4], dense);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private float Finish(float sum, int from, int to, ReadOnlySpan<float> dense)
    {
        for (var k = from; k < to; k++)
        {
            sum += _values[k] * dense[_indices[k]];
        }

        return sum;
    }

    /// <summary>Σ tail[i] · query[i]: whole SIMD vectors into one accumulator, summed across, then the rest one by one
    /// (as <see cref="SparseVector.Dot"/> sums its dense run).</summary>
    private static float DotTail(ReadOnlySpan<float> tail, ReadOnlySpan<float> query)
    {
        var length = query.Length;
        var n = Vector<float>.Count;
        var full = Vector.IsHardwareAccelerated && length >= n ? length / n * n : 0;
        var sum = 0f;
        if (full > 0)
        {
            var acc = Vector<float>.Zero;
            for (var i = 0; i < full; i += n)
            {
                acc += new Vector<float>(tail[i..]) * new Vector<float>(query[i..]);
            }

            sum = Vector.Sum(acc);
        }

        for (var i = full; i < length; i++)
        {
            sum += tail[i] * query[i];
        }

        return sum;
    }
}
