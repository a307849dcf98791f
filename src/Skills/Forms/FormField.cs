namespace ChatFlow.Skills.Forms;

/// <summary>One input of a form; its <see cref="Id"/> is the slot name it fills.</summary>
public sealed record FormField
{
    /// <summary>Input id, equal to the slot name (e.g. <c>vendorName</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Label shown above the input, in the reply's language.</summary>
    public required string Label { get; init; }

    /// <summary>Input kind.</summary>
    public FieldType Type { get; init; } = FieldType.Text;

    /// <summary>Whether the form refuses to submit without a value.</summary>
    public bool Required { get; init; }

    /// <summary>Hint shown inside the empty input (e.g. <c>000-00-00000</c>).</summary>
    public string? Placeholder { get; init; }

    /// <summary>The value already known (pre-filled), as text.</summary>
    public string? Value { get; init; }

    /// <summary>ECMAScript-compatible regular expression the value must match, or <c>null</c>.</summary>
    public string? Pattern { get; init; }

    /// <summary>Message shown when the value is missing or does not match, in the reply's language.</summary>
    public string? ErrorMessage { get; init; }

    /// <summary>Options of a <see cref="FieldType.Choice"/> field; empty otherwise.</summary>
    public IReadOnlyList<FormChoice> Choices { get; init; } = [];
}
