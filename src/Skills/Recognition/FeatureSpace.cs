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
    /// the document frequencies (generic phrasing weighs less), never to the vocabulary.</summary>
    internal static FeatureSpace Fit(IReadOnlyList<string> documents, IReadOnlyList<string> background)
    {
        var index = new Dictionary<ulong, int>();
        var df = new List<int>();
        var characters = new List<ulong>();
        var words = new List<ulong>();
        var values = new List<ulong>();
        var seen = new HashSet<ulong>();
        foreach (var document in documents)
        {
            seen.Clear();
            characters.Clear();
            words.Clear();
            values.Clear();
            TextFeatures.Hash(document, characters, words, values);
            foreach (var feature in characters.Concat(words).Concat(values))
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
            characters.Clear();
            words.Clear();
            values.Clear();
            TextFeatures.Hash(document, characters, words, values);
            foreach (var feature in characters.Concat(words).Concat(values))
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

        return new FeatureSpace(index, idf, (float)(Math.Log(n + 1.0) + 1.0));
    }

    /// <summary>The normalised vector of <paramref name="text"/>; empty when it has no known feature.</summary>
    internal SparseVector Transform(string text)
    {
        var characters = new List<ulong>(256);
        var words = new List<ulong>(32);
        var values = new List<ulong>();
        TextFeatures.Hash(text, characters, words, values);
        var known = new List<(int Index, float Weight)>(characters.Count + words.Count + values.Count);
        var characterNorm = Weigh(characters, known, countUnknown: true) + Weigh(values, known, countUnknown: false);
        var characterEnd = known.Count;
        var wordNorm = Weigh(words, known, countUnknown: true);
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

    /// <summary>Adds the known features of one block with their sublinear TF-IDF weight; returns the block's squared
    /// norm, unknown features included when <paramref name="countUnknown"/> (slot values do not count against).</summary>
    private float Weigh(List<ulong> hashes, List<(int Index, float Weight)> known, bool countUnknown)
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
                var weight = tf * _idf[index];
                known.Add((index, weight));
                norm += weight * weight;
            }
            else if (countUnknown)
            {
                var weight = tf * _unseenIdf;
                norm += weight * weight;
            }

            i = j;
        }

        return norm;
    }
}
