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
    /// to <paramref name="threads"/> threads, sharing work between texts where the encoder can (training calls
    /// this).</summary>
    float[]?[] EncodeAll(IReadOnlyList<string> texts, int threads);
}
