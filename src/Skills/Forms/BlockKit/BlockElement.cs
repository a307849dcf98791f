using System.Text.Json.Serialization;

namespace ChatFlow.Skills.Forms.BlockKit;

/// <summary>A Block Kit interactive element; serialised with its <c>type</c> discriminator first.</summary>
/// <remarks>https://docs.slack.dev/reference/block-kit/block-elements</remarks>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ButtonElement), "button")]
[JsonDerivedType(typeof(PlainTextInputElement), "plain_text_input")]
[JsonDerivedType(typeof(NumberInputElement), "number_input")]
[JsonDerivedType(typeof(EmailTextInputElement), "email_text_input")]
[JsonDerivedType(typeof(DatePickerElement), "datepicker")]
[JsonDerivedType(typeof(StaticSelectElement), "static_select")]
[JsonDerivedType(typeof(CheckboxesElement), "checkboxes")]
public abstract record BlockElement
{
    /// <summary>Identifies the element in <c>block_actions</c> and <c>state.values</c> (at most 255 characters).</summary>
    [JsonPropertyName("action_id")]
    public string? ActionId { get; init; }
}

/// <summary>A <c>button</c>: sends <c>block_actions</c> with its <see cref="Value"/>, or opens <see cref="Url"/>.</summary>
public sealed record ButtonElement : BlockElement
{
    /// <summary>Button text (plain text, at most 75 characters).</summary>
    [JsonPropertyName("text")]
    public required TextObject Text { get; init; }

    /// <summary>Sent back in <c>block_actions</c> (at most 2000 characters).</summary>
    [JsonPropertyName("value")]
    public string? Value { get; init; }

    /// <summary>Opened in the browser when pressed (at most 3000 characters); Slack still sends <c>block_actions</c>.</summary>
    [JsonPropertyName("url")]
    public string? Url { get; init; }

    /// <summary><c>primary</c> (green), <c>danger</c> (red), or <c>null</c> (default).</summary>
    [JsonPropertyName("style")]
    public string? Style { get; init; }
}

/// <summary>A <c>plain_text_input</c>.</summary>
public sealed record PlainTextInputElement : BlockElement
{
    /// <summary>Whether the input has several lines.</summary>
    [JsonPropertyName("multiline")]
    public bool Multiline { get; init; }

    /// <summary>Pre-filled value.</summary>
    [JsonPropertyName("initial_value")]
    public string? InitialValue { get; init; }

    /// <summary>Hint inside the empty input (plain text, at most 150 characters).</summary>
    [JsonPropertyName("placeholder")]
    public TextObject? Placeholder { get; init; }
}

/// <summary>A <c>number_input</c>; its value arrives as a string.</summary>
public sealed record NumberInputElement : BlockElement
{
    /// <summary>Whether decimals are accepted (required by Slack).</summary>
    [JsonPropertyName("is_decimal_allowed")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public bool IsDecimalAllowed { get; init; }

    /// <summary>Pre-filled value, as a string.</summary>
    [JsonPropertyName("initial_value")]
    public string? InitialValue { get; init; }

    /// <summary>Hint inside the empty input (plain text, at most 150 characters).</summary>
    [JsonPropertyName("placeholder")]
    public TextObject? Placeholder { get; init; }
}

/// <summary>An <c>email_text_input</c>.</summary>
public sealed record EmailTextInputElement : BlockElement
{
    /// <summary>Pre-filled value.</summary>
    [JsonPropertyName("initial_value")]
    public string? InitialValue { get; init; }

    /// <summary>Hint inside the empty input (plain text, at most 150 characters).</summary>
    [JsonPropertyName("placeholder")]
    public TextObject? Placeholder { get; init; }
}

/// <summary>A <c>datepicker</c>; its value arrives as <c>selected_date</c> (<c>yyyy-MM-dd</c>).</summary>
public sealed record DatePickerElement : BlockElement
{
    /// <summary>Pre-selected date, <c>yyyy-MM-dd</c>.</summary>
    [JsonPropertyName("initial_date")]
    public string? InitialDate { get; init; }

    /// <summary>Hint shown before a date is picked (plain text, at most 150 characters).</summary>
    [JsonPropertyName("placeholder")]
    public TextObject? Placeholder { get; init; }
}

/// <summary>A <c>static_select</c> (up to 100 options); its value arrives as <c>selected_option.value</c>.</summary>
public sealed record StaticSelectElement : BlockElement
{
    /// <summary>The options, at most 100.</summary>
    [JsonPropertyName("options")]
    public required IReadOnlyList<SelectOption> Options { get; init; }

    /// <summary>The pre-selected option (one of <see cref="Options"/>).</summary>
    [JsonPropertyName("initial_option")]
    public SelectOption? InitialOption { get; init; }

    /// <summary>Hint shown before a choice (plain text, at most 150 characters).</summary>
    [JsonPropertyName("placeholder")]
    public TextObject? Placeholder { get; init; }
}

/// <summary>A <c>checkboxes</c> group (up to 10 options); its value arrives as <c>selected_options</c>.</summary>
public sealed record CheckboxesElement : BlockElement
{
    /// <summary>The options, at most 10.</summary>
    [JsonPropertyName("options")]
    public required IReadOnlyList<SelectOption> Options { get; init; }

    /// <summary>The pre-checked options (a subset of <see cref="Options"/>); omitted when none.</summary>
    [JsonPropertyName("initial_options")]
    public IReadOnlyList<SelectOption>? InitialOptions { get; init; }
}

/// <summary>An option of a select or checkbox group.</summary>
/// <param name="Text">What the user sees (at most 75 characters).</param>
/// <param name="Value">What is submitted (at most 150 characters).</param>
public sealed record SelectOption(
    [property: JsonPropertyName("text")] TextObject Text,
    [property: JsonPropertyName("value")] string Value);
