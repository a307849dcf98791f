using System.Data.Common;
using System.Globalization;
using Dapper;

namespace ChatFlow.Integrations.Storage;

/// <summary>The <c>outbox</c> table. Row status: <c>pending</c> → <c>delivered</c>, or <c>dead</c> after the last failed
/// attempt. Rows are written by <see cref="InboxStore.CommitAsync"/> in the turn's transaction.</summary>
internal sealed class OutboxStore(StoreDatabase database, TimeProvider time) : IOutboxStore
{
    private readonly string markManyDeliveredSql = string.Format(CultureInfo.InvariantCulture, MarkManyDeliveredSql, database.InList("id", "@Ids"));

    private const string InsertSql = """
        INSERT INTO outbox (channel, conversation_id, payload_json, inbox_id, status, attempts, next_attempt_ms, created_at_ms, updated_at_ms)
        VALUES (@Channel, @ConversationId, @PayloadJson, @InboxId, 'pending', 0, @NowMs, @NowMs, @NowMs)
        """;

    // A row waiting for its retry holds back the later rows of its conversation, so replies arrive in order.
    private const string SelectDueSql = """
        SELECT o.id AS Id, o.channel AS Channel, o.conversation_id AS ConversationId, o.payload_json AS PayloadJson,
            o.attempts AS Attempts
        FROM outbox o
        WHERE o.channel = @Channel AND o.status = 'pending' AND o.next_attempt_ms <= @NowMs
          AND NOT EXISTS (
            SELECT 1 FROM outbox e
            WHERE e.channel = o.channel AND e.conversation_id = o.conversation_id AND e.status = 'pending'
              AND e.id < o.id AND e.next_attempt_ms > @NowMs)
        ORDER BY o.id
        LIMIT @Max
        """;

    internal const string MarkDeliveredSql = """
        UPDATE outbox SET status = 'delivered', delivered_at_ms = @NowMs, updated_at_ms = @NowMs
        WHERE id = @OutboxId AND status = 'pending'
        """;

    private const string MarkManyDeliveredSql = """
        UPDATE outbox SET status = 'delivered', delivered_at_ms = @NowMs, updated_at_ms = @NowMs
        WHERE {0} AND status = 'pending'
        """;

    private const string MarkFailedSql = """
        UPDATE outbox
        SET attempts = attempts + 1,
            status = CASE WHEN attempts + 1 >= @MaxAttempts THEN 'dead' ELSE 'pending' END,
            next_attempt_ms = @NextAttemptMs, last_error = @Error, updated_at_ms = @NowMs
        WHERE id = @OutboxId AND status = 'pending'
        """;

    /// <inheritdoc />
    public async Task<IReadOnlyList<PendingOutboxMessage>> GetDueAsync(string channel, int max, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<DueRow>(new CommandDefinition(SelectDueSql,
            new { Channel = channel, Max = (long)max, NowMs = NowMs() }, cancellationToken: cancellationToken));
        return rows.Select(r => new PendingOutboxMessage(r.Id, new OutboxMessage(r.Channel, r.ConversationId, r.PayloadJson),
            checked((int)r.Attempts))).ToList();
    }

    /// <inheritdoc />
    public async Task MarkDeliveredAsync(long outboxId, CancellationToken cancellationToken)
    {
        using var writeTurn = await database.EnterWriteAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(MarkDeliveredSql, new { OutboxId = outboxId, NowMs = NowMs() },
            cancellationToken: cancellationToken));
    }

    /// <inheritdoc />
    public async Task MarkDeliveredAsync(IReadOnlyCollection<long> outboxIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outboxIds);
        if (outboxIds.Count == 0)
            return;
        using var writeTurn = await database.EnterWriteAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(markManyDeliveredSql, new { Ids = outboxIds.ToArray(), NowMs = NowMs() },
            cancellationToken: cancellationToken));
    }

    /// <inheritdoc />
    public async Task MarkFailedAsync(long outboxId, string error, TimeSpan retryAfter, int maxAttempts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentOutOfRangeException.ThrowIfLessThan(retryAfter, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxAttempts, 1);
        var nowMs = NowMs();
        using var writeTurn = await database.EnterWriteAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(MarkFailedSql,
            new
            {
                OutboxId = outboxId,
                Error = InboxStore.Truncate(error),
                NextAttemptMs = nowMs + (long)retryAfter.TotalMilliseconds,
                MaxAttempts = (long)maxAttempts,
                NowMs = nowMs,
            },
            cancellationToken: cancellationToken));
    }

    /// <summary>Queues <paramref name="messages"/> inside the caller's transaction, due now.</summary>
    internal static Task InsertAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<OutboxMessage> messages,
        long? inboxId, long nowMs, CancellationToken cancellationToken) =>
        InsertAsync(connection, transaction, messages.Select(m => (m, inboxId)).ToList(), nowMs, cancellationToken);

    /// <summary>Queues replies of several turns in the caller's transaction, each with the inbox row it answers.</summary>
    internal static async Task InsertAsync(DbConnection connection, DbTransaction transaction,
        IReadOnlyList<(OutboxMessage Message, long? InboxId)> messages, long nowMs, CancellationToken cancellationToken)
    {
        if (messages.Count == 0)
        {
            return;
        }

        await connection.ExecuteAsync(new CommandDefinition(InsertSql,
            messages.Select(m => new { m.Message.Channel, m.Message.ConversationId, m.Message.PayloadJson, m.InboxId, NowMs = nowMs }).ToList(),
            transaction, cancellationToken: cancellationToken));
    }

    private long NowMs() => time.GetUtcNow().ToUnixTimeMilliseconds();

    private sealed class DueRow
    {
        public long Id { get; set; }

        public string Channel { get; set; } = "";

        public string ConversationId { get; set; } = "";

        public string PayloadJson { get; set; } = "";

        public long Attempts { get; set; }
    }
}
