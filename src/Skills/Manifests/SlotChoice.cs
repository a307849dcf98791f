namespace ChatFlow.Skills.Manifests;

/// <summary>One allowed value of a <see cref="SlotType.Choice"/> slot: the canonical value sent to the connector,
/// the label shown to the user per language, and other words that pick it.</summary>
/// <remarks>In a manifest a choice is either a plain text (<c>annual</c>: value and label at once) or a mapping:
/// <c>{ value: annual, label: { en: Annual leave, ko: 연차 }, synonyms: { en: [vacation], ko: [연차휴가] } }</c>
/// (<c>synonyms</c> may also be one list for every language).</remarks>
/// <param name="Value">Canonical value, e.g. <c>annual</c>; what the slot holds and the connector receives.</param>
/// <param name="Label">What forms, confirmations and replies show, e.g. <c>연차</c> in Korean; defaults to
/// <paramref name="Value"/>.</param>
/// <param name="Synonyms">Further words that pick this choice, in any language (matched case-insensitively).</param>
public sealed record SlotChoice(string Value, LocalizedText Label, IReadOnlyList<string> Synonyms)
{
    /// <summary>A choice whose label is its value and that has no synonyms (a plain-text entry).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The choice.</returns>
    public static SlotChoice Plain(string value) => new(value, new LocalizedText(value), []);

    /// <summary>Every word that picks this choice: the value, the English and Korean labels, the synonyms
    /// (distinct, case-insensitively).</summary>
    public IEnumerable<string> Names =>
        new[] { Value, Label.En, Label.Ko }.Concat(Synonyms).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase);
}
