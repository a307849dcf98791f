using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using Dapper;

namespace ChatFlow.Integrations.Storage;

/// <summary>The <c>inbox</c> table. Row status: <c>pending</c> → <c>claimed</c> → <c>done</c>, or back to <c>pending</c>
/// (released) and finally <c>dead</c>. Pending and claimed rows are "unfinished" and keep later rows of their
/// conversation waiting.</summary>
internal sealed partial class InboxStore(StoreDatabase database, TimeProvider time) : IInboxStore
{
    private readonly InboxGroupCommit groupCommit = new(database, time);
    private readonly string selectClaimsSql = string.Format(CultureInfo.InvariantCulture, SelectClaimsSql, database.InArray("id", "@Ids"))
        + database.LockRowsSuffix;
    private readonly string markDoneSql = string.Format(CultureInfo.InvariantCulture, MarkDoneSql, database.InArray("id", "@Ids"));

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
        WHERE id IN 
        """;

    /// <summary>The oldest <c>@Max</c> rows that are pending and due, or claimed under an expired lease, and whose
    /// conversation has no earlier unfinished row (so at most one row per conversation).</summary>
    /// <remarks>The plain <c>status IN ('pending', 'claimed')</c> term lets SQLite use the partial index
    /// <c>ix_inbox_unfinished</c> (it does not infer it from the <c>OR</c>); without it every claim scans the whole
    /// table, done rows included.</remarks>
    internal const string ClaimCandidateSql = """
        SELECT i.id FROM inbox i
        WHERE i.status IN ('pending', 'claimed')
          AND ((i.status = 'pending' AND i.not_before_ms <= @NowMs) OR (i.status = 'claimed' AND i.lease_until_ms <= @NowMs))
          AND NOT EXISTS (
            SELECT 1 FROM inbox e
            WHERE e.conversation_key = i.conversation_key AND e.id < i.id AND e.status IN ('pending', 'claimed'))
        ORDER BY i.id
        LIMIT @Max
        """;

    internal const string ClaimReturningSql = """

