using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ChatFlow.Skills.Recognition;

/// <summary>Multinomial logistic regression over sparse vectors, trained by plain SGD with a linearly decaying
/// learning rate and a fixed, seeded visiting order (deterministic). The weights of the sparse features are stored
/// feature-major with the classes contiguous, so one feature updates or scores every class in a few SIMD steps. The
/// dense block every vector ends with (the word vectors, see <see cref="SparseVector.Tail"/>) is stored class-major:
/// a class's score is one contiguous SIMD dot product and a step of the few classes that move is one contiguous SIMD
/// run each, instead of one scattered write per dense feature and class.</summary>
internal sealed partial class LinearClassifier
{
    /// <summary>Gradient entries smaller than this are skipped (they would move a weight by less than 1e-4 × rate).</summary>
    private const float SparseGradient = 1e-4f;

    private readonly float[] _weights;
    private readonly float[] _bias;
    private readonly int _stride;

    /// <summary>Weights of the dense block, <see cref="_tailStride"/> per class (zero-padded).</summary>
    private readonly float[] _tail;

    /// <summary>Index of the first dense feature.</summary>
    private readonly int _tailStart;

    private readonly int _tailLength;
    private readonly int _tailStride;

    private LinearClassifier(int classes, int features, int denseFeatures)
    {
        Classes = classes;
        _stride = RoundUp(classes);
        _tailStart = features - denseFeatures;
        _tailLength = denseFeatures;
        _tailStride = RoundUp(denseFeatures);
        _weights = new float[(long)_stride * _tailStart > int.MaxValue ? throw new InvalidOperationException("Too many features × classes.") : _stride * _tailStart];
        _tail = new float[classes * _tailStride];
        _bias = new float[_stride];
    }

    internal int Classes { get; }

    /// <summary>Trains on <paramref name="vectors"/> labelled <paramref name="labels"/> (0..classes−1); each example's
    /// steps are scaled by its class's entry in <paramref name="classWeights"/> (all 1 when <c>null</c>). The last
    /// <paramref name="denseFeatures"/> of the <paramref name="features"/> are the dense block (0 when there is
    /// none).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static LinearClassifier TrainSoftmax(
        IReadOnlyList<SparseVector> vectors, IReadOnlyList<int> labels, int classes, int features, int denseFeatures,
        int epochs, float learningRate, int seed, IReadOnlyList<float>? classWeights = null)
    {
        var model = new LinearClassifier(classes, features, denseFeatures);
        if (classes < 2 || vectors.Count == 0)
        {
            return model;
        }

        var order = Enumerable.Range(0, vectors.Count).ToArray();
        var random = new Random(seed);
        var logits = new float[model._stride];
        var gradient = new float[model._stride];
        var activeClasses = new int[classes];
        var dense = new float[model._tailStride];
        var total = (double)epochs * vectors.Count;
        var step = 0L;
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var i in order)
            {
                var rate = (float)(learningRate * (1.0 - step++ / total)) * (classWeights?[labels[i]] ?? 1f);
                var x = vectors[i];
                model.Logits(x, logits);
                Softmax(logits.AsSpan(0, classes));
                logits[labels[i]] -= 1f;
                var active = 0;
                for (var c = 0; c < classes; c++)
                {
                    if (MathF.Abs(logits[c]) > SparseGradient)
                    {
                        activeClasses[active++] = c;
                    }
                }

                var sparse = x.Count - x.Tail;
                var full = active * 4 >= model._stride;
                if (full)
                {
                    AddOuter(model._weights, model._stride, 0, x.Indices.AsSpan(0, sparse), x.Values.AsSpan(0, sparse), -rate, logits);
                }
                else
                {
                    // Late in training most probabilities are ~0: update only the classes that still move.
                    AddOuterSparse(model._weights, model._stride, 0, x.Indices.AsSpan(0, sparse), x.Values.AsSpan(0, sparse), -rate, logits, activeClasses.AsSpan(0, active));
                }

                if (model.LoadTail(x, dense, -rate))
                {
                    for (var a = 0; a < (full ? classes : active); a++)
                    {
                        var c = full ? a : activeClasses[a];
                        AddScaled(model.TailRow(c), dense, logits[c]);
                    }
                }

                AddScaled(model._bias, logits, -rate);
            }
        }

        return model;
    }

    /// <summary>Writes the class logits of <paramref name="x"/> into <paramref name="logits"/> (at least
    /// <see cref="Classes"/> long, rounded up to the SIMD width).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal void Logits(SparseVector x, Span<float> logits)
    {
        var output = logits[.._stride];
        _bias.CopyTo(output);
        var sparse = x.Count - x.Tail;
        AccumulateRows(_weights, _stride, 0, x.Indices.AsSpan(0, sparse), x.Values.AsSpan(0, sparse), output);
        if (x.Tail > 0)
        {
            Span<float> dense = stackalloc float[_tailStride];
            LoadTail(x, dense, 1f);
            AddTailDots(_tail, _tailStride, 0, dense, output[..Classes]);
        }

        output[Classes..].Clear();
    }

    /// <summary>Length a logits buffer needs.</summary>
    internal int BufferLength => _stride;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void Softmax(Span<float> values)
    {
        var max = float.NegativeInfinity;
        foreach (var v in values)
        {
            max = MathF.Max(max, v);
        }

        var sum = 0f;
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = MathF.Exp(values[i] - max);
            sum += values[i];
        }

        for (var i = 0; i < values.Length; i++)
        {
            values[i] /= sum;
        }
    }

    private Span<float> TailRow(int c) => _tail.AsSpan(c * _tailStride, _tailStride);

    /// <summary>Writes <paramref name="scale"/> × the dense block of <paramref name="x"/> into
    /// <paramref name="dense"/> (<see cref="_tailStride"/> long; its padding stays 0); false when
    /// <paramref name="x"/> has no dense block.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool LoadTail(SparseVector x, Span<float> dense, float scale)
    {
        if (x.Tail == 0)
        {
            return false;
        }

        var sparse = x.Count - x.Tail;
        if (x.Tail != _tailLength || x.Indices[sparse] != _tailStart)
        {
            throw new ArgumentException($"The dense block has {x.Tail} features from {x.Indices[sparse]}; the model's has {_tailLength} from {_tailStart}.", nameof(x));
        }

        var values = x.Values.AsSpan(sparse);
        for (var d = 0; d < values.Length; d++)
        {
            dense[d] = scale * values[d];
        }

        return true;
    }

    private static int RoundUp(int count) => (count + Vector<float>.Count - 1) / Vector<float>.Count * Vector<float>.Count;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AddScaled(Span<float> target, ReadOnlySpan<float> source, float scale)
    {
        var t = MemoryMarshal.Cast<float, Vector<float>>(target);
        var s = MemoryMarshal.Cast<float, Vector<float>>(source[..target.Length]);
        var factor = new Vector<float>(scale);
        for (var i = 0; i < t.Length; i++)
        {
            t[i] += s[i] * factor;
        }
    }
}
