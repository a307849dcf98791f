namespace ChatFlow.Skills.Manifests;

/// <summary>An approval step before the skill runs (<c>approval:</c> in a manifest). The model only: the durable
/// approval process that uses it is another component.</summary>
/// <remarks>Durations are written as ISO 8601 durations limited to days, hours, minutes and seconds
/// (<c>P2D</c>, <c>PT4H</c>, <c>P1DT12H</c>, <c>PT30M</c>): years and months have no fixed length.</remarks>
public sealed record SkillApproval
{
    /// <summary>Kind of approver.</summary>
    public required ApproverKind Approver { get; init; }

    /// <summary>Role name (<see cref="ApproverKind.Role"/>) or directory subject (<see cref="ApproverKind.User"/>);
    /// <c>null</c> for <see cref="ApproverKind.Manager"/>.</summary>
    public string? ApproverName { get; init; }

    /// <summary>How long the approver has to decide before the request expires, or <c>null</c> for no limit
    /// (<c>timeout: P2D</c>).</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>How long after the request (and after each reminder) the approver is reminded, or <c>null</c>
    /// for no reminder (<c>reminder: P1D</c>); shorter than <see cref="Timeout"/>.</summary>
    public TimeSpan? Reminder { get; init; }

    /// <summary>The approver as written: <c>manager</c>, <c>role:finance</c> or <c>user:alice</c>.</summary>
    /// <returns>The manifest text.</returns>
    public override string ToString() => Approver switch
    {
        ApproverKind.Role => "role:" + ApproverName,
        ApproverKind.User => "user:" + ApproverName,
        _ => "manager",
    };
}
