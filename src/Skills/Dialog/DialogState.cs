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

    /// <summary>Skill the user was asked whether to switch to (abandoning the current run), or <c>null</c>. The next
    /// yes starts it, no continues the current run.</summary>
    public string? SwitchTo { get; init; }

    /// <summary>Skills offered to choose from (ids, in the order shown) when two scored close; empty otherwise. The
    /// next answer naming one (or its number) starts it.</summary>
    public IReadOnlyList<string> Offered { get; init; } = [];

    /// <summary>The utterance that led to <see cref="SwitchTo"/> or <see cref="Offered"/>; the chosen skill's
    /// slots are filled from it. <c>null</c> otherwise.</summary>
    public string? DeferredUtterance { get; init; }

    /// <summary>Slot values a recogniser already found for <see cref="SwitchTo"/> (validated when the run starts).</summary>
    public IReadOnlyDictionary<string, string> DeferredSlots { get; init; } = new Dictionary<string, string>();

    /// <summary>A second request made in the same message as the one that started the run (<c>… and also show me my
    /// October payslip</c>): its skill id, offered once the run is over. <c>null</c> otherwise.</summary>
    public string? FollowUpSkillId { get; init; }

    /// <summary>The words of <see cref="FollowUpSkillId"/>'s request (its slots are filled from them when the user takes
    /// the offer), or <c>null</c>.</summary>
    public string? FollowUpUtterance { get; init; }

    /// <summary>Value equality: collections compare by content.</summary>
    /// <param name="other">The other state.</param>
    /// <returns>Whether both hold the same values.</returns>
    public bool Equals(DialogState? other) =>
        other is not null
        && (Phase, SkillId, SkillVersion, RunId, PendingSlot, FailureCount, Language, SwitchTo, DeferredUtterance)
            == (other.Phase, other.SkillId, other.SkillVersion, other.RunId, other.PendingSlot, other.FailureCount, other.Language, other.SwitchTo, other.DeferredUtterance)
        && (FollowUpSkillId, FollowUpUtterance) == (other.FollowUpSkillId, other.FollowUpUtterance)
        && Same(Slots, other.Slots) && Same(DeferredSlots, other.DeferredSlots) && Offered.SequenceEqual(other.Offered);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Phase, SkillId, SkillVersion, RunId, PendingSlot, FailureCount, Language, Slots.Count);

    private static bool Same(IReadOnlyDictionary<string, string> a, IReadOnlyDictionary<string, string> b) =>
        a.Count == b.Count && a.All(p => b.TryGetValue(p.Key, out var v) && v == p.Value);

    /// <summary>An idle state.</summary>
    /// <param name="language"><c>en</c> or <c>ko</c>.</param>
    /// <returns>The state.</returns>
    public static DialogState Initial(string language = "en") => new() { Language = language };
}
