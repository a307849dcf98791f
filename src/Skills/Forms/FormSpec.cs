namespace ChatFlow.Skills.Forms;

/// <summary>A form asking for slot values: rendered as an Adaptive Card (Web Chat, Teams) or Block Kit (Slack).</summary>
public sealed record FormSpec
{
    /// <summary>Heading, e.g. "Register a vendor".</summary>
    public required string Title { get; init; }

    /// <summary>Optional sentence under the heading (e.g. what is still missing, or the last validation error).</summary>
    public string? Intro { get; init; }

    /// <summary>Inputs, in the order the skill declares its slots.</summary>
    public required IReadOnlyList<FormField> Fields { get; init; }

    /// <summary>Title of the submit button.</summary>
    public required string SubmitTitle { get; init; }

    /// <summary>Title of the cancel button.</summary>
    public required string CancelTitle { get; init; }

    /// <summary>Signed state token the host stamps before delivery; echoed back in the submission.</summary>
    public string? StateToken { get; init; }
}
