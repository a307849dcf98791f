namespace ChatFlow.Integrations.Storage;

/// <summary>The append-only audit log.</summary>
public interface IAuditStore
{
    /// <summary>Appends one event.</summary>
    Task AppendAsync(AuditEvent auditEvent, CancellationToken cancellationToken);

    /// <summary>The newest events first.</summary>
    Task<IReadOnlyList<AuditEvent>> GetRecentAsync(int max, CancellationToken cancellationToken);
}
