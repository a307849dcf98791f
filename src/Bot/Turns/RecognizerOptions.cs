using System.ComponentModel.DataAnnotations;

namespace ChatFlow.Bot.Turns;

/// <summary>The embedded recogniser (<c>ChatFlow:Recognizer</c>; environment <c>ChatFlow__Recognizer__WordVectors</c>).</summary>
public sealed class RecognizerOptions : IValidatableObject
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "ChatFlow:Recognizer";

    /// <summary>Path of a ChatFlow word-vector file (made by <c>ChatFlow.Bot nlu vectors import</c>; a relative path
    /// is taken from the working directory). The recogniser then also understands paraphrases with words no example
    /// has. <c>scripts/run</c> sets it to the GloVe vectors it fetches at set-up.</summary>
    /// <value>Default none: character and word features only.</value>
    public string? WordVectors { get; set; }

    /// <inheritdoc/>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(WordVectors) && !File.Exists(WordVectors))
        {
            yield return new ValidationResult(
                $"ChatFlow:Recognizer:WordVectors: no file at '{Path.GetFullPath(WordVectors)}' (make one with 'nlu vectors import', or leave the setting out).",
                [nameof(WordVectors)]);
        }
    }
}
