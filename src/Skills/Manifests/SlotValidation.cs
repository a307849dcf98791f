namespace ChatFlow.Skills.Manifests;

/// <summary>Constraints on a slot's value (<c>validation:</c> in a manifest).</summary>
public sealed record SlotValidation
{
    /// <summary>ECMAScript-compatible regular expression the whole value must match, or <c>null</c>.</summary>
    public string? Pattern { get; init; }

    /// <summary>Minimum length in UTF-16 code units, or <c>null</c>.</summary>
    public int? MinLength { get; init; }

    /// <summary>Maximum length in UTF-16 code units, or <c>null</c>.</summary>
    public int? MaxLength { get; init; }

    /// <summary>Smallest allowed number (for <see cref="SlotType.Number"/>), or <c>null</c>.</summary>
    public decimal? Min { get; init; }

    /// <summary>Largest allowed number (for <see cref="SlotType.Number"/>), or <c>null</c>.</summary>
    public decimal? Max { get; init; }

    /// <summary>ISO 4217 codes (<c>KRW</c>, <c>USD</c>) a <see cref="SlotType.Money"/> slot accepts, in the order the
    /// manifest lists them; empty when any currency goes. A bare number (<c>45000</c>) is in the first one, or in won
    /// when the list is empty.</summary>
    public IReadOnlyList<string> Currencies { get; init; } = [];

    /// <summary>Allowed values of a <see cref="SlotType.Choice"/> slot (the canonical <see cref="SlotChoice.Value"/>s of
    /// <see cref="ChoiceOptions"/>, in order); empty otherwise.</summary>
    public IReadOnlyList<string> Choices { get; private init; } = [];

    /// <summary>The choices of a <see cref="SlotType.Choice"/> slot with their labels and synonyms; empty otherwise.
    /// Setting it sets <see cref="Choices"/>.</summary>
    public IReadOnlyList<SlotChoice> ChoiceOptions
    {
        get => _choiceOptions;
        init
        {
            _choiceOptions = value ?? [];
            Choices = [.. _choiceOptions.Select(c => c.Value)];
        }
    }

    private readonly IReadOnlyList<SlotChoice> _choiceOptions = [];

    /// <summary>The choice with value <paramref name="value"/> (ordinal), or <c>null</c>.</summary>
    /// <param name="value">A canonical value.</param>
    /// <returns>The choice or <c>null</c>.</returns>
    public SlotChoice? FindChoice(string value) => _choiceOptions.FirstOrDefault(c => string.Equals(c.Value, value, StringComparison.Ordinal));

    /// <summary>Message shown when the value is invalid, or <c>null</c> for a generic one.</summary>
    public LocalizedText? Error { get; init; }
}
