using System.Runtime.InteropServices;

namespace ChatFlow.Skills.Recognition;

/// <summary>The vocabulary and inverse document frequencies learnt from the training utterances, and the mapping
/// of any utterance to a TF-IDF vector (sublinear tf; character and word blocks each L2-normalised, then the
/// whole vector). Features never seen in training have no index but still count in the norms, so an utterance made
/// of unknown words is far from every example. With <see cref="WordVectors"/>, the pooled word vectors of the
/// utterance (see <see cref="TextFeatures.PoolWordVectors"/>) follow as a dense block of length β (the
/// word-vector weight) and the sparse blocks share the rest, √(1 − β²), so the whole stays a unit vector.</summary>
internal sealed class FeatureSpace
{
    private readonly Dictionary<ulong, int> _index;
    private readonly float[] _idf;
    private readonly float _unseenIdf;
    private readonly WordVectors? _wordVectors;
    private readonly float _vectorWeight;

    private FeatureSpace(Dictionary<ulong, int> index, float[] idf, float unseenIdf, WordVectors? wordVectors, float vectorWeight)
    {
        _index = index;
        _idf = idf;
        _unseenIdf = unseenIdf;
        _wordVectors = wordVectors;
        _vectorWeight = wordVectors is null ? 0f : vectorWeight;
    }

    /// <summary>Number of features with an index (the word-vector block's dimensions included).</summary>
    internal int Count => _idf.Length + ((_wordVectors?.Dimensions ?? 0) * TextFeatures.PooledBlocks);

    /// <summary>Learns the vocabulary from <paramref name="documents"/>; <paramref name="background"/> only adds to
    /// the document frequencies (generic phrasing weighs less), never to the vocabulary. <paramref name="vectors"/>
    /// receives the vector of each document (as <see cref="Transform"/> would give; the texts are hashed once, in
    /// parallel).</summary>
    internal static FeatureSpace Fit(IReadOnlyList<string> documents, IReadOnlyList<string> background, out SparseVector[] vectors,
        WordVectors? wordVectors = null, float vectorWeight = 0f)
    {
        var hashed = new Hashed[documents.Count];
        Parallel.For(0, documents.Count, i => hashed[i] = Hashed.Of(documents[i], wordVectors));
        var index = new Dictionary<ulong, int>();
        var df = new List<int>();
        var seen = new HashSet<ulong>();
        foreach (var document in hashed)
        {
            seen.Clear();
            foreach (var feature in document.All())
            {
                if (!seen.Add(feature))
                {
                    continue;
                }

                if (index.TryGetValue(feature, out var i))
                {
                    df[i]++;
                }
                else
                {
                    index[feature] = df.Count;
                    df.Add(1);
                }
            }
        }

        foreach (var document in background)
        {
            seen.Clear();
            foreach (var feature in Hashed.Of(document, null).All())
            {
                if (seen.Add(feature) && index.TryGetValue(feature, out var i))
                {
                    df[i]++;
                }
            }
        }

        var n = documents.Count + background.Count;
        var idf = new float[df.Count];
        for (var i = 0; i < idf.Length; i++)
        {
            idf[i] = (float)(Math.Log((n + 1.0) / (df[i] + 1.0)) + 1.0);
        }

        var space = new FeatureSpace(index, idf, (float)(Math.Log(n + 1.0) + 1.0), wordVectors, vectorWeight);
        var result = new SparseVector[hashed.Length];
        Parallel.For(0, hashed.Length, i => result[i] = space.Vectorize(hashed[i]));
        vectors = result;
        return space;
    }

    /// <summary>The normalised vector of <paramref name="text"/>; empty when it has no known feature.</summary>
    internal SparseVector Transform(string text) => Vectorize(Hashed.Of(text, _wordVectors));

