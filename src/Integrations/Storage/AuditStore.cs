using Dapper;

namespace ChatFlow.Integrations.Storage;

/// <summary>The append-only <c>audit_events</c> table.</summary>
internal sealed class AuditStore(StoreDatabase database) : IAuditStore
{
    private const string InsertSql = """
        INSERT INTO audit_events (kind, subject, skill_id, skill_version, outcome, correlation_id, arguments_digest, at_ms)
        VALUES (@Kind, @Subject, @SkillId, @SkillVersion, @Outcome, @CorrelationId, @ArgumentsDigest, @AtMs)
        """;

    private const string SelectRecentSql = """
        SELECT kind AS Kind, subject AS Subject, skill_id AS SkillId, skill_version AS SkillVersion, outcome AS Outcome,
            correlation_id AS CorrelationId, arguments_digest AS ArgumentsDigest, at_ms AS AtMs
        FROM audit_events
        ORDER BY at_ms DESC, id DESC
        LIMIT @Max
        """;

    /// <inheritdoc />
    public async Task AppendAsync(AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(auditEvent);
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(InsertSql,
            new
            {
                auditEvent.Kind,
                auditEvent.Subject,
                auditEvent.SkillId,
                SkillVersion = (long?)auditEvent.SkillVersion,
                auditEvent.Outcome,
                auditEvent.CorrelationId,
                auditEvent.ArgumentsDigest,
                auditEvent.AtMs,
            },
            cancellationToken: cancellationToken));
    }

    /// <inheritdoc />
    /// <remarks>Newest by <see cref="AuditEvent.AtMs"/>, then by insertion.</remarks>
    public async Task<IReadOnlyList<AuditEvent>> GetRecentAsync(int max, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<AuditRow>(new CommandDefinition(SelectRecentSql, new { Max = (long)max },
            cancellationToken: cancellationToken));
        return rows.Select(r => new AuditEvent(r.Kind, r.Subject, r.SkillId, checked((int?)r.SkillVersion), r.Outcome,
            r.CorrelationId, r.ArgumentsDigest, r.AtMs)).ToList();
    }

    private sealed class AuditRow
    {
        public string Kind { get; set; } = "";

        public string Subject { get; set; } = "";

        public string? SkillId { get; set; }

        public long? SkillVersion { get; set; }

        public string Outcome { get; set; } = "";

        public string CorrelationId { get; set; } = "";

        public string? ArgumentsDigest { get; set; }

        public long AtMs { get; set; }
    }
}
