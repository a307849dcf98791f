using Dapper;

namespace ChatFlow.Integrations.Storage;

/// <summary>The <c>user_tokens</c> (by subject and connection) and <c>user_links</c> (by channel and channel user id)
/// tables. Token blobs arrive encrypted and are never put in exceptions or logs.</summary>
internal sealed class UserTokenStore(StoreDatabase database, TimeProvider time) : IUserTokenStore
{
    // Column order matches the StoredUserToken constructor.
    private const string SelectTokenSql = """
        SELECT subject AS Subject, connection_name AS Connection, protected_tokens AS ProtectedTokens,
            expires_at_ms AS ExpiresAtMs, updated_at_ms AS UpdatedAtMs
        FROM user_tokens WHERE subject = @Subject AND connection_name = @Connection
        """;

    private const string UpsertTokenSql = """
        INSERT INTO user_tokens (subject, connection_name, protected_tokens, expires_at_ms, updated_at_ms)
        VALUES (@Subject, @Connection, @ProtectedTokens, @ExpiresAtMs, @UpdatedAtMs)
        ON CONFLICT (subject, connection_name) DO UPDATE
        SET protected_tokens = excluded.protected_tokens, expires_at_ms = excluded.expires_at_ms,
            updated_at_ms = excluded.updated_at_ms
        """;

    private const string DeleteTokenSql = "DELETE FROM user_tokens WHERE subject = @Subject AND connection_name = @Connection";

    private const string UpsertLinkSql = """
        INSERT INTO user_links (channel, channel_user_id, subject, linked_at_ms)
        VALUES (@Channel, @ChannelUserId, @Subject, @NowMs)
        ON CONFLICT (channel, channel_user_id) DO UPDATE SET subject = excluded.subject, linked_at_ms = excluded.linked_at_ms
        """;

    private const string SelectLinkSql = "SELECT subject FROM user_links WHERE channel = @Channel AND channel_user_id = @ChannelUserId";

    /// <inheritdoc />
    public async Task<StoredUserToken?> GetAsync(string subject, string connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(connection);
        await using var db = await database.OpenAsync(cancellationToken);
        return await db.QuerySingleOrDefaultAsync<StoredUserToken>(new CommandDefinition(SelectTokenSql,
            new { Subject = subject, Connection = connection }, cancellationToken: cancellationToken));
    }

    /// <inheritdoc />
    public async Task SaveAsync(StoredUserToken token, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(token);
        await using var db = await database.OpenAsync(cancellationToken);
        await db.ExecuteAsync(new CommandDefinition(UpsertTokenSql,
            new { token.Subject, token.Connection, token.ProtectedTokens, token.ExpiresAtMs, token.UpdatedAtMs },
            cancellationToken: cancellationToken));
    }

    /// <inheritdoc />
    public async Task DeleteAsync(string subject, string connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(connection);
        await using var db = await database.OpenAsync(cancellationToken);
        await db.ExecuteAsync(new CommandDefinition(DeleteTokenSql, new { Subject = subject, Connection = connection },
            cancellationToken: cancellationToken));
    }

    /// <inheritdoc />
    public async Task LinkUserAsync(string channel, string channelUserId, string subject, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(channelUserId);
        ArgumentNullException.ThrowIfNull(subject);
        await using var db = await database.OpenAsync(cancellationToken);
        await db.ExecuteAsync(new CommandDefinition(UpsertLinkSql,
            new { Channel = channel, ChannelUserId = channelUserId, Subject = subject, NowMs = time.GetUtcNow().ToUnixTimeMilliseconds() },
            cancellationToken: cancellationToken));
    }

    /// <inheritdoc />
    public async Task<string?> GetLinkedSubjectAsync(string channel, string channelUserId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(channelUserId);
        await using var db = await database.OpenAsync(cancellationToken);
        return await db.QuerySingleOrDefaultAsync<string>(new CommandDefinition(SelectLinkSql,
            new { Channel = channel, ChannelUserId = channelUserId }, cancellationToken: cancellationToken));
    }
}
