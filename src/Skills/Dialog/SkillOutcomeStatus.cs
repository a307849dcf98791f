namespace ChatFlow.Skills.Dialog;

/// <summary>How a skill execution ended.</summary>
public enum SkillOutcomeStatus
{
    /// <summary>The back end did it (HTTP 2xx).</summary>
    Succeeded = 0,

    /// <summary>The back end refused the user (HTTP 403, or a role check failed); nothing changed.</summary>
    Forbidden = 1,

    /// <summary>The call failed (5xx, timeout, network); nothing is known to have changed.</summary>
    Failed = 2,

    /// <summary>The back end rejected the arguments (HTTP 400/422); nothing changed.</summary>
    Invalid = 3,

    /// <summary>The back end found nothing for the request (HTTP 404/410, e.g. an unknown invoice number); nothing
    /// changed.</summary>
    NotFound = 4,
}
