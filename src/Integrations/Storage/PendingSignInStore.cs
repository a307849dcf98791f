using Dapper;

namespace ChatFlow.Integrations.Storage;

/// <summary>The <c>pending_signins</c> table. <see cref="TakeAsync"/> is one <c>DELETE … RETURNING</c>, so of several
/// concurrent callbacks for one id exactly one gets the row.</summary>
internal sealed class PendingSignInStore(StoreDatabase database, TimeProvider time) : IPendingSignInStore
{
    // Column order matches the PendingSignIn constructor.
    private const string Columns = """
        id AS Id, connection_name AS Connection, channel AS Channel, conversation_id AS ConversationId,
        channel_user_id AS ChannelUserId, protected_code_verifier AS ProtectedCodeVerifier, expires_at_ms AS ExpiresAtMs
        """;

    private const string InsertSql = """
        INSERT INTO pending_signins (id, connection_name, channel, conversation_id, channel_user_id, protected_code_verifier,
            expires_at_ms, created_at_ms)
        VALUES (@Id, @Connection, @Channel, @ConversationId, @ChannelUserId, @ProtectedCodeVerifier, @ExpiresAtMs, @NowMs)
        """;

    private const string SelectSql = "SELECT " + Columns + " FROM pending_signins WHERE id = @Id";

    private const string TakeSql = "DELETE FROM pending_signins WHERE id = @Id RETURNING " + Columns;

    /// <inheritdoc />
    /// <exception cref="System.Data.Common.DbException">A pending sign-in with the same id exists.</exception>
    public async Task CreateAsync(PendingSignIn signIn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(signIn);
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(InsertSql,
            new
            {
                signIn.Id,
                signIn.Connection,
                signIn.Channel,
                signIn.ConversationId,
                signIn.ChannelUserId,
                signIn.ProtectedCodeVerifier,
                signIn.ExpiresAtMs,
                NowMs = time.GetUtcNow().ToUnixTimeMilliseconds(),
            },
            cancellationToken: cancellationToken));
    }

    /// <inheritdoc />
    public async Task<PendingSignIn?> GetAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<PendingSignIn>(new CommandDefinition(SelectSql, new { Id = id },
            cancellationToken: cancellationToken));
    }

    /// <inheritdoc />
    public async Task<PendingSignIn?> TakeAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<PendingSignIn>(new CommandDefinition(TakeSql, new { Id = id },
            cancellationToken: cancellationToken));
    }
}
