using System.Data.Common;
using System.Globalization;
using Dapper;

namespace ChatFlow.Integrations.Storage;

/// <summary>The <c>conversation_state</c> table: one JSON document per conversation key with an optimistic version.
/// Writes happen only inside <see cref="InboxStore.CommitAsync"/>.</summary>
internal sealed class ConversationStateStore(StoreDatabase database) : IConversationStateStore
{
    private readonly string selectManySql = string.Format(CultureInfo.InvariantCulture, SelectManySql,
        database.InList("conversation_key", "@ConversationKeys"));

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
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<ConversationStateRecord>(new CommandDefinition(selectManySql,
            new { ConversationKeys = conversationKeys.Distinct(StringComparer.Ordinal).ToArray() }, cancellationToken: cancellationToken));
        return rows.ToDictionary(row => row.ConversationKey, StringComparer.Ordinal);
    }

    /// <summary>Writes <paramref name="state"/> as version <c>Version + 1</c> inside the caller's transaction.</summary>
    /// <returns><c>false</c> when the stored version is not <see cref="ConversationStateRecord.Version"/> (0: a row
    /// exists already); nothing is written then.</returns>
    internal static async Task<bool> SaveAsync(DbConnection connection, DbTransaction transaction,
        ConversationStateRecord state, long nowMs, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(state.Version);
        var written = await connection.ExecuteAsync(new CommandDefinition(state.Version == 0 ? InsertSql : UpdateSql,
            new { state.ConversationKey, state.StateJson, state.Version, NowMs = nowMs },
            transaction, cancellationToken: cancellationToken));
        return written == 1;
    }
}
