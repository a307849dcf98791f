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

    /// <summary>Allowed values of a <see cref="SlotType.Choice"/> slot; empty otherwise.</summary>
    public IReadOnlyList<string> Choices { get; init; } = [];

    /// <summary>Message shown when the value is invalid, or <c>null</c> for a generic one.</summary>
    public LocalizedText? Error { get; init; }
}
