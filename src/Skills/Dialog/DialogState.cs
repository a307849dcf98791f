namespace ChatFlow.Skills.Dialog;

/// <summary>The dialog state of one (channel, conversation, user); stored as JSON with
/// <see cref="DialogJsonContext"/> between turns. Immutable: every step returns a new state.</summary>
public sealed record DialogState
{
    /// <summary>Current phase.</summary>
    public DialogPhase Phase { get; init; } = DialogPhase.Idle;

    /// <summary>Skill of the current run, or <c>null</c> when <see cref="DialogPhase.Idle"/>.</summary>
    public string? SkillId { get; init; }

    /// <summary>Version of <see cref="SkillId"/> the run started on (and finishes on); 0 when idle.</summary>
    public int SkillVersion { get; init; }

    /// <summary>Id of the current run (32 lower-case hex digits by default); the host derives the connector
    /// call's idempotency key from it. <c>null</c> when idle.</summary>
    public string? RunId { get; init; }

    /// <summary>Slot values collected so far (slot name → trimmed text); invalid values the user entered are kept
    /// too so the form can show them again.</summary>
    public IReadOnlyDictionary<string, string> Slots { get; init; } = new Dictionary<string, string>();

    /// <summary>Slot the next typed answer fills (the first missing one), or <c>null</c>.</summary>
    public string? PendingSlot { get; init; }

    /// <summary>Consecutive invalid answers or submissions in this run; the run ends at 3.</summary>
    public int FailureCount { get; init; }

    /// <summary>Language of the replies: <c>en</c> or <c>ko</c>.</summary>
    public string Language { get; init; } = "en";

    /// <summary>An idle state.</summary>
    /// <param name="language"><c>en</c> or <c>ko</c>.</param>
    /// <returns>The state.</returns>
    public static DialogState Initial(string language = "en") => new() { Language = language };
}
