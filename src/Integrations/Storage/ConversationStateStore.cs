using System.Data.Common;
using System.Globalization;
using Dapper;

namespace ChatFlow.Integrations.Storage;

/// <summary>The <c>conversation_state</c> table: one JSON document per conversation key with an optimistic version.
/// Writes happen only inside <see cref="InboxStore.CommitAsync"/>.</summary>
internal sealed class ConversationStateStore(StoreDatabase database) : IConversationStateStore
{
    private readonly string selectManySql = string.Format(CultureInfo.InvariantCulture, SelectManySql,
        database.InArray("conversation_key", "@ConversationKeys"));

    private const string SelectSql = """
        SELECT conversation_key AS ConversationKey, state_json AS StateJson, version AS Version
        FROM conversation_state WHERE conversation_key = @ConversationKey
        """;

    private const string SelectManySql = """
        SELECT conversation_key AS ConversationKey, state_json AS StateJson, version AS Version
        FROM conversation_state WHERE {0}
        """;

    private const string InsertSql = """
        INSERT INTO conversation_state (conversation_key, state_json, version, updated_at_ms)
        VALUES (@ConversationKey, @StateJson, 1, @NowMs)
        ON CONFLICT (conversation_key) DO NOTHING
        """;

    private const string UpdateSql = """
        UPDATE conversation_state SET state_json = @StateJson, version = version + 1, updated_at_ms = @NowMs
        WHERE conversation_key = @ConversationKey AND version = @Version
        """;

    /// <inheritdoc />
    public async Task<ConversationStateRecord?> GetAsync(string conversationKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationKey);
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<ConversationStateRecord>(new CommandDefinition(SelectSql,
            new { ConversationKey = conversationKey }, cancellationToken: cancellationToken));
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, ConversationStateRecord>> GetManyAsync(IReadOnlyCollection<string> conversationKeys,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationKeys);
        if (conversationKeys.Count == 0)
            return new Dictionary<string, ConversationStateRecord>(StringComparer.Ordinal);
        var rows = new Dictionary<string, ConversationStateRecord>(conversationKeys.Count, StringComparer.Ordinal);
        await using var session = await database.OpenSessionAsync(cancellationToken);
        var command = session.Command(selectManySql, null)
            .Set("ConversationKeys", database.ArrayValue(conversationKeys.Distinct(StringComparer.Ordinal).ToArray()));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var row = new ConversationStateRecord(reader.GetString(0), reader.GetString(1), reader.GetInt64(2));
            rows[row.ConversationKey] = row;
        }

        return rows;
    }

    /// <summary>Writes <paramref name="state"/> as version <c>Version + 1</c> inside the caller's transaction.</summary>
    /// <returns><c>false</c> when the stored version is not <see cref="ConversationStateRecord.Version"/> (0: a row
    /// exists already); nothing is written then.</returns>
    internal static async Task<bool> SaveAsync(StoreSession session, DbTransaction transaction,
        ConversationStateRecord state, long nowMs, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(state.Version);
        var command = session.Command(state.Version == 0 ? InsertSql : UpdateSql, transaction)
            .Set("ConversationKey", state.ConversationKey)
            .Set("StateJson", state.StateJson)
            .Set("NowMs", nowMs);
        if (state.Version != 0)
            command.Set("Version", state.Version);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }
}
