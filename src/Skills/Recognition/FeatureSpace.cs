using System.Runtime.InteropServices;

namespace ChatFlow.Skills.Recognition;

/// <summary>The vocabulary and inverse document frequencies learnt from the training utterances, and the mapping
/// of any utterance to a TF-IDF vector (sublinear tf; character and word blocks each L2-normalised, then the
/// whole vector). Features never seen in training have no index but still count in the norms, so an utterance made
/// of unknown words is far from every example.</summary>
internal sealed class FeatureSpace
{
    private readonly Dictionary<ulong, int> _index;
    private readonly float[] _idf;
    private readonly float _unseenIdf;

    private FeatureSpace(Dictionary<ulong, int> index, float[] idf, float unseenIdf)
    {
        _index = index;
        _idf = idf;
        _unseenIdf = unseenIdf;
    }

    /// <summary>Number of features with an index.</summary>
    internal int Count => _idf.Length;

    /// <summary>Learns the vocabulary from <paramref name="documents"/>; <paramref name="background"/> only adds to
    /// the document frequencies (generic phrasing weighs less), never to the vocabulary. <paramref name="vectors"/>
    /// receives the vector of each document (as <see cref="Transform"/> would give; the texts are hashed once, in
    /// parallel).</summary>
    internal static FeatureSpace Fit(IReadOnlyList<string> documents, IReadOnlyList<string> background, out SparseVector[] vectors)
    {
        var hashed = new Hashed[documents.Count];
        Parallel.For(0, documents.Count, i => hashed[i] = Hashed.Of(documents[i]));
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
            foreach (var feature in Hashed.Of(document).All())
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

        var space = new FeatureSpace(index, idf, (float)(Math.Log(n + 1.0) + 1.0));
        var result = new SparseVector[hashed.Length];
        Parallel.For(0, hashed.Length, i => result[i] = space.Vectorize(hashed[i]));
        vectors = result;
        return space;
    }

    /// <summary>The normalised vector of <paramref name="text"/>; empty when it has no known feature.</summary>
    internal SparseVector Transform(string text) => Vectorize(Hashed.Of(text));

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
        var characterScale = characterNorm > 0 ? 1f / MathF.Sqrt(characterNorm * blocks) : 0f;
        var wordScale = wordNorm > 0 ? 1f / MathF.Sqrt(wordNorm * blocks) : 0f;
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

        var indices = new int[distinct];
        var weights = new float[distinct];
        for (var i = 0; i < distinct; i++)
        {
            indices[i] = entries[i].Index;
            weights[i] = entries[i].Weight;
        }

        return new SparseVector(indices, weights);
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
        internal static Hashed Of(string text)
        {
            var hashed = new Hashed(new List<ulong>(256), new List<ulong>(32), [], new List<ulong>(64));
            TextFeatures.Hash(text, hashed.Characters, hashed.Words, hashed.Values, hashed.Function);
            return hashed;
        }

        internal IEnumerable<ulong> All() => Characters.Concat(Words).Concat(Values).Concat(Function);
    }
}