        RETURNING id AS Id, channel AS Channel, event_id AS EventId, conversation_key AS ConversationKey,
            payload_json AS PayloadJson, claim_token AS ClaimToken, attempts AS Attempts, lease_until_ms AS LeaseUntilMs
        """;

    // The provider appends its row lock: the checked rows stay ours until the commit.
    private const string SelectClaimsSql = """
        SELECT id AS Id, claim_token AS ClaimToken FROM inbox
        WHERE {0} AND status = 'claimed'
        ORDER BY id
        """;

    // Only rows whose claim was checked under the lock above.
    private const string MarkDoneSql = """
        UPDATE inbox SET status = 'done', lease_until_ms = NULL, last_error = NULL, updated_at_ms = @NowMs
        WHERE {0} AND status = 'claimed'
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
        return (await groupCommit.EnqueueAsync(item, null, cancellationToken)).Stored;
    }

    /// <inheritdoc />
    public async Task<InboxEnqueueResult> EnqueueAsync(InboxItem item, TimeSpan claimLease, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(claimLease, TimeSpan.Zero);
        return await groupCommit.EnqueueAsync(item, claimLease, cancellationToken);
    }

    /// <summary>Largest group-commit batch so far (diagnostics).</summary>
    internal int LargestEnqueueBatch => groupCommit.LargestBatch;

    /// <summary>Enqueued rows not yet taken into a group-commit batch (diagnostics, tests).</summary>
    internal int QueuedEnqueues => groupCommit.Queued;

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
    public async Task<ClaimedInboxItem?> ClaimNextAsync(TimeSpan lease, CancellationToken cancellationToken) =>
        (await ClaimBatchAsync(lease, 1, cancellationToken)) is [var only] ? only : null;

    /// <inheritdoc />
    public async Task<IReadOnlyList<ClaimedInboxItem>> ClaimBatchAsync(TimeSpan lease, int max, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lease, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        return await database.WriteAsync((session, transaction, token) =>
        {
            var nowMs = NowMs();
            var command = session.Command(database.ClaimInboxSql, transaction)
                .Set("ClaimToken", NewClaimToken())
                .Set("LeaseUntilMs", nowMs + (long)lease.TotalMilliseconds)
                .Set("NowMs", nowMs)
                .Set("Max", (long)max);
            return ReadClaimedAsync(command, token);
        }, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<bool> CommitAsync(TurnCommit commit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commit);
        return (await CommitBatchAsync([commit], cancellationToken))[0];
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<bool>> CommitBatchAsync(IReadOnlyList<TurnCommit> commits, CancellationToken cancellationToken) =>
        (await CommitCoreAsync(commits, null, cancellationToken)).Committed;

    /// <inheritdoc />
    public Task<InboxBatchCommit> CommitBatchAsync(IReadOnlyList<TurnCommit> commits, TimeSpan nextLease, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(nextLease, TimeSpan.Zero);
        return CommitCoreAsync(commits, nextLease, cancellationToken);
    }

    private async Task<InboxBatchCommit> CommitCoreAsync(IReadOnlyList<TurnCommit> commits, TimeSpan? nextLease, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commits);
        foreach (var commit in commits)
        {
            ArgumentNullException.ThrowIfNull(commit);
            ArgumentNullException.ThrowIfNull(commit.State);
            ArgumentNullException.ThrowIfNull(commit.Outbox);
        }

        if (commits.Count == 0)
            return new InboxBatchCommit([], []);
        return await database.WriteAsync((session, transaction, token) => CommitInAsync(session, transaction, commits, nextLease, token),
            cancellationToken);
    }

    private async Task<InboxBatchCommit> CommitInAsync(StoreSession session, DbTransaction transaction, IReadOnlyList<TurnCommit> commits,
        TimeSpan? nextLease, CancellationToken cancellationToken)
    {
        var committed = new bool[commits.Count];
        var nowMs = NowMs();

        // First: check (and on PostgreSQL lock) every claim, so a worker taking over an expired lease waits for us or
        // we see its new token. A row whose claim was lost, or whose state version moved, writes nothing; the others
        // are not held back by it.
        var ids = new long[commits.Count];
        for (var i = 0; i < ids.Length; i++)
            ids[i] = commits[i].InboxId;
        var claims = new Dictionary<long, string>(commits.Count);
        var select = session.Command(selectClaimsSql, transaction).Set("Ids", database.ArrayValue(ids));
        await using (var reader = await select.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
                claims[reader.GetInt64(0)] = reader.String(1);
        }

        var done = new List<long>(commits.Count);
        var doneKeys = new HashSet<string>(StringComparer.Ordinal);
        var replies = new List<(OutboxMessage Message, long? InboxId)>();
        for (var i = 0; i < commits.Count; i++)
        {
            var commit = commits[i];
            if (!claims.TryGetValue(commit.InboxId, out var token) || token != commit.ClaimToken
                || !await ConversationStateStore.SaveAsync(session, transaction, commit.State, nowMs, cancellationToken))
                continue;
            claims.Remove(commit.InboxId); // the same row twice in one batch commits once
            done.Add(commit.InboxId);
            doneKeys.Add(commit.State.ConversationKey);
            foreach (var message in commit.Outbox)
                replies.Add((message, commit.InboxId));
            committed[i] = true;
        }

        // Nothing written when no turn committed (a lost claim or a moved version writes nothing).
        if (done.Count == 0)
            return new InboxBatchCommit(committed, []);
        await OutboxStore.InsertAsync(session, transaction, replies, nowMs, cancellationToken);
        await session.Command(markDoneSql, transaction)
            .Set("Ids", database.ArrayValue(done.ToArray()))
            .Set("NowMs", nowMs)
            .ExecuteNonQueryAsync(cancellationToken);
        var next = nextLease is { } lease
            ? await ClaimHeadsAsync(session, transaction, groupCommit.ClaimHeadsSql, database, doneKeys, lease, nowMs, cancellationToken)
            : [];
        return new InboxBatchCommit(committed, next);
    }

    /// <inheritdoc />
    public async Task ReleaseAsync(long inboxId, string claimToken, string error, TimeSpan retryAfter, int maxAttempts,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claimToken);
        ArgumentNullException.ThrowIfNull(error);
        ArgumentOutOfRangeException.ThrowIfLessThan(retryAfter, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxAttempts, 1);
        await database.WriteAsync((session, transaction, token) =>
        {
            var nowMs = NowMs();
            return session.Command(ReleaseSql, transaction)
                .Set("InboxId", inboxId)
                .Set("ClaimToken", claimToken)
                .Set("Error", Truncate(error))
                .Set("NotBeforeMs", nowMs + (long)retryAfter.TotalMilliseconds)
                .Set("MaxAttempts", (long)maxAttempts)
                .Set("NowMs", nowMs)
                .ExecuteNonQueryAsync(token);
        }, cancellationToken);
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
}
