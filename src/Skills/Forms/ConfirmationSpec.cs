namespace ChatFlow.Skills.Forms;

/// <summary>A summary of what the skill is about to do, with Confirm and Cancel buttons.</summary>
public sealed record ConfirmationSpec
{
    /// <summary>Heading, e.g. "Register this vendor?".</summary>
    public required string Title { get; init; }

    /// <summary>Label/value pairs of the collected slots, in slot order.</summary>
    public required IReadOnlyList<KeyValuePair<string, string>> Facts { get; init; }

    /// <summary>Title of the confirm button.</summary>
    public required string ConfirmTitle { get; init; }

    /// <summary>Title of the cancel button.</summary>
    public required string CancelTitle { get; init; }

    /// <summary>Signed state token the host stamps before delivery; echoed back in the submission.</summary>
    public string? StateToken { get; init; }
}