    private SparseVector Vectorize(Hashed hashed)
    {
        var known = new List<(int Index, float Weight)>(hashed.Characters.Count + hashed.Words.Count + hashed.Values.Count);
        var characterNorm = Weigh(hashed.Characters, known, countUnknown: true) + Weigh(hashed.Values, known, countUnknown: false)
            + Weigh(hashed.Function, known, countUnknown: true, FunctionWeight);
        var characterEnd = known.Count;
        var wordNorm = Weigh(hashed.Words, known, countUnknown: true);
        if (known.Count == 0)
        {
            return SparseVector.Empty;
        }

        var blocks = (characterNorm > 0 ? 1 : 0) + (wordNorm > 0 ? 1 : 0);
        var dense = hashed.Dense;
        var denseNorm = 0f;
        if (dense is not null)
        {
            foreach (var v in dense)
            {
                denseNorm += v * v;
            }
        }

        var sparseShare = denseNorm > 0 ? MathF.Sqrt(1f - (_vectorWeight * _vectorWeight)) : 1f;
        var characterScale = characterNorm > 0 ? sparseShare / MathF.Sqrt(characterNorm * blocks) : 0f;
        var wordScale = wordNorm > 0 ? sparseShare / MathF.Sqrt(wordNorm * blocks) : 0f;
        var entries = CollectionsMarshal.AsSpan(known);
        for (var i = 0; i < entries.Length; i++)
        {
            entries[i].Weight *= i < characterEnd ? characterScale : wordScale;
        }

        // A value word's gram can also occur in another word: merge the two entries.
        entries.Sort(static (a, b) => a.Index.CompareTo(b.Index));
        var distinct = 0;
        for (var i = 0; i < entries.Length; i++)
        {
            if (distinct > 0 && entries[distinct - 1].Index == entries[i].Index)
            {
                entries[distinct - 1].Weight += entries[i].Weight;
            }
            else
            {
                entries[distinct++] = entries[i];
            }
        }

        var denseCount = denseNorm > 0 ? dense!.Length : 0;
        var indices = new int[distinct + denseCount];
        var weights = new float[distinct + denseCount];
        for (var i = 0; i < distinct; i++)
        {
            indices[i] = entries[i].Index;
            weights[i] = entries[i].Weight;
        }

        if (denseCount > 0)
        {
            var denseScale = _vectorWeight / MathF.Sqrt(denseNorm);
            for (var d = 0; d < denseCount; d++)
            {
                indices[distinct + d] = _idf.Length + d;
                weights[distinct + d] = dense![d] * denseScale;
            }
        }

        return new SparseVector(indices, weights, denseCount);
    }

    /// <summary>Scale of the function words' character grams (see <see cref="TextFeatures.Hash"/>): 1 would let
    /// "I need a new laptop" match "I need to add a new supplier"; 0.5 cost OOS recall on CLINC150.</summary>
    private const float FunctionWeight = 0.7f;

    /// <summary>Adds the known features of one block with their sublinear TF-IDF weight times
    /// <paramref name="scale"/>; returns the block's squared norm, unknown features included when
    /// <paramref name="countUnknown"/> (slot values do not count against).</summary>

    private float Weigh(List<ulong> hashes, List<(int Index, float Weight)> known, bool countUnknown, float scale = 1f)
    {
        var span = CollectionsMarshal.AsSpan(hashes);
        span.Sort();
        var norm = 0f;
        var i = 0;
        while (i < span.Length)
        {
            var j = i + 1;
            while (j < span.Length && span[j] == span[i])
            {
                j++;
            }

            var tf = 1f + MathF.Log(j - i);
            if (_index.TryGetValue(span[i], out var index))
            {
                var weight = tf * _idf[index] * scale;
                known.Add((index, weight));
                norm += weight * weight;
            }
            else if (countUnknown)
            {
                var weight = tf * _unseenIdf * scale;
                norm += weight * weight;
            }

            i = j;
        }

        return norm;
    }

    /// <summary>The hashed features of one text by block (see <see cref="TextFeatures.Hash"/>).</summary>
    private sealed record Hashed(List<ulong> Characters, List<ulong> Words, List<ulong> Values, List<ulong> Function)
    {
        /// <summary>The pooled word vectors of the text (see <see cref="TextFeatures.PoolWordVectors"/>), or <c>null</c>.</summary>
        internal float[]? Dense { get; private init; }

        internal static Hashed Of(string text, WordVectors? wordVectors)
        {
            var normalized = TextFeatures.Normalize(text);
            var valueWords = normalized.Length == 0 ? null : TextFeatures.ValueWords(text);
            var hashed = new Hashed(new List<ulong>(256), new List<ulong>(32), [], new List<ulong>(64))
            {
                Dense = wordVectors is null ? null : TextFeatures.PoolWordVectors(normalized, valueWords, wordVectors),
            };
            TextFeatures.Hash(normalized, valueWords, hashed.Characters, hashed.Words, hashed.Values, hashed.Function);
            return hashed;
        }

        internal IEnumerable<ulong> All() => Characters.Concat(Words).Concat(Values).Concat(Function);
    }
}
