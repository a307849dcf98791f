using System.Text.Json.Serialization;

namespace ChatFlow.Skills.Forms.BlockKit;

/// <summary>A modal view for <c>views.open</c>: up to 100 blocks, submitted as <c>view_submission</c>.</summary>
/// <remarks>https://docs.slack.dev/reference/views/modal-views</remarks>
public sealed record ModalView
{
    /// <summary>Always <c>modal</c>.</summary>
    [JsonPropertyName("type")]
    public string Type => "modal";

    /// <summary>Identifies ChatFlow's modals in <c>view_submission</c> (at most 255 characters).</summary>
    [JsonPropertyName("callback_id")]
    public string? CallbackId { get; init; }

    /// <summary>Title (plain text, at most 24 characters).</summary>
    [JsonPropertyName("title")]
    public required TextObject Title { get; init; }

    /// <summary>Submit button (plain text, at most 24 characters); required when the view has inputs.</summary>
    [JsonPropertyName("submit")]
    public TextObject? Submit { get; init; }

    /// <summary>Close button (plain text, at most 24 characters).</summary>
    [JsonPropertyName("close")]
    public TextObject? Close { get; init; }

    /// <summary>The blocks, at most 100.</summary>
    [JsonPropertyName("blocks")]
    public required IReadOnlyList<Block> Blocks { get; init; }

    /// <summary>Echoed back in <c>view_submission</c>/<c>view_closed</c> (at most 3000 characters).</summary>
    [JsonPropertyName("private_metadata")]
    public string? PrivateMetadata { get; init; }

    /// <summary>Whether Slack sends <c>view_closed</c> when the user closes the modal.</summary>
    [JsonPropertyName("notify_on_close")]
    public bool NotifyOnClose { get; init; }
}
