using ChatFlow.Skills.Forms;

namespace ChatFlow.Skills.Conversations;

/// <summary>One outgoing message, channel-neutral; each channel renders it (Adaptive Card, Block Kit, text).</summary>
/// <remarks>At most one of <see cref="Form"/>, <see cref="Confirmation"/> and <see cref="SignIn"/> is set;
/// <see cref="Text"/> may accompany any of them.</remarks>
public sealed record Reply
{
    /// <summary>Plain text (may carry simple Markdown: <c>**bold**</c>, lists).</summary>
    public string? Text { get; init; }

    /// <summary>A form asking for slot values.</summary>
    public FormSpec? Form { get; init; }

    /// <summary>A summary to confirm or cancel.</summary>
    public ConfirmationSpec? Confirmation { get; init; }

    /// <summary>A sign-in prompt.</summary>
    public SignInSpec? SignIn { get; init; }

    /// <summary>Quick-reply buttons; pressing one sends its <see cref="FormChoice.Value"/> back as the user's text.</summary>
    public IReadOnlyList<FormChoice> SuggestedActions { get; init; } = [];

    /// <summary>BCP 47 language of the reply (<c>en</c> or <c>ko</c>).</summary>
    public string Locale { get; init; } = "en";

    /// <summary>A text-only reply.</summary>
    /// <param name="text">The text.</param>
    /// <param name="locale">Its language.</param>
    /// <returns>The reply.</returns>
    public static Reply Say(string text, string locale = "en") => new() { Text = text, Locale = locale };
}
