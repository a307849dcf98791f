using System.Numerics;
using System.Runtime.InteropServices;

namespace ChatFlow.Skills.Recognition;

/// <summary>Multinomial logistic regression over sparse vectors, trained by plain SGD with a linearly decaying
/// learning rate and a fixed, seeded visiting order (deterministic). Weights are stored feature-major with the
/// classes contiguous, so one feature updates or scores every class in a few SIMD steps.</summary>
internal sealed partial class LinearClassifier
{
    /// <summary>Gradient entries smaller than this are skipped (they would move a weight by less than 1e-4 × rate).</summary>
    private const float SparseGradient = 1e-4f;

    private readonly float[] _weights;
    private readonly float[] _bias;
    private readonly int _stride;

    private LinearClassifier(int classes, int features)
    {
        Classes = classes;
        _stride = (classes + Vector<float>.Count - 1) / Vector<float>.Count * Vector<float>.Count;
        _weights = new float[(long)_stride * features > int.MaxValue ? throw new InvalidOperationException("Too many features × classes.") : _stride * features];
        _bias = new float[_stride];
    }

    internal int Classes { get; }

    /// <summary>Trains on <paramref name="vectors"/> labelled <paramref name="labels"/> (0..classes−1); each example's
    /// steps are scaled by its class's entry in <paramref name="classWeights"/> (all 1 when <c>null</c>).</summary>
    internal static LinearClassifier TrainSoftmax(
        IReadOnlyList<SparseVector> vectors, IReadOnlyList<int> labels, int classes, int features, int epochs,
        float learningRate, int seed, IReadOnlyList<float>? classWeights = null)
    {
        var model = new LinearClassifier(classes, features);
        if (classes < 2 || vectors.Count == 0)
        {
            return model;
        }

        var order = Enumerable.Range(0, vectors.Count).ToArray();
        var random = new Random(seed);
        var logits = new float[model._stride];
        var gradient = new float[model._stride];
        var activeClasses = new int[classes];
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

                if (active * 4 >= model._stride)
                {
                    AddOuter(model._weights, model._stride, 0, x.Indices, x.Values, -rate, logits);
                }
                else
                {
                    // Late in training most probabilities are ~0: update only the classes that still move. The
                    // word-vector rows, which every example has, take them as one masked SIMD row (the other
                    // classes add exactly 0) once that is fewer steps than one per class.
                    var sparse = x.Count - x.Tail;
                    var masked = active >= model._stride / Vector<float>.Count / 2 && x.Tail > 0;
                    var rows = masked ? sparse : x.Count;
                    AddOuterSparse(model._weights, model._stride, 0, x.Indices.AsSpan(0, rows), x.Values.AsSpan(0, rows), -rate, logits, activeClasses.AsSpan(0, active));
                    if (masked)
                    {
                        Array.Clear(gradient);
                        for (var a = 0; a < active; a++)
                        {
                            gradient[activeClasses[a]] = logits[activeClasses[a]];
                        }

                        AddOuter(model._weights, model._stride, 0, x.Indices.AsSpan(sparse), x.Values.AsSpan(sparse), -rate, gradient);
                    }
                }

                AddScaled(model._bias, logits, -rate);
            }
        }

        return model;
    }

    /// <summary>Writes the class logits of <paramref name="x"/> into <paramref name="logits"/> (at least
    /// <see cref="Classes"/> long, rounded up to the SIMD width).</summary>
    internal void Logits(SparseVector x, Span<float> logits)
    {
        var output = logits[.._stride];
        _bias.CopyTo(output);
        AccumulateRows(_weights, _stride, 0, x.Indices, x.Values, output);

        output[Classes..].Clear();
    }

    /// <summary>Length a logits buffer needs.</summary>
    internal int BufferLength => _stride;

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
