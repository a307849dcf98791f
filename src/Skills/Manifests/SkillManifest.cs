namespace ChatFlow.Skills.Manifests;

/// <summary>A skill as declared in <c>manifests/skills/*.yaml</c>: data, not code.</summary>
/// <remarks>Load with <see cref="SkillManifestLoader"/>; a loaded manifest has been validated (slot types, regexes,
/// templates naming declared slots, unique slot names).</remarks>
public sealed record SkillManifest
{
    /// <summary>Skill id, e.g. <c>erp.vendor.register</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Version, a positive integer; a conversation that started on version N finishes on N.</summary>
    public required int Version { get; init; }

    /// <summary>Display name (e.g. "Register a vendor").</summary>
    public required LocalizedText Name { get; init; }

    /// <summary>One-sentence description, or <c>null</c>.</summary>
    public LocalizedText? Description { get; init; }

    /// <summary>Example utterances by language (<c>en</c>, <c>ko</c>), possibly with <c>{slot}</c> placeholders.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> Utterances { get; init; }

    /// <summary>Inputs, in declaration order (the form's field order).</summary>
    public required IReadOnlyList<SlotDefinition> Slots { get; init; }

    /// <summary>Whether the user confirms a summary before the skill runs. Default <c>true</c>.</summary>
    public bool Confirm { get; init; } = true;

    /// <summary>Roles allowed to run the skill; empty means everyone (the back end still decides).</summary>
    public IReadOnlyList<string> Roles { get; init; } = [];

    /// <summary>Approval needed before the skill runs, or <c>null</c> when none is (<c>approval:</c>).</summary>
    public SkillApproval? Approval { get; init; }

    /// <summary>The connector call.</summary>
    public required SkillAction Action { get; init; }

    /// <summary>Success reply template using <c>{slot}</c> and <c>{result.field}</c>, or <c>null</c> for a generic one.</summary>
    public LocalizedText? Reply { get; init; }

    /// <summary>Line template for a list result (<c>replyItem</c> in a manifest), or <c>null</c>: rendered once per
    /// item of the result's array (result fields <c>count</c>, <c>0.field</c>, <c>1.field</c> …) with
    /// <c>{item.field}</c> (nested: <c>{item.manager.displayName}</c>), <c>{result.field}</c> and <c>{slot}</c>; the
    /// lines follow <see cref="Reply"/>, one per item.</summary>
    public LocalizedText? ReplyItem { get; init; }

    /// <summary>Reply when the back end finds nothing for the request (HTTP 404, e.g. an unknown invoice number;
    /// <c>notFound</c> in a manifest), using <c>{slot}</c> placeholders to name what was looked for; <c>null</c> for a
    /// generic one that quotes the slot values.</summary>
    public LocalizedText? NotFound { get; init; }

    /// <summary>How values of result fields read in each language (<c>valueLabels</c> in a manifest): placeholder name
    /// (<c>item.status</c>, <c>result.type</c>) → value as the back end sends it (<c>open</c>) → text
    /// (<c>{ en: open, ko: 미지급 }</c>). Reply and item templates show the text for a placeholder without a
    /// format; other values show as they are. Empty when the manifest has none.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, LocalizedText>> ValueLabels { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, LocalizedText>>(StringComparer.Ordinal);

    /// <summary>File path or name the manifest was loaded from.</summary>
    public string Source { get; init; } = "";

    /// <summary>Line and column of the <c>id</c> value in <see cref="Source"/> (for errors across files).</summary>
    internal (int Line, int Column) IdPosition { get; init; } = (1, 1);

    /// <summary>The text <see cref="ValueLabels"/> gives <paramref name="value"/> of placeholder <paramref name="name"/>
    /// in <paramref name="language"/> (the value exactly, else ignoring case), or <c>null</c> when it gives none.</summary>
    /// <param name="name">Placeholder name, e.g. <c>item.status</c>.</param>
    /// <param name="value">The raw value, e.g. <c>open</c>.</param>
    /// <param name="language"><c>en</c> or <c>ko</c>.</param>
    /// <returns>The text, or <c>null</c>.</returns>
    public string? ValueLabel(string name, string value, string language)
    {
        if (!ValueLabels.TryGetValue(name, out var labels))
        {
            return null;
        }

        if (labels.TryGetValue(value, out var exact))
        {
            return exact.Get(language);
        }

        foreach (var (known, label) in labels)
        {
            if (string.Equals(known, value, StringComparison.OrdinalIgnoreCase))
            {
                return label.Get(language);
            }
        }

        return null;
    }

    /// <summary>The slot named <paramref name="name"/> (ordinal), or <c>null</c>.</summary>
    /// <param name="name">Slot name.</param>
    /// <returns>The slot or <c>null</c>.</returns>
    public SlotDefinition? FindSlot(string name)
    {
        foreach (var slot in Slots)
        {
            if (string.Equals(slot.Name, name, StringComparison.Ordinal))
            {
                return slot;
            }
        }

        return null;
    }
}
