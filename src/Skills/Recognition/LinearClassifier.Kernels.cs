using System.Diagnostics;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ChatFlow.Skills.Recognition;

internal sealed partial class LinearClassifier
{
    /// <summary>Adds Σₖ values[k] · row(indices[k])[offset .. offset + output.Length] to <paramref name="output"/>,
    /// the rows in order, each product rounded before it is added (bit for bit what one <see cref="AddScaled"/> per
    /// row gives). The output stays in registers, eight SIMD vectors at a time, while the rows stream past, so each
    /// weight costs one load instead of two loads and a store.</summary>
    /// <param name="weights">Feature-major weights, <paramref name="stride"/> per feature.</param>
    /// <param name="stride">Floats per feature row.</param>
    /// <param name="offset">First class of the slice read from each row.</param>
    /// <param name="indices">Feature indices, all below weights.Length / stride.</param>
    /// <param name="values">Weight of each feature.</param>
    /// <param name="output">Receives the sums; its length is a multiple of the SIMD width.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AccumulateRows(
        float[] weights, int stride, int offset, ReadOnlySpan<int> indices, ReadOnlySpan<float> values, Span<float> output)
    {
        var n = Vector<float>.Count;
        var width = output.Length;
        Debug.Assert(width % n == 0 && offset + width <= stride && indices.Length == values.Length);
        ref var w = ref MemoryMarshal.GetArrayDataReference(weights);
        ref var o = ref MemoryMarshal.GetReference(output);
        var j = 0;
        for (; j + (8 * n) <= width; j += 8 * n)
        {
            Accumulate8(ref w, stride, offset + j, indices, values, ref Unsafe.Add(ref o, j));
        }

        for (; j + (4 * n) <= width; j += 4 * n)
        {
            Accumulate4(ref w, stride, offset + j, indices, values, ref Unsafe.Add(ref o, j));
        }

        for (; j < width; j += n)
        {
            Accumulate1(ref w, stride, offset + j, indices, values, ref Unsafe.Add(ref o, j));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Accumulate8(
        ref float weights, int stride, int offset, ReadOnlySpan<int> indices, ReadOnlySpan<float> values, ref float output)
    {
        var n = (nuint)Vector<float>.Count;
        var a0 = Vector.LoadUnsafe(ref output);
        var a1 = Vector.LoadUnsafe(ref output, n);
        var a2 = Vector.LoadUnsafe(ref output, 2 * n);
        var a3 = Vector.LoadUnsafe(ref output, 3 * n);
        var a4 = Vector.LoadUnsafe(ref output, 4 * n);
        var a5 = Vector.LoadUnsafe(ref output, 5 * n);
        var a6 = Vector.LoadUnsafe(ref output, 6 * n);
        var a7 = Vector.LoadUnsafe(ref output, 7 * n);
        for (var k = 0; k < indices.Length; k++)
        {
            ref var row = ref Unsafe.Add(ref weights, ((nint)indices[k] * stride) + offset);
            var v = new Vector<float>(values[k]);
            a0 += Vector.LoadUnsafe(ref row) * v;
            a1 += Vector.LoadUnsafe(ref row, n) * v;
            a2 += Vector.LoadUnsafe(ref row, 2 * n) * v;
            a3 += Vector.LoadUnsafe(ref row, 3 * n) * v;
            a4 += Vector.LoadUnsafe(ref row, 4 * n) * v;
            a5 += Vector.LoadUnsafe(ref row, 5 * n) * v;
            a6 += Vector.LoadUnsafe(ref row, 6 * n) * v;
            a7 += Vector.LoadUnsafe(ref row, 7 * n) * v;
        }

        a0.StoreUnsafe(ref output);
        a1.StoreUnsafe(ref output, n);
        a2.StoreUnsafe(ref output, 2 * n);
        a3.StoreUnsafe(ref output, 3 * n);
        a4.StoreUnsafe(ref output, 4 * n);
        a5.StoreUnsafe(ref output, 5 * n);
        a6.StoreUnsafe(ref output, 6 * n);
        a7.StoreUnsafe(ref output, 7 * n);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Accumulate4(
        ref float weights, int stride, int offset, ReadOnlySpan<int> indices, ReadOnlySpan<float> values, ref float output)
    {
        var n = (nuint)Vector<float>.Count;
        var a0 = Vector.LoadUnsafe(ref output);
        var a1 = Vector.LoadUnsafe(ref output, n);
        var a2 = Vector.LoadUnsafe(ref output, 2 * n);
        var a3 = Vector.LoadUnsafe(ref output, 3 * n);
        for (var k = 0; k < indices.Length; k++)
        {
            ref var row = ref Unsafe.Add(ref weights, ((nint)indices[k] * stride) + offset);
            var v = new Vector<float>(values[k]);
            a0 += Vector.LoadUnsafe(ref row) * v;
            a1 += Vector.LoadUnsafe(ref row, n) * v;
            a2 += Vector.LoadUnsafe(ref row, 2 * n) * v;
            a3 += Vector.LoadUnsafe(ref row, 3 * n) * v;
        }

        a0.StoreUnsafe(ref output);
        a1.StoreUnsafe(ref output, n);
        a2.StoreUnsafe(ref output, 2 * n);
        a3.StoreUnsafe(ref output, 3 * n);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Accumulate1(
        ref float weights, int stride, int offset, ReadOnlySpan<int> indices, ReadOnlySpan<float> values, ref float output)
    {
        var a0 = Vector.LoadUnsafe(ref output);
        for (var k = 0; k < indices.Length; k++)
        {
            a0 += Vector.LoadUnsafe(ref Unsafe.Add(ref weights, ((nint)indices[k] * stride) + offset)) * new Vector<float>(values[k]);
        }

        a0.StoreUnsafe(ref output);
    }

    /// <summary>For each feature k: row(indices[k])[offset + c] += (values[k] · <paramref name="scale"/>) ·
    /// gradient[c] for every c below gradient.Length (a multiple of the SIMD width).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AddOuter(
        float[] weights, int stride, int offset, ReadOnlySpan<int> indices, ReadOnlySpan<float> values, float scale,
        ReadOnlySpan<float> gradient)
    {
        var n = Vector<float>.Count;
        Debug.Assert(gradient.Length % n == 0 && offset + gradient.Length <= stride);
        ref var w = ref MemoryMarshal.GetArrayDataReference(weights);
        ref var g = ref MemoryMarshal.GetReference(gradient);
        for (var k = 0; k < indices.Length; k++)
        {
            ref var row = ref Unsafe.Add(ref w, ((nint)indices[k] * stride) + offset);
            var factor = new Vector<float>(scale * values[k]);
            for (nuint i = 0; i < (nuint)gradient.Length; i += (nuint)n)
            {
                (Vector.LoadUnsafe(ref row, i) + (Vector.LoadUnsafe(ref g, i) * factor)).StoreUnsafe(ref row, i);
            }
        }
    }

    /// <summary>For each feature k and each of the <paramref name="classes"/>: row(indices[k])[offset + class] +=
    /// (values[k] · <paramref name="scale"/>) · gradient[class].</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AddOuterSparse(
        float[] weights, int stride, int offset, ReadOnlySpan<int> indices, ReadOnlySpan<float> values, float scale,
        ReadOnlySpan<float> gradient, ReadOnlySpan<int> classes)
    {
        ref var w = ref MemoryMarshal.GetArrayDataReference(weights);
        for (var k = 0; k < indices.Length; k++)
        {
            ref var row = ref Unsafe.Add(ref w, ((nint)indices[k] * stride) + offset);
            var factor = scale * values[k];
            foreach (var c in classes)
            {
                Debug.Assert(c >= 0 && offset + c < stride);
                Unsafe.Add(ref row, c) += factor * gradient[c];
            }
        }
    }

    /// <summary>output[c] += tail row (first + c) · <paramref name="dense"/> for every c below output.Length: four
    /// class-major rows at a time against one load of the dense vector.</summary>
    /// <param name="tail">Class-major weights, <paramref name="stride"/> per class.</param>
    /// <param name="stride">Floats per class row, a multiple of the SIMD width.</param>
    /// <param name="first">Class of output[0].</param>
    /// <param name="dense">The dense block, <paramref name="stride"/> long (zero-padded).</param>
    /// <param name="output">Receives the sums.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AddTailDots(float[] tail, int stride, int first, ReadOnlySpan<float> dense, Span<float> output)
    {
        var n = (nuint)Vector<float>.Count;
        Debug.Assert(dense.Length == stride && stride % (int)n == 0 && (first + output.Length) * stride <= tail.Length);
        ref var x = ref MemoryMarshal.GetReference(dense);
        ref var rows = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(tail), (nint)first * stride);
        var c = 0;
        for (; c + 4 <= output.Length; c += 4)
        {
            ref var r0 = ref Unsafe.Add(ref rows, (nint)c * stride);
            ref var r1 = ref Unsafe.Add(ref r0, stride);
            ref var r2 = ref Unsafe.Add(ref r1, stride);
            ref var r3 = ref Unsafe.Add(ref r2, stride);
            Vector<float> a0 = default, a1 = default, a2 = default, a3 = default;
            for (nuint i = 0; i < (nuint)stride; i += n)
            {
                var v = Vector.LoadUnsafe(ref x, i);
                a0 += Vector.LoadUnsafe(ref r0, i) * v;
                a1 += Vector.LoadUnsafe(ref r1, i) * v;
                a2 += Vector.LoadUnsafe(ref r2, i) * v;
                a3 += Vector.LoadUnsafe(ref r3, i) * v;
            }

            output[c] += Vector.Sum(a0);
            output[c + 1] += Vector.Sum(a1);
            output[c + 2] += Vector.Sum(a2);
            output[c + 3] += Vector.Sum(a3);
        }

        for (; c < output.Length; c++)
        {
            ref var r = ref Unsafe.Add(ref rows, (nint)c * stride);
            Vector<float> a = default;
            for (nuint i = 0; i < (nuint)stride; i += n)
            {
                a += Vector.LoadUnsafe(ref r, i) * Vector.LoadUnsafe(ref x, i);
            }

            output[c] += Vector.Sum(a);
        }
    }
}
