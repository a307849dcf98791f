using System.Collections.Concurrent;

namespace ChatFlow.Skills.Recognition.Encoders;

/// <summary>Remembers the vectors of training texts: every catalog change trains a new recogniser on mostly the same
/// examples and background sentences, and the encoder is the costly part of that (a few milliseconds per text).
/// Only <see cref="EncodeAll"/> (training) adds to the cache, up to <see cref="Capacity"/> texts (512 numbers each,
/// 2 KiB); <see cref="Encode"/> (one utterance) reads it but never grows it, so users' messages do not fill memory.
/// Thread-safe.</summary>
public sealed class CachingSentenceEncoder : ISentenceEncoder
{
    private readonly ISentenceEncoder _inner;
    private readonly ConcurrentDictionary<string, float[]?> _cache = new(StringComparer.Ordinal);

    /// <param name="inner">The encoder whose vectors are cached.</param>
    /// <param name="capacity">Most texts kept (default 20,000: about 40 MiB with a 512-number encoder).</param>
    public CachingSentenceEncoder(ISentenceEncoder inner, int capacity = 20_000)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        _inner = inner;
        Capacity = capacity;
    }

    /// <summary>Most texts kept.</summary>
    public int Capacity { get; }

    /// <summary>Texts kept now.</summary>
    public int Count => _cache.Count;

    /// <inheritdoc/>
    public int Dimensions => _inner.Dimensions;

    /// <inheritdoc/>
    public float[]? Encode(string text) => _cache.TryGetValue(text, out var vector) ? vector : _inner.Encode(text);

    /// <inheritdoc/>
    public float[]?[] EncodeAll(IReadOnlyList<string> texts, int threads)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var result = new float[]?[texts.Count];
        var missing = new List<int>();
        for (var i = 0; i < texts.Count; i++)
        {
            if (!_cache.TryGetValue(texts[i], out result[i]))
            {
                missing.Add(i);
            }
        }

        if (missing.Count == 0)
        {
            return result;
        }

        var encoded = _inner.EncodeAll([.. missing.Select(i => texts[i])], threads);
        for (var j = 0; j < missing.Count; j++)
        {
            result[missing[j]] = encoded[j];
            if (_cache.Count < Capacity)
            {
                _cache.TryAdd(texts[missing[j]], encoded[j]);
            }
        }

        return result;
    }
}
