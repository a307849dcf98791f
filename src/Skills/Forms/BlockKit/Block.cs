using System.Text.Json.Serialization;

namespace ChatFlow.Skills.Forms.BlockKit;

/// <summary>A Block Kit layout block; serialised with its <c>type</c> discriminator first.</summary>
/// <remarks>Polymorphic only because we write these (never read them back: inbound payloads are parsed by hand).
/// https://docs.slack.dev/reference/block-kit/blocks</remarks>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(SectionBlock), "section")]
[JsonDerivedType(typeof(InputBlock), "input")]
[JsonDerivedType(typeof(ActionsBlock), "actions")]
[JsonDerivedType(typeof(ContextBlock), "context")]
[JsonDerivedType(typeof(HeaderBlock), "header")]
[JsonDerivedType(typeof(DividerBlock), "divider")]
public abstract record Block
{
    /// <summary>Unique id of the block within its message or view (at most 255 characters); for inputs, the slot name.</summary>
    [JsonPropertyName("block_id")]
    public string? BlockId { get; init; }
}

/// <summary>A <c>section</c>: text, up to 10 two-column <see cref="Fields"/> and an optional accessory element.</summary>
public sealed record SectionBlock : Block
{
    /// <summary>Main text (at most 3000 characters).</summary>
    [JsonPropertyName("text")]
    public TextObject? Text { get; init; }

    /// <summary>Up to 10 fields, each at most 2000 characters.</summary>
    [JsonPropertyName("fields")]
    public IReadOnlyList<TextObject>? Fields { get; init; }

    /// <summary>An element shown beside the text (a button, a select).</summary>
    [JsonPropertyName("accessory")]
    public BlockElement? Accessory { get; init; }
}

/// <summary>An <c>input</c>: a label and one input element; in a message its value is read from
/// <c>state.values</c> when a button in the same message is pressed.</summary>
public sealed record InputBlock : Block
{
    /// <summary>Label (plain text, at most 2000 characters).</summary>
    [JsonPropertyName("label")]
    public required TextObject Label { get; init; }

    /// <summary>The input element.</summary>
    [JsonPropertyName("element")]
    public required BlockElement Element { get; init; }

    /// <summary>Whether the input may be left empty. Default <c>false</c> (Slack requires a value in modals).</summary>
    [JsonPropertyName("optional")]
    public bool Optional { get; init; }

    /// <summary>Whether changing the input sends a <c>block_actions</c> at once. ChatFlow leaves it <c>false</c>:
    /// values are read from <c>state.values</c> when Submit is pressed.</summary>
    [JsonPropertyName("dispatch_action")]
    public bool DispatchAction { get; init; }

    /// <summary>Hint under the input (plain text, at most 2000 characters).</summary>
    [JsonPropertyName("hint")]
    public TextObject? Hint { get; init; }
}

/// <summary>An <c>actions</c> block: up to 25 interactive elements (buttons, selects, date pickers).</summary>
public sealed record ActionsBlock : Block
{
    /// <summary>The elements, at most 25.</summary>
    [JsonPropertyName("elements")]
    public required IReadOnlyList<BlockElement> Elements { get; init; }
}

/// <summary>A <c>context</c> block: small grey text (up to 10 text objects).</summary>
public sealed record ContextBlock : Block
{
    /// <summary>The texts, at most 10.</summary>
    [JsonPropertyName("elements")]
    public required IReadOnlyList<TextObject> Elements { get; init; }
}

/// <summary>A <c>header</c>: large bold plain text (at most 150 characters).</summary>
public sealed record HeaderBlock : Block
{
    /// <summary>The heading (plain text).</summary>
    [JsonPropertyName("text")]
    public required TextObject Text { get; init; }
}

/// <summary>A <c>divider</c>: a horizontal rule.</summary>
public sealed record DividerBlock : Block;
