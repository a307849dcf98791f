using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace ChatFlow.Skills.Recognition.Encoders;

/// <summary>The dense operations a small Transformer needs, over row-major <c>float</c> matrices, vectorised with
/// <see cref="TensorPrimitives"/>.</summary>
internal static class Tensor
{
    /// <summary>Width of a kernel panel: <see cref="Pack"/> stores a k × m kernel as m / 32 panels of k × 32, each
    /// contiguous, so <see cref="MatMul"/> reads a panel front to back.</summary>
    internal const int Panel = 32;

    /// <summary>The k × m row-major <paramref name="kernel"/> as panels of <see cref="Panel"/> columns (m must be a
    /// multiple of it).</summary>
    /// <exception cref="InvalidDataException">m is not a multiple of <see cref="Panel"/>.</exception>
    internal static float[] Pack(float[] kernel, int k, int m)
    {
        if (m % Panel != 0 || kernel.Length != k * m)
        {
            throw new InvalidDataException($"A kernel of {kernel.Length} numbers is not {k} × {m} with {m} a multiple of {Panel}.");
        }

        var packed = new float[kernel.Length];
        for (var c = 0; c < m; c += Panel)
        {
            for (var i = 0; i < k; i++)
            {
                kernel.AsSpan((i * m) + c, Panel).CopyTo(packed.AsSpan((c * k) + (i * Panel), Panel));
            }
        }

        return packed;
    }

