using ChatFlow.Skills.Recognition.Encoders;

namespace ChatFlow.Skills.Recognition;

/// <summary>The dense block of an utterance's features: the pooled word vectors (three unit blocks, see
/// <see cref="TextFeatures.PoolWordVectors"/>) and the sentence encoder's unit vector scaled by
/// <see cref="EncoderScale"/>, either or both. <see cref="FeatureSpace"/> then scales the whole block to its
/// weight.</summary>
internal sealed class DenseFeatures
{
    private readonly WordVectors? _wordVectors;
    private readonly ISentenceEncoder? _encoder;
    private readonly int _pooledLength;

    /// <param name="wordVectors">Word vectors, or <c>null</c>.</param>
    /// <param name="encoder">A sentence encoder, or <c>null</c>.</param>
    /// <param name="encoderScale">Length of the encoder's vector relative to one pooled block (each of length 1).</param>
    /// <param name="weight">Length (0..1) of the whole dense block in the unit feature vector.</param>
    internal DenseFeatures(WordVectors? wordVectors, ISentenceEncoder? encoder, float encoderScale, float weight)
    {
        _wordVectors = wordVectors;
        _encoder = encoder;
        EncoderScale = encoderScale;
        Weight = weight;
        _pooledLength = (wordVectors?.Dimensions ?? 0) * TextFeatures.PooledBlocks;
        Count = _pooledLength + (encoder?.Dimensions ?? 0);
    }

    /// <summary>Number of dense features.</summary>
    internal int Count { get; }

    /// <summary>Length (0..1) of the dense block in the unit feature vector.</summary>
    internal float Weight { get; }

    /// <summary>Length of the encoder's vector relative to one pooled word-vector block.</summary>
    internal float EncoderScale { get; }

    /// <summary>The sentence encoder's vector of <paramref name="text"/>; <c>null</c> without an encoder or when
    /// it does not cover the text.</summary>
    internal float[]? Encode(string text) => _encoder?.Encode(text);

    /// <summary>The encoder's vectors of many <paramref name="texts"/> on every core (see
    /// <see cref="ISentenceEncoder.EncodeAll"/>); <c>null</c> without an encoder.</summary>
    internal float[]?[]? EncodeAll(IReadOnlyList<string> texts) => _encoder?.EncodeAll(texts, Environment.ProcessorCount);

    /// <summary>The dense features (<see cref="Count"/> numbers) of a text given <paramref name="normalized"/>
    /// (with its <paramref name="valueWords"/>) and its <paramref name="encoded"/> vector (see <see cref="Encode"/>);
    /// <c>null</c> when neither part has anything to say (no word with a vector, a language the encoder does not
    /// know).</summary>
    internal float[]? Of(string normalized, HashSet<string>? valueWords, float[]? encoded)
    {
        var pooled = _wordVectors is null ? null : TextFeatures.PoolWordVectors(normalized, valueWords, _wordVectors);
        if (encoded is null)
        {
            return pooled is null || _encoder is null ? pooled : [.. pooled, .. new float[_encoder.Dimensions]];
        }

        var result = new float[Count];
        pooled?.CopyTo(result, 0);
        for (var d = 0; d < encoded.Length; d++)
        {
            result[_pooledLength + d] = encoded[d] * EncoderScale;
        }

        return result;
    }
}
