namespace ChatFlow.Skills.Manifests;

/// <summary>Who approves a skill run (the prefix of <c>approval.approver</c> in a manifest).</summary>
public enum ApproverKind
{
    /// <summary><c>manager</c>: the requester's manager in the directory.</summary>
    Manager = 0,

    /// <summary><c>role:&lt;name&gt;</c>: anyone holding the role.</summary>
    Role = 1,

    /// <summary><c>user:&lt;subject&gt;</c>: one directory subject.</summary>
    User = 2,
}
