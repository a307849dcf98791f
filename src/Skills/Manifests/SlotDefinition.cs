namespace ChatFlow.Skills.Manifests;

/// <summary>One input a skill needs (<c>slots:</c> item in a manifest).</summary>
public sealed record SlotDefinition
{
    /// <summary>Slot name, unique within the skill (e.g. <c>vendorName</c>); also the form field id.</summary>
    public required string Name { get; init; }

    /// <summary>Value type.</summary>
    public SlotType Type { get; init; } = SlotType.Text;

    /// <summary>Whether the skill cannot run without it.</summary>
    public bool Required { get; init; }

    /// <summary>Form label; defaults to the slot name.</summary>
    public required LocalizedText Label { get; init; }

    /// <summary>Question asked when the slot is collected by text; defaults to the label.</summary>
    public required LocalizedText Prompt { get; init; }

    /// <summary>Hint shown in the empty input, or <c>null</c>.</summary>
    public string? Placeholder { get; init; }

    /// <summary>What a free-text slot holds (<c>role:</c>); <see cref="SlotRole.Inferred"/> when the manifest does not
    /// say.</summary>
    public SlotRole Role { get; init; }

    /// <summary>Words that stand for this slot's value without being one (<c>genericWords:</c>, e.g. <c>vendor</c>,
    /// <c>거래처</c>, <c>미지급</c> for an invoice query): "show unpaid vendor invoices" holds no vendor's name, so the bot
    /// asks. Matched whole and case-insensitively, after a Korean particle is cut off. On a choice slot they name the
    /// slot without a choice (<c>half day</c>, <c>반차</c> for morning or afternoon): the bot asks for it, even when it is
    /// optional. Empty when the manifest has none.</summary>
    public IReadOnlyList<string> GenericWords { get; init; } = [];

    /// <summary>Constraints; never <c>null</c> (empty when the manifest has none).</summary>
    public SlotValidation Validation { get; init; } = new();
}
