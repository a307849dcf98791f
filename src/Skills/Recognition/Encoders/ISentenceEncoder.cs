namespace ChatFlow.Skills.Recognition.Encoders;

/// <summary>A pretrained sentence encoder: maps an utterance to a fixed-length vector in which paraphrases lie
/// close together. The embedded recogniser appends it to each utterance's features (see
/// <see cref="EmbeddedRecognizerOptions.SentenceEncoder"/>). Implementations are thread-safe.</summary>
public interface ISentenceEncoder
{
    /// <summary>Length of every vector <see cref="Encode"/> returns.</summary>
    int Dimensions { get; }

    /// <summary>The unit-length vector of <paramref name="text"/> (<see cref="Dimensions"/> numbers), or <c>null</c>
    /// when the text is not in a language the encoder knows (Korean for an English encoder) or has nothing to
    /// encode.</summary>
    float[]? Encode(string text);

    /// <summary>The vectors of many <paramref name="texts"/>, in order (each as <see cref="Encode"/> gives it), on up
    /// to <paramref name="threads"/> threads. An encoder that can share work between texts (reading its weights
    /// once for many) does so here.</summary>
    float[]?[] EncodeAll(IReadOnlyList<string> texts, int threads)
    {
        var result = new float[]?[texts.Count];
        Parallel.For(0, texts.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads) }, i => result[i] = Encode(texts[i]));
        return result;
    }
}
