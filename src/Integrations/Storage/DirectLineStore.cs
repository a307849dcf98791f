using System.Data.Common;
using Dapper;

namespace ChatFlow.Integrations.Storage;

/// <summary>The <c>directline_conversations</c> and <c>directline_activities</c> tables. Each conversation row carries
/// the last transcript sequence; an append increments it first, which locks the row (PostgreSQL) or holds the write
/// lock (SQLite), so concurrent appends get 1, 2, 3 … without gaps, and a repeated append rolls the increment back.</summary>
internal sealed class DirectLineStore(StoreDatabase database, TimeProvider time) : IDirectLineStore
{
    private const string InsertConversationSql = """
        INSERT INTO directline_conversations (conversation_id, user_id, last_sequence, created_at_ms)
        VALUES (@ConversationId, @UserId, 0, @NowMs)
        ON CONFLICT (conversation_id) DO NOTHING
        """;

    private const string SelectConversationSql = """
        SELECT conversation_id AS ConversationId, user_id AS UserId, created_at_ms AS CreatedAtMs
        FROM directline_conversations WHERE conversation_id = @ConversationId
        """;

    private const string NextSequenceSql = """
        UPDATE directline_conversations SET last_sequence = last_sequence + 1
        WHERE conversation_id = @ConversationId
        RETURNING last_sequence
        """;

    private const string SelectColumns = "SELECT sequence AS Sequence, activity_id AS ActivityId, activity_json AS ActivityJson FROM directline_activities ";

    private const string SelectByActivityIdSql = SelectColumns + "WHERE conversation_id = @ConversationId AND activity_id = @ActivityId";

    private const string SelectByOutboxIdSql = SelectColumns + "WHERE outbox_id = @OutboxId";

    private const string SelectAfterSql = SelectColumns
        + "WHERE conversation_id = @ConversationId AND sequence > @AfterSequence ORDER BY sequence LIMIT @Max";

    private const string InsertActivitySql = """
        INSERT INTO directline_activities (conversation_id, sequence, activity_id, activity_json, outbox_id, created_at_ms)
        VALUES (@ConversationId, @Sequence, @ActivityId, @ActivityJson, @OutboxId, @NowMs)
        """;

    /// <inheritdoc />
    public async Task<DirectLineConversation> EnsureConversationAsync(string conversationId, string userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        ArgumentNullException.ThrowIfNull(userId);
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(InsertConversationSql,
            new { ConversationId = conversationId, UserId = userId, NowMs = NowMs() }, cancellationToken: cancellationToken));
        return await connection.QuerySingleAsync<DirectLineConversation>(new CommandDefinition(SelectConversationSql,
            new { ConversationId = conversationId }, cancellationToken: cancellationToken));
    }

    /// <inheritdoc />
    public async Task<DirectLineConversation?> GetConversationAsync(string conversationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<DirectLineConversation>(new CommandDefinition(SelectConversationSql,
            new { ConversationId = conversationId }, cancellationToken: cancellationToken));
    }

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">The conversation does not exist (call
    /// <see cref="EnsureConversationAsync"/> first).</exception>
    public async Task<(TranscriptActivity Activity, bool Created)> AppendUserActivityAsync(
        string conversationId, string activityId, string activityJson, InboxItem inbox, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        ArgumentNullException.ThrowIfNull(activityId);
        ArgumentNullException.ThrowIfNull(activityJson);
        ArgumentNullException.ThrowIfNull(inbox);
        var nowMs = NowMs();
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
        var sequence = await NextSequenceAsync(connection, transaction, conversationId, cancellationToken);

        // Checked after the increment: a concurrent append of the same id has committed by now (it held the row).
        var existing = await connection.QuerySingleOrDefaultAsync<TranscriptActivity>(new CommandDefinition(SelectByActivityIdSql,
            new { ConversationId = conversationId, ActivityId = activityId }, transaction, cancellationToken: cancellationToken));
        if (existing is not null)
        {
            await transaction.RollbackAsync(cancellationToken);
            return (existing, false);
        }

        var activity = new TranscriptActivity(sequence, activityId, activityJson);
        await InsertActivityAsync(connection, transaction, conversationId, activity, null, nowMs, cancellationToken);
        await InboxStore.InsertAsync(connection, transaction, inbox, nowMs, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (activity, true);
    }

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">The conversation does not exist.</exception>
    public async Task<TranscriptActivity> AppendBotActivityAsync(
        string conversationId, string activityId, string activityJson, long outboxId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        ArgumentNullException.ThrowIfNull(activityId);
        ArgumentNullException.ThrowIfNull(activityJson);
        var nowMs = NowMs();
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
        var sequence = await NextSequenceAsync(connection, transaction, conversationId, cancellationToken);

        var existing = await connection.QuerySingleOrDefaultAsync<TranscriptActivity>(new CommandDefinition(SelectByOutboxIdSql,
            new { OutboxId = outboxId }, transaction, cancellationToken: cancellationToken));
        if (existing is not null)
        {
            await transaction.RollbackAsync(cancellationToken);
            return existing;
        }

        var activity = new TranscriptActivity(sequence, activityId, activityJson);
        await InsertActivityAsync(connection, transaction, conversationId, activity, outboxId, nowMs, cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(OutboxStore.MarkDeliveredSql, new { OutboxId = outboxId, NowMs = nowMs },
            transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return activity;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<TranscriptActivity>> GetActivitiesAsync(
        string conversationId, long afterSequence, int max, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<TranscriptActivity>(new CommandDefinition(SelectAfterSql,
            new { ConversationId = conversationId, AfterSequence = afterSequence, Max = (long)max },
            cancellationToken: cancellationToken));
        return rows.AsList();
    }

    private static async Task<long> NextSequenceAsync(
        DbConnection connection, DbTransaction transaction, string conversationId, CancellationToken cancellationToken)
    {
        var sequence = await connection.QuerySingleOrDefaultAsync<long?>(new CommandDefinition(NextSequenceSql,
            new { ConversationId = conversationId }, transaction, cancellationToken: cancellationToken));
        return sequence ?? throw new InvalidOperationException(
            $"Direct Line conversation '{conversationId}' does not exist; create it before appending activities.");
    }

    private static Task InsertActivityAsync(DbConnection connection, DbTransaction transaction, string conversationId,
        TranscriptActivity activity, long? outboxId, long nowMs, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(InsertActivitySql,
            new { ConversationId = conversationId, activity.Sequence, activity.ActivityId, activity.ActivityJson, OutboxId = outboxId, NowMs = nowMs },
            transaction, cancellationToken: cancellationToken));

    private long NowMs() => time.GetUtcNow().ToUnixTimeMilliseconds();
}
