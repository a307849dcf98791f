using System.Data.Common;
using System.Globalization;

namespace ChatFlow.Integrations.Storage;

/// <summary>The <c>outbox</c> table. Row status: <c>pending</c> → <c>delivered</c>, or <c>dead</c> after the last failed
/// attempt. Rows are written by <see cref="InboxStore.CommitAsync"/> in the turn's transaction.</summary>
internal sealed class OutboxStore(StoreDatabase database, TimeProvider time) : IOutboxStore
{
    private readonly string markManyDeliveredSql = string.Format(CultureInfo.InvariantCulture, MarkManyDeliveredSql, database.InArray("id", "@Ids"));

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
        var due = new List<PendingOutboxMessage>();
        await using var session = await database.OpenSessionAsync(cancellationToken);
        var command = session.Command(SelectDueSql, null)
            .Set("Channel", channel)
            .Set("Max", (long)max)
            .Set("NowMs", NowMs());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            due.Add(new PendingOutboxMessage(reader.GetInt64(0),
                new OutboxMessage(reader.GetString(1), reader.GetString(2), reader.GetString(3)), checked((int)reader.GetInt64(4))));
        }

        return due;
    }

    /// <inheritdoc />
    public async Task MarkDeliveredAsync(long outboxId, CancellationToken cancellationToken)
    {
        await database.WriteAsync((session, transaction, token) => session.Command(MarkDeliveredSql, transaction)
            .Set("OutboxId", outboxId)
            .Set("NowMs", NowMs())
            .ExecuteNonQueryAsync(token), cancellationToken);
    }

    /// <inheritdoc />
    public async Task MarkDeliveredAsync(IReadOnlyCollection<long> outboxIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outboxIds);
        if (outboxIds.Count == 0)
            return;
        var ids = outboxIds as long[] ?? outboxIds.ToArray();
        await database.WriteAsync((session, transaction, token) => session.Command(markManyDeliveredSql, transaction)
            .Set("Ids", database.ArrayValue(ids))
            .Set("NowMs", NowMs())
            .ExecuteNonQueryAsync(token), cancellationToken);
    }

    /// <inheritdoc />
    public async Task MarkFailedAsync(long outboxId, string error, TimeSpan retryAfter, int maxAttempts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentOutOfRangeException.ThrowIfLessThan(retryAfter, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxAttempts, 1);
        await database.WriteAsync((session, transaction, token) =>
        {
            var nowMs = NowMs();
            return session.Command(MarkFailedSql, transaction)
                .Set("OutboxId", outboxId)
                .Set("Error", InboxStore.Truncate(error))
                .Set("NextAttemptMs", nowMs + (long)retryAfter.TotalMilliseconds)
                .Set("MaxAttempts", (long)maxAttempts)
                .Set("NowMs", nowMs)
                .ExecuteNonQueryAsync(token);
        }, cancellationToken);
    }

    /// <summary>Queues replies of several turns in the caller's write transaction, each with the inbox row it answers:
    /// one prepared insert, re-bound per row.</summary>
    internal static async Task InsertAsync(StoreSession session, DbTransaction transaction,
        IReadOnlyList<(OutboxMessage Message, long? InboxId)> messages, long nowMs, CancellationToken cancellationToken)
    {
        if (messages.Count == 0)
            return;
        var command = session.Command(InsertSql, transaction).Set("NowMs", nowMs);
        foreach (var (message, inboxId) in messages)
        {
            await command
                .Set("Channel", message.Channel)
                .Set("ConversationId", message.ConversationId)
                .Set("PayloadJson", message.PayloadJson)
                .Set("InboxId", inboxId)
                .ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private long NowMs() => time.GetUtcNow().ToUnixTimeMilliseconds();
}
