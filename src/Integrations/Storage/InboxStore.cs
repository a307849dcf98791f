using System.Data.Common;
using System.Security.Cryptography;
using Dapper;

namespace ChatFlow.Integrations.Storage;

/// <summary>The <c>inbox</c> table. Row status: <c>pending</c> → <c>claimed</c> → <c>done</c>, or back to <c>pending</c>
/// (released) and finally <c>dead</c>. Pending and claimed rows are "unfinished" and keep later rows of their
/// conversation waiting.</summary>
internal sealed class InboxStore(StoreDatabase database, TimeProvider time) : IInboxStore
{
    /// <summary>Longest error text kept on a released row.</summary>
    internal const int MaxErrorLength = 2000;

    internal const string InsertSql = """
        INSERT INTO inbox (channel, event_id, conversation_key, payload_json, status, attempts, not_before_ms, created_at_ms, updated_at_ms)
        VALUES (@Channel, @EventId, @ConversationKey, @PayloadJson, 'pending', 0, @NowMs, @NowMs, @NowMs)
        ON CONFLICT (channel, event_id) DO NOTHING
        """;

    // The claim is one UPDATE … WHERE id = (candidate) RETURNING …; the provider adds its locking clause to the candidate.
    internal const string ClaimUpdateSql = """
        UPDATE inbox
        SET status = 'claimed', claim_token = @ClaimToken, attempts = attempts + 1, lease_until_ms = @LeaseUntilMs,
            updated_at_ms = @NowMs
        WHERE id = 
        """;

    /// <summary>The oldest row that is pending and due, or claimed under an expired lease, and whose conversation has no
    /// earlier unfinished row.</summary>
    internal const string ClaimCandidateSql = """
        SELECT i.id FROM inbox i
        WHERE ((i.status = 'pending' AND i.not_before_ms <= @NowMs) OR (i.status = 'claimed' AND i.lease_until_ms <= @NowMs))
          AND NOT EXISTS (
            SELECT 1 FROM inbox e
            WHERE e.conversation_key = i.conversation_key AND e.id < i.id AND e.status IN ('pending', 'claimed'))
        ORDER BY i.id
        LIMIT 1
        """;

    internal const string ClaimReturningSql = """

        RETURNING id AS Id, channel AS Channel, event_id AS EventId, conversation_key AS ConversationKey,
            payload_json AS PayloadJson, claim_token AS ClaimToken, attempts AS Attempts, lease_until_ms AS LeaseUntilMs
        """;

    private const string MarkDoneSql = """
        UPDATE inbox SET status = 'done', lease_until_ms = NULL, last_error = NULL, updated_at_ms = @NowMs
        WHERE id = @InboxId AND status = 'claimed' AND claim_token = @ClaimToken
        """;

    private const string ReleaseSql = """
        UPDATE inbox
        SET status = CASE WHEN attempts >= @MaxAttempts THEN 'dead' ELSE 'pending' END,
            not_before_ms = @NotBeforeMs, lease_until_ms = NULL, claim_token = NULL, last_error = @Error, updated_at_ms = @NowMs
        WHERE id = @InboxId AND status = 'claimed' AND claim_token = @ClaimToken
        """;

    private const string CountPendingSql = "SELECT COUNT(*) FROM inbox WHERE status IN ('pending', 'claimed')";

    /// <inheritdoc />
    public async Task<bool> EnqueueAsync(InboxItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        await using var connection = await database.OpenAsync(cancellationToken);
        return await InsertAsync(connection, null, item, NowMs(), cancellationToken);
    }

    /// <summary>Inserts a row inside the caller's transaction; <c>false</c> for a duplicate (channel, event id).</summary>
    internal static async Task<bool> InsertAsync(
        DbConnection connection, DbTransaction? transaction, InboxItem item, long nowMs, CancellationToken cancellationToken)
    {
        var inserted = await connection.ExecuteAsync(new CommandDefinition(InsertSql,
            new { item.Channel, item.EventId, item.ConversationKey, item.PayloadJson, NowMs = nowMs },
            transaction, cancellationToken: cancellationToken));
        return inserted == 1;
    }

    /// <inheritdoc />
    public async Task<ClaimedInboxItem?> ClaimNextAsync(TimeSpan lease, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lease, TimeSpan.Zero);
        var nowMs = NowMs();
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<ClaimedRow>(new CommandDefinition(database.ClaimNextInboxSql,
            new { ClaimToken = NewClaimToken(), LeaseUntilMs = nowMs + (long)lease.TotalMilliseconds, NowMs = nowMs },
            cancellationToken: cancellationToken));
        return row is null
            ? null
            : new ClaimedInboxItem(row.Id, new InboxItem(row.Channel, row.EventId, row.ConversationKey, row.PayloadJson),
                row.ClaimToken, checked((int)row.Attempts), row.LeaseUntilMs);
    }

    /// <inheritdoc />
    public async Task<bool> CommitAsync(TurnCommit commit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commit);
        ArgumentNullException.ThrowIfNull(commit.State);
        ArgumentNullException.ThrowIfNull(commit.Outbox);
        var nowMs = NowMs();
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);

        // First: locks the inbox row, so a worker taking over an expired lease waits for us or we see its new token.
        var done = await connection.ExecuteAsync(new CommandDefinition(MarkDoneSql,
            new { commit.InboxId, commit.ClaimToken, NowMs = nowMs }, transaction, cancellationToken: cancellationToken));
        if (done != 1
            || !await ConversationStateStore.SaveAsync(connection, transaction, commit.State, nowMs, cancellationToken))
        {
            await transaction.RollbackAsync(cancellationToken);
            return false;
        }

        await OutboxStore.InsertAsync(connection, transaction, commit.Outbox, commit.InboxId, nowMs, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <inheritdoc />
    public async Task ReleaseAsync(long inboxId, string claimToken, string error, TimeSpan retryAfter, int maxAttempts,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claimToken);
        ArgumentNullException.ThrowIfNull(error);
        ArgumentOutOfRangeException.ThrowIfLessThan(retryAfter, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxAttempts, 1);
        var nowMs = NowMs();
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(ReleaseSql,
            new
            {
                InboxId = inboxId,
                ClaimToken = claimToken,
                Error = Truncate(error),
                NotBeforeMs = nowMs + (long)retryAfter.TotalMilliseconds,
                MaxAttempts = (long)maxAttempts,
                NowMs = nowMs,
            },
            cancellationToken: cancellationToken));
    }

    /// <inheritdoc />
    public async Task<long> CountPendingAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(CountPendingSql, cancellationToken: cancellationToken));
    }

    internal static string Truncate(string error) => error.Length <= MaxErrorLength ? error : error[..MaxErrorLength];

    private static string NewClaimToken() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    private long NowMs() => time.GetUtcNow().ToUnixTimeMilliseconds();

    private sealed class ClaimedRow
    {
        public long Id { get; set; }

        public string Channel { get; set; } = "";

        public string EventId { get; set; } = "";

        public string ConversationKey { get; set; } = "";

        public string PayloadJson { get; set; } = "";

        public string ClaimToken { get; set; } = "";

        public long Attempts { get; set; }

        public long LeaseUntilMs { get; set; }
    }
}
