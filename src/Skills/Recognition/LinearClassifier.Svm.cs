using System.Runtime.CompilerServices;

namespace ChatFlow.Skills.Recognition;

internal sealed partial class LinearClassifier
{
    /// <summary>Classes trained together by one thread: their weights for one feature fill 64-byte cache lines, so
    /// blocks on different threads never write to the same line.</summary>
    private const int SvmBlock = 32;

    /// <summary>Trains one-vs-rest L2-regularised linear SVMs with the squared hinge loss by dual coordinate descent
    /// (Hsieh et al., ICML 2008, https://www.csie.ntu.edu.tw/~cjlin/papers/cddual.pdf; liblinear's
    /// <c>solve_l2r_l1l2_svc</c>). The bias is an extra input fixed at 1 and regularised like the weights.</summary>
    /// <remarks>The classes are split into at most <paramref name="blocks"/> blocks (equal shares, rounded up to a
    /// multiple of <see cref="SvmBlock"/>) trained in parallel; each block reads every example's sparse rows again, so
    /// fewer blocks cost less CPU in all. Within a block the
    /// binary problems share one seeded visiting order and are stepped together: for each example the decision
    /// values of the block's classes come from one SIMD pass over its features, and only the classes whose dual
    /// variable moves update their weights. Each class's sequence of coordinate steps is exactly the one the
    /// per-class solver would take with that order, without shrinking. A block stops when every one of its classes'
    /// projected-gradient spread over a pass is within <paramref name="tolerance"/>, or after
    /// <paramref name="maxPasses"/> passes. Deterministic whatever the number of cores.</remarks>
    /// <param name="vectors">Training vectors.</param>
    /// <param name="labels">Class of each vector, 0..classes−1.</param>
    /// <param name="classes">Number of classes.</param>
    /// <param name="features">Size of the feature space.</param>
    /// <param name="denseFeatures">How many of the last features are the dense block (0 when there is none).</param>
    /// <param name="cost">The SVM's C (penalty of the squared hinge loss); each example's is scaled by its class's
    /// entry in <paramref name="classWeights"/>.</param>
    /// <param name="tolerance">Stopping tolerance on the projected gradient's spread (liblinear's eps).</param>
    /// <param name="maxPasses">Most passes over the examples.</param>
    /// <param name="seed">Seed of the visiting order.</param>
    /// <param name="classWeights">Per-class scale of the cost, or <c>null</c> for all 1.</param>
    /// <param name="blocks">Most blocks of classes trained in parallel (at least 1).</param>
    internal static LinearClassifier TrainSvm(
        IReadOnlyList<SparseVector> vectors, IReadOnlyList<int> labels, int classes, int features, int denseFeatures,
        float cost, float tolerance, int maxPasses, int seed, IReadOnlyList<float>? classWeights = null, int blocks = 2)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(blocks, 1);
        var model = new LinearClassifier(classes, features, denseFeatures);
        if (classes < 2 || vectors.Count == 0)
        {
            return model;
        }

        var squaredNorms = new float[vectors.Count];
        for (var i = 0; i < vectors.Count; i++)
        {
            foreach (var v in vectors[i].Values)
            {
                squaredNorms[i] += v * v;
            }
        }

        var size = Math.Max(SvmBlock, (((classes + blocks - 1) / blocks) + SvmBlock - 1) / SvmBlock * SvmBlock);
        Parallel.For(0, (classes + size - 1) / size, block =>
        {
            var from = block * size;
            var to = Math.Min(classes, from + size);
            model.TrainSvmBlock(vectors, labels, squaredNorms, from, to, cost, tolerance, maxPasses, seed, classWeights);
        });
        return model;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void TrainSvmBlock(
        IReadOnlyList<SparseVector> vectors, IReadOnlyList<int> labels, float[] squaredNorms, int from, int to,
        float cost, float tolerance, int maxPasses, int seed, IReadOnlyList<float>? classWeights)
    {
        var classes = to - from;
        var width = Math.Min(_stride - from, (to - from + SvmBlock - 1) / SvmBlock * SvmBlock);
        var count = vectors.Count;
        var alpha = new float[count * classes];
        var order = Enumerable.Range(0, count).ToArray();
        var random = new Random(seed);
        var decision = new float[width];
        var steps = new float[width];
        var moved = new int[classes];
        var dense = new float[_tailStride];
        var maxGradient = new float[classes];
        var minGradient = new float[classes];
        var bias = _bias.AsSpan(from, width);
        for (var pass = 0; pass < maxPasses; pass++)
        {
            Array.Fill(maxGradient, float.NegativeInfinity);
            Array.Fill(minGradient, float.PositiveInfinity);
            random.Shuffle(order);
            foreach (var i in order)
            {
                var x = vectors[i];
                var label = labels[i] - from;
                var diagonal = 0.5f / (cost * (classWeights?[labels[i]] ?? 1f));
                var squaredNorm = 1f + diagonal + squaredNorms[i];
                var sparse = x.Count - x.Tail;
                bias.CopyTo(decision);
                AccumulateRows(_weights, _stride, from, x.Indices.AsSpan(0, sparse), x.Values.AsSpan(0, sparse), decision);
                var hasTail = LoadTail(x, dense, 1f);
                if (hasTail)
                {
                    AddTailDots(_tail, _tailStride, from, dense, decision.AsSpan(0, classes));
                }

                var alphas = alpha.AsSpan(i * classes, classes);
                var active = 0;
                for (var c = 0; c < classes; c++)
                {
                    var y = label == c ? 1f : -1f;
                    var gradient = (y * decision[c]) - 1f + (diagonal * alphas[c]);
                    var projected = alphas[c] == 0f ? MathF.Min(gradient, 0f) : gradient;
                    maxGradient[c] = MathF.Max(maxGradient[c], projected);
                    minGradient[c] = MathF.Min(minGradient[c], projected);
                    steps[c] = 0f;
                    if (MathF.Abs(projected) > 1e-12f)
                    {
                        var old = alphas[c];
                        alphas[c] = MathF.Max(old - (gradient / squaredNorm), 0f);
                        steps[c] = (alphas[c] - old) * y;
                        moved[active++] = c;
                    }
                }

                if (active == 0)
                {
                    continue;
                }

                if (active * 4 < width)
                {
                    AddOuterSparse(_weights, _stride, from, x.Indices.AsSpan(0, sparse), x.Values.AsSpan(0, sparse), 1f, steps, moved.AsSpan(0, active));
                }
                else
                {
                    AddOuter(_weights, _stride, from, x.Indices.AsSpan(0, sparse), x.Values.AsSpan(0, sparse), 1f, steps);
                }

                for (var a = 0; hasTail && a < active; a++)
                {
                    AddScaled(TailRow(from + moved[a]), dense, steps[moved[a]]);
                }

                AddScaled(bias, steps, 1f);
            }

            var converged = true;
            for (var c = 0; c < classes && converged; c++)
            {
                converged = maxGradient[c] - minGradient[c] <= tolerance;
            }

            if (converged)
            {
                break;
            }
        }
    }
}
