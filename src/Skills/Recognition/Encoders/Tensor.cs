using System.Numerics.Tensors;

namespace ChatFlow.Skills.Recognition.Encoders;

/// <summary>The dense operations a small Transformer needs, over row-major <c>float</c> matrices, vectorised with
/// <see cref="TensorPrimitives"/>.</summary>
internal static class Tensor
{
    /// <summary><paramref name="output"/> (n × m) = <paramref name="x"/> (n × k) · <paramref name="kernel"/> (k × m)
    /// + <paramref name="bias"/> (m). The kernel is read once, row by row, for all n rows of x.</summary>
    internal static void MatMul(ReadOnlySpan<float> x, int n, int k, float[] kernel, float[] bias, Span<float> output)
    {
        var m = bias.Length;
        for (var r = 0; r < n; r++)
        {
            bias.CopyTo(output.Slice(r * m, m));
        }

        for (var i = 0; i < k; i++)
        {
            var row = kernel.AsSpan(i * m, m);
            for (var r = 0; r < n; r++)
            {
                var a = x[(r * k) + i];
                if (a != 0f)
                {
                    var target = output.Slice(r * m, m);
                    TensorPrimitives.MultiplyAdd(row, a, target, target);
                }
            }
        }
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
            var mean = TensorPrimitives.Sum(row) / d;
            TensorPrimitives.Subtract(row, mean, target);
            var variance = TensorPrimitives.SumOfSquares(target) / d;
            var inverse = 1f / MathF.Sqrt(variance + epsilon);
            TensorPrimitives.Multiply(target, inverse, target);
            TensorPrimitives.MultiplyAdd(target, scale, bias, target);
        }

        return result;
    }

    /// <summary>Multi-head scaled dot-product self-attention over packed query, key and value rows
    /// (<paramref name="qkv"/>: n × 3d, each row q | k | v): <paramref name="heads"/> heads of d / heads, queries
    /// multiplied by <paramref name="queryScale"/>; returns the heads' outputs side by side (n × d).</summary>
    internal static float[] SelfAttention(float[] qkv, int n, int d, int heads, float queryScale)
    {
        var width = d / heads;
        var result = new float[n * d];
        var scores = new float[n];
        var query = new float[width];
        for (var h = 0; h < heads; h++)
        {
            for (var t = 0; t < n; t++)
            {
                TensorPrimitives.Multiply(qkv.AsSpan((t * 3 * d) + (h * width), width), queryScale, query);
                for (var s = 0; s < n; s++)
                {
                    scores[s] = TensorPrimitives.Dot(query, qkv.AsSpan((s * 3 * d) + d + (h * width), width));
                }

                var max = TensorPrimitives.Max(scores);
                TensorPrimitives.Subtract(scores, max, scores);
                TensorPrimitives.Exp(scores, scores);
                TensorPrimitives.Divide(scores, TensorPrimitives.Sum(scores), scores);
                var target = result.AsSpan((t * d) + (h * width), width);
                for (var s = 0; s < n; s++)
                {
                    TensorPrimitives.MultiplyAdd(qkv.AsSpan((s * 3 * d) + (2 * d) + (h * width), width), scores[s], target, target);
                }
            }
        }

        return result;
    }
}
