namespace ChatFlow.Skills.Dialog;

/// <summary>Where a conversation is in a skill run: Idle → Collecting → Confirming → Executing → Idle.</summary>
public enum DialogPhase
{
    /// <summary>No skill run in progress.</summary>
    Idle = 0,

    /// <summary>Collecting slot values (form or typed answers).</summary>
    Collecting = 1,

    /// <summary>All slots are valid; waiting for the user to confirm or cancel.</summary>
    Confirming = 2,

    /// <summary>The host is executing the <see cref="SkillInvocation"/> (possibly waiting for sign-in); report with
    /// <see cref="DialogEngine.Complete"/>.</summary>
    Executing = 3,
}
