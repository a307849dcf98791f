using ChatFlow.Skills.Recognition;

namespace ChatFlow.Skills.Tests.Recognition;

/// <summary>The linear models on vectors with a dense tail (the word-vector block, stored class-major).</summary>
public sealed class LinearClassifierTests
{
    private const int Classes = 70;
    private const int Sparse = 500;
    private const int Dense = 30;

    [Fact]
    public void TrainSvm_AnyNumberOfBlocks_GivesBitIdenticalModels()
    {
        var (vectors, labels) = Data();

        var logits = new[] { 1, 2, 3 }
            .Select(blocks => LinearClassifier.TrainSvm(vectors, labels, Classes, Sparse + Dense, Dense, cost: 1f,
                tolerance: 0.1f, maxPasses: 4, seed: 17, blocks: blocks))
            .Select(model => vectors.Take(50).SelectMany(v => Logits(model, v)).ToArray())
            .ToArray();

        Assert.Equal(logits[0], logits[1]);
        Assert.Equal(logits[0], logits[2]);
    }

    [Fact]
    public void Train_VectorsWithAndWithoutDenseTail_LearnTheirLabels()
    {
        var (vectors, labels) = Data();
        var svm = LinearClassifier.TrainSvm(vectors, labels, Classes, Sparse + Dense, Dense, 1f, 0.1f, 10, seed: 17);
        var softmax = LinearClassifier.TrainSoftmax(vectors, labels, Classes, Sparse + Dense, Dense, epochs: 10,
            learningRate: 4f, seed: 17);

        foreach (var model in new[] { svm, softmax })
        {
            var correct = vectors.Select((v, i) => ArgMax(Logits(model, v)) == labels[i]).Count(c => c);
            Assert.True(correct >= vectors.Count * 0.95, $"{correct} of {vectors.Count}");
        }
    }

    [Fact]
    public void Logits_DenseTailOfAnotherLength_Throws()
    {
        var (vectors, labels) = Data();
        var model = LinearClassifier.TrainSoftmax(vectors, labels, Classes, Sparse + Dense, Dense, 1, 1f, seed: 17);
        var wrong = new SparseVector([Sparse, Sparse + 1], [0.6f, 0.8f], Tail: 2);

        Assert.Throws<ArgumentException>(() => model.Logits(wrong, new float[model.BufferLength]));
    }

    /// <summary>Three examples per class: a few class-specific sparse features plus noise, and every other example a
    /// dense tail leaning towards the class.</summary>
    private static (List<SparseVector> Vectors, List<int> Labels) Data()
    {
        var random = new Random(5);
        var vectors = new List<SparseVector>();
        var labels = new List<int>();
        for (var i = 0; i < Classes * 3; i++)
        {
            var label = i % Classes;
            var sparse = new SortedDictionary<int, float>
            {
                [label] = 1f,
                [Classes + label] = 0.5f,
                [2 * Classes + random.Next(Sparse - (2 * Classes))] = 0.3f,
            };
            var tail = i % 2 == 0 ? Dense : 0;
            var indices = sparse.Keys.Concat(Enumerable.Range(Sparse, tail)).ToArray();
            var values = sparse.Values.Concat(Enumerable.Range(0, tail)
                .Select(d => (d == label % Dense ? 0.5f : 0f) + ((float)random.NextDouble() * 0.1f))).ToArray();
            var norm = MathF.Sqrt(values.Sum(v => v * v));
            vectors.Add(new SparseVector(indices, [.. values.Select(v => v / norm)], tail));
            labels.Add(label);
        }

        return (vectors, labels);
    }

    private static float[] Logits(LinearClassifier model, SparseVector x)
    {
        var logits = new float[model.BufferLength];
        model.Logits(x, logits);
        return logits[..Classes];
    }

    private static int ArgMax(float[] values) => Array.IndexOf(values, values.Max());
}
