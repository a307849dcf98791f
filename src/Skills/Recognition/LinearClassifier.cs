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

                for (var k = 0; k < x.Count; k++)
                {
                    var scale = -rate * x.Values[k];
                    if (active * 4 < model._stride)
                    {
                        // Late in training most probabilities are ~0: update only the classes that still move.
                        var row = model.Row(x.Indices[k]);
                        for (var a = 0; a < active; a++)
                        {
                            row[activeClasses[a]] += scale * logits[activeClasses[a]];
                        }
                    }
                    else
                    {
                        AddScaled(model.Row(x.Indices[k]), logits, scale);
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
        for (var k = 0; k < x.Count; k++)
        {
            AddScaled(output, Row(x.Indices[k]), x.Values[k]);
        }

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

    private Span<float> Row(int feature) => _weights.AsSpan(feature * _stride, _stride);

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