    /// <summary><paramref name="output"/> (n × m) = <paramref name="x"/> (n × k) · kernel (k × m, packed by
    /// <see cref="Pack"/>) + <paramref name="bias"/> (m). With AVX2 and FMA, blocks of 4 rows × 32 columns are
    /// accumulated in registers over all of k (a panel is read once per 4 rows); otherwise with
    /// <see cref="TensorPrimitives"/>.</summary>
    internal static void MatMul(ReadOnlySpan<float> x, int n, int k, float[] packed, float[] bias, Span<float> output)
    {
        var m = bias.Length;
        if (Fma.IsSupported && Avx.IsSupported)
        {
            var rows = n - (n % 4);
            for (var c = 0; c < m; c += Panel)
            {
                for (var r = 0; r < rows; r += 4)
                {
                    Block4(x, r, k, packed, bias, output, m, c);
                }

                for (var r = rows; r < n; r++)
                {
                    Block1(x, r, k, packed, bias, output, m, c);
                }
            }

            return;
        }

        for (var r = 0; r < n; r++)
        {
            var target = output.Slice(r * m, m);
            bias.CopyTo(target);
            for (var c = 0; c < m; c += Panel)
            {
                var block = target.Slice(c, Panel);
                for (var i = 0; i < k; i++)
                {
                    TensorPrimitives.MultiplyAdd(packed.AsSpan((c * k) + (i * Panel), Panel), x[(r * k) + i], block, block);
                }
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Block4(ReadOnlySpan<float> x, int r, int k, float[] kernel, float[] bias, Span<float> output, int m, int c)
    {
        ref var px = ref MemoryMarshal.GetReference(x);
        ref var pw = ref MemoryMarshal.GetArrayDataReference(kernel);
        ref var pb = ref MemoryMarshal.GetArrayDataReference(bias);
        var b0 = Vector256.LoadUnsafe(ref pb, (nuint)c);
        var b1 = Vector256.LoadUnsafe(ref pb, (nuint)(c + 8));
        var b2 = Vector256.LoadUnsafe(ref pb, (nuint)(c + 16));
        var b3 = Vector256.LoadUnsafe(ref pb, (nuint)(c + 24));
        Vector256<float> a00 = b0, a01 = b1, a02 = b2, a03 = b3, a10 = b0, a11 = b1, a12 = b2, a13 = b3;
        Vector256<float> a20 = b0, a21 = b1, a22 = b2, a23 = b3, a30 = b0, a31 = b1, a32 = b2, a33 = b3;
        ref var x0 = ref Unsafe.Add(ref px, r * k);
        ref var x1 = ref Unsafe.Add(ref x0, k);
        ref var x2 = ref Unsafe.Add(ref x1, k);
        ref var x3 = ref Unsafe.Add(ref x2, k);
        var w = (nuint)(c * k);
        for (var i = 0; i < k; i++, w += Panel)
        {
            var w0 = Vector256.LoadUnsafe(ref pw, w);
            var w1 = Vector256.LoadUnsafe(ref pw, w + 8);
            var w2 = Vector256.LoadUnsafe(ref pw, w + 16);
            var w3 = Vector256.LoadUnsafe(ref pw, w + 24);
            var v = Vector256.Create(Unsafe.Add(ref x0, i));
            a00 = Fma.MultiplyAdd(w0, v, a00);
            a01 = Fma.MultiplyAdd(w1, v, a01);
            a02 = Fma.MultiplyAdd(w2, v, a02);
            a03 = Fma.MultiplyAdd(w3, v, a03);
            v = Vector256.Create(Unsafe.Add(ref x1, i));
            a10 = Fma.MultiplyAdd(w0, v, a10);
            a11 = Fma.MultiplyAdd(w1, v, a11);
            a12 = Fma.MultiplyAdd(w2, v, a12);
            a13 = Fma.MultiplyAdd(w3, v, a13);
            v = Vector256.Create(Unsafe.Add(ref x2, i));
            a20 = Fma.MultiplyAdd(w0, v, a20);
            a21 = Fma.MultiplyAdd(w1, v, a21);
            a22 = Fma.MultiplyAdd(w2, v, a22);
            a23 = Fma.MultiplyAdd(w3, v, a23);
            v = Vector256.Create(Unsafe.Add(ref x3, i));
            a30 = Fma.MultiplyAdd(w0, v, a30);
            a31 = Fma.MultiplyAdd(w1, v, a31);
            a32 = Fma.MultiplyAdd(w2, v, a32);
            a33 = Fma.MultiplyAdd(w3, v, a33);
        }

        Store(output, (r * m) + c, a00, a01, a02, a03);
        Store(output, ((r + 1) * m) + c, a10, a11, a12, a13);
        Store(output, ((r + 2) * m) + c, a20, a21, a22, a23);
        Store(output, ((r + 3) * m) + c, a30, a31, a32, a33);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Block1(ReadOnlySpan<float> x, int r, int k, float[] kernel, float[] bias, Span<float> output, int m, int c)
    {
        ref var pw = ref MemoryMarshal.GetArrayDataReference(kernel);
        ref var pb = ref MemoryMarshal.GetArrayDataReference(bias);
        var a0 = Vector256.LoadUnsafe(ref pb, (nuint)c);
        var a1 = Vector256.LoadUnsafe(ref pb, (nuint)(c + 8));
        var a2 = Vector256.LoadUnsafe(ref pb, (nuint)(c + 16));
        var a3 = Vector256.LoadUnsafe(ref pb, (nuint)(c + 24));
        ref var x0 = ref Unsafe.Add(ref MemoryMarshal.GetReference(x), r * k);
        var w = (nuint)(c * k);
        for (var i = 0; i < k; i++, w += Panel)
        {
            var v = Vector256.Create(Unsafe.Add(ref x0, i));
            a0 = Fma.MultiplyAdd(Vector256.LoadUnsafe(ref pw, w), v, a0);
            a1 = Fma.MultiplyAdd(Vector256.LoadUnsafe(ref pw, w + 8), v, a1);
            a2 = Fma.MultiplyAdd(Vector256.LoadUnsafe(ref pw, w + 16), v, a2);
            a3 = Fma.MultiplyAdd(Vector256.LoadUnsafe(ref pw, w + 24), v, a3);
        }

        Store(output, (r * m) + c, a0, a1, a2, a3);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Store(Span<float> output, int offset, Vector256<float> a0, Vector256<float> a1, Vector256<float> a2, Vector256<float> a3)
    {
        ref var target = ref Unsafe.Add(ref MemoryMarshal.GetReference(output), offset);
        a0.StoreUnsafe(ref target);
        a1.StoreUnsafe(ref target, 8);
        a2.StoreUnsafe(ref target, 16);
        a3.StoreUnsafe(ref target, 24);
    }

    /// <summary>Layer normalisation of each of the <paramref name="n"/> rows of width <paramref name="d"/>:
    /// scale · (x − mean) / √(variance + ε) + bias.</summary>
    internal static float[] LayerNorm(float[] x, int n, int d, float[] scale, float[] bias, float epsilon)
    {
        var result = new float[n * d];
        for (var r = 0; r < n; r++)
        {
            var row = x.AsSpan(r * d, d);
            var target = result.AsSpan(r * d, d);
            var mean = Sum(row) / d;
            TensorPrimitives.Subtract(row, mean, target);
            var variance = Dot(target, target) / d;
            var inverse = 1f / MathF.Sqrt(variance + epsilon);
            TensorPrimitives.Multiply(target, inverse, target);
            TensorPrimitives.MultiplyAdd(target, scale, bias, target);
        }

        return result;
    }

    /// <summary>Multi-head scaled dot-product self-attention over packed query, key and value rows
    /// (<paramref name="qkv"/>: n × 3d, each row q | k | v), each text's rows (<paramref name="texts"/>: first row
    /// and count) attending only to each other: <paramref name="heads"/> heads of d / heads, queries multiplied by
    /// <paramref name="queryScale"/>; returns the heads' outputs side by side (n × d).</summary>
    internal static float[] SelfAttention(float[] qkv, (int Start, int Length)[] texts, int d, int heads, float queryScale)
    {
        var width = d / heads;
        var n = texts.Length == 0 ? 0 : texts[^1].Start + texts[^1].Length;
        var result = new float[n * d];
        var query = new float[width];
        foreach (var (first, length) in texts)
        {
            var scores = new float[length];
            for (var h = 0; h < heads; h++)
            {
                for (var t = first; t < first + length; t++)
                {
                    TensorPrimitives.Multiply(qkv.AsSpan((t * 3 * d) + (h * width), width), queryScale, query);
                    for (var s = 0; s < length; s++)
                    {
                        scores[s] = Dot(query, qkv.AsSpan(((first + s) * 3 * d) + d + (h * width), width));
                    }

                    var max = TensorPrimitives.Max(scores);
                    TensorPrimitives.Subtract(scores, max, scores);
                    TensorPrimitives.Exp(scores, scores);
                    TensorPrimitives.Divide(scores, Sum(scores), scores);
                    var target = result.AsSpan((t * d) + (h * width), width);
                    for (var s = 0; s < length; s++)
                    {
                        TensorPrimitives.MultiplyAdd(qkv.AsSpan(((first + s) * 3 * d) + (2 * d) + (h * width), width), scores[s], target, target);
                    }
                }
            }
        }

        return result;
    }

    /// <summary>Σ aᵢbᵢ in a fixed order (eight lanes from the first element, lanes added pairwise, then the rest one by
    /// one), so a text's vector is the same bit for bit wherever the arrays lie in memory (a library reduction may
    /// split the work by the address's alignment).</summary>
    internal static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var sum = Vector256<float>.Zero;
        var i = 0;
        for (; i <= a.Length - 8; i += 8)
        {
            sum += Vector256.Create(a.Slice(i, 8)) * Vector256.Create(b.Slice(i, 8));
        }

        var total = Lanes(sum);
        for (; i < a.Length; i++)
        {
            total += a[i] * b[i];
        }

        return total;
    }

    /// <summary>Σ aᵢ in the fixed order of <see cref="Dot"/>.</summary>
    internal static float Sum(ReadOnlySpan<float> a)
    {
        var sum = Vector256<float>.Zero;
        var i = 0;
        for (; i <= a.Length - 8; i += 8)
        {
            sum += Vector256.Create(a.Slice(i, 8));
        }

        var total = Lanes(sum);
        for (; i < a.Length; i++)
        {
            total += a[i];
        }

        return total;
    }

    private static float Lanes(Vector256<float> v) =>
        ((v[0] + v[4]) + (v[1] + v[5])) + ((v[2] + v[6]) + (v[3] + v[7]));
}
