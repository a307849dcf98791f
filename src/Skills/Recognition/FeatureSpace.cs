using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ChatFlow.Skills.Recognition;

/// <summary>The vocabulary and inverse document frequencies learnt from the training utterances, and the mapping
/// of any utterance to a TF-IDF vector (sublinear tf; character and word blocks each L2-normalised, then the
/// whole vector). Features never seen in training have no index but still count in the norms, so an utterance made
/// of unknown words is far from every example. With word vectors or a sentence encoder, the utterance's
/// <see cref="DenseFeatures"/> follow as a dense block of length β (<see cref="DenseFeatures.Weight"/>) and the sparse
/// blocks share the rest, √(1 − β²), so the whole stays a unit vector.</summary>
internal sealed class FeatureSpace
{
    private readonly FeatureIndex _index;
    private readonly float[] _idf;
    private readonly float _unseenIdf;
    private readonly DenseFeatures? _dense;
    private readonly float _vectorWeight;

    private FeatureSpace(FeatureIndex index, float[] idf, float unseenIdf, DenseFeatures? dense)
    {
        _index = index;
        _idf = idf;
        _unseenIdf = unseenIdf;
        _dense = dense;
        _vectorWeight = dense?.Weight ?? 0f;
    }

    /// <summary>Number of features with an index (the word-vector block's dimensions included).</summary>
    internal int Count => _idf.Length + DenseCount;

    /// <summary>Number of the last features that form the dense block (0 without word vectors or sentence encoder).</summary>
    internal int DenseCount => _dense?.Count ?? 0;

    /// <summary>Learns the vocabulary from <paramref name="documents"/>; <paramref name="background"/> only adds to
    /// the document frequencies (generic phrasing weighs less), never to the vocabulary. <paramref name="vectors"/>
    /// receives the vector of each document (as <see cref="Transform"/> would give; the texts are hashed once, in
    /// parallel).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static FeatureSpace Fit(IReadOnlyList<string> documents, IReadOnlyList<string> background, out SparseVector[] vectors,
        DenseFeatures? dense = null)
    {
        var hashed = new Hashed[documents.Count];
        var distinct = new ulong[documents.Count][];
        var encoded = dense?.EncodeAll(documents);
        Parallel.For(0, documents.Count, i =>
        {
            hashed[i] = Hashed.Of(documents[i], dense, encoded?[i]);
            distinct[i] = hashed[i].Distinct();
        });
        var index = new FeatureIndex(1 << 16);
        var df = new List<int>();
        foreach (var features in distinct)
        {
            foreach (var feature in features)
            {
                var i = index.GetOrAdd(feature, out var added);
                if (added)
                {
                    df.Add(1);
                }
                else
                {
                    df[i]++;
                }
            }
        }

        foreach (var document in background)
        {
            foreach (var feature in Hashed.Of(document, null, null).Distinct())
            {
                if (index.TryGetValue(feature, out var i))
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

        var space = new FeatureSpace(index, idf, (float)(Math.Log(n + 1.0) + 1.0), dense);
        var result = new SparseVector[hashed.Length];
        Parallel.For(0, hashed.Length, i => result[i] = space.Vectorize(hashed[i]));
        vectors = result;
        return space;
    }

    /// <summary>The normalised vector of <paramref name="text"/>; empty when it has no known feature.</summary>
    /// <remarks>The sentence encoder's vector of the text comes in as <paramref name="encoded"/> (see
    /// <see cref="Encode"/>), so a variant of an utterance (without its slot values) reuses the utterance's.</remarks>
    internal SparseVector Transform(string text, float[]? encoded) => Vectorize(Hashed.Of(text, _dense, encoded));

    /// <summary>The vectors of many <paramref name="texts"/> (the sentence encoder's work shared, in parallel).</summary>
    internal SparseVector[] TransformAll(IReadOnlyList<string> texts)
    {
        var encoded = _dense?.EncodeAll(texts);
        var result = new SparseVector[texts.Count];
        Parallel.For(0, texts.Count, i => result[i] = Vectorize(Hashed.Of(texts[i], _dense, encoded?[i])));
        return result;
    }

    /// <summary>The sentence encoder's vector of <paramref name="text"/>, or <c>null</c> (no encoder, a text it does
    /// not cover).</summary>
    internal float[]? Encode(string text) => _dense?.Encode(text);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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

        // A value word's gram can also occur in another word: merge the two entries. The entries are ordered by index,
        // ties in the order they were found (index and position packed in one key; a stable sort).
        Span<ulong> order = entries.Length <= 512 ? stackalloc ulong[entries.Length] : new ulong[entries.Length];
        for (var i = 0; i < entries.Length; i++)
        {
            order[i] = ((ulong)(uint)entries[i].Index << 32) | (uint)i;
        }

        KeySort.Sort(order);
        var distinct = 0;
        for (var i = 0; i < order.Length; i++)
        {
            distinct += i == 0 || order[i] >> 32 != order[i - 1] >> 32 ? 1 : 0;
        }

        var denseCount = denseNorm > 0 ? dense!.Length : 0;
        var indices = new int[distinct + denseCount];
        var weights = new float[distinct + denseCount];
        var filled = 0;
        for (var i = 0; i < order.Length; i++)
        {
            var weight = entries[(int)(uint)order[i]].Weight;
            if (i > 0 && order[i] >> 32 == order[i - 1] >> 32)
            {
                weights[filled - 1] += weight;
            }
            else
            {
                indices[filled] = (int)(order[i] >> 32);
                weights[filled++] = weight;
            }
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
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private float Weigh(List<ulong> hashes, List<(int Index, float Weight)> known, bool countUnknown, float scale = 1f)
    {
        var span = CollectionsMarshal.AsSpan(hashes);
        KeySort.Sort(span);
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
        /// <summary>The dense features of the text (see <see cref="DenseFeatures.Of"/>), or <c>null</c>.</summary>
        internal float[]? Dense { get; private init; }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        internal static Hashed Of(string text, DenseFeatures? dense, float[]? encoded)
        {
            var normalized = TextFeatures.Normalize(text);
            var valueWords = normalized.Length == 0 ? null : TextFeatures.ValueWords(text);
            var hashed = new Hashed(new List<ulong>(256), new List<ulong>(32), [], new List<ulong>(64))
            {
                Dense = dense?.Of(normalized, valueWords, encoded),
            };
            TextFeatures.Hash(normalized, valueWords, hashed.Characters, hashed.Words, hashed.Values, hashed.Function);
            return hashed;
        }

        /// <summary>Every feature of the text once, in ascending order.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        internal ulong[] Distinct()
        {
            var all = new ulong[Characters.Count + Words.Count + Values.Count + Function.Count];
            var span = all.AsSpan();
            CollectionsMarshal.AsSpan(Characters).CopyTo(span);
            CollectionsMarshal.AsSpan(Words).CopyTo(span[Characters.Count..]);
            CollectionsMarshal.AsSpan(Values).CopyTo(span[(Characters.Count + Words.Count)..]);
            CollectionsMarshal.AsSpan(Function).CopyTo(span[(Characters.Count + Words.Count + Values.Count)..]);
            KeySort.Sort(span);
            var count = 0;
            for (var i = 0; i < span.Length; i++)
            {
                if (count == 0 || span[i] != span[count - 1])
                {
                    span[count++] = span[i];
                }
            }

            return count == all.Length ? all : all[..count];
        }
    }
}
