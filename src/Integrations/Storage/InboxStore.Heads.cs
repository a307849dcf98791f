using System.Data.Common;
using System.Globalization;

namespace ChatFlow.Integrations.Storage;

/// <summary>Claiming a conversation's head row inside a write that already holds the database: at enqueue (the new
/// event is its conversation's only unfinished row) and at commit (the finished turn's conversation has a next row).
/// The caller processes the claimed rows itself, so the common path needs no claim query of its own.</summary>
internal sealed partial class InboxStore
{
    /// <summary>Claims, for each conversation in <c>@Keys</c>, its oldest unfinished row if that row is pending and
    /// due. A conversation whose oldest unfinished row is claimed (being processed) or waiting for a retry gets
    /// nothing, so the one-row-at-a-time order per conversation holds.</summary>
    /// <remarks>PostgreSQL: the <c>UPDATE</c> locks the row and re-checks <c>status = 'pending'</c> after a concurrent
    /// claim commits, so two hosts never both claim it. Two concurrent transactions (one finishing a conversation's
    /// row, one inserting its next row) can each miss the other's row; the workers' idle poll claims it then.</remarks>
    private const string ClaimHeadsSqlFormat = """
        UPDATE inbox
        SET status = 'claimed', claim_token = @ClaimToken, attempts = attempts + 1, lease_until_ms = @LeaseUntilMs,
            updated_at_ms = @NowMs
        WHERE id IN (
            SELECT MIN(h.id) FROM inbox h
            WHERE {0} AND h.status IN ('pending', 'claimed')
            GROUP BY h.conversation_key)
          AND status = 'pending' AND not_before_ms <= @NowMs
        """;

    /// <summary>Claims the head rows of <paramref name="conversationKeys"/> in the caller's write transaction.</summary>
    /// <param name="session">The write session of <paramref name="transaction"/>.</param>
    /// <param name="transaction">A write transaction (SQLite: <c>BEGIN IMMEDIATE</c>).</param>
    /// <param name="claimHeadsSql">The provider's statement (<see cref="ClaimHeadsSql"/>).</param>
    /// <param name="database">The provider (binds the key list).</param>
    /// <param name="conversationKeys">Distinct conversation keys.</param>
    /// <param name="lease">Lease of the claims (&gt; 0).</param>
    /// <param name="nowMs">Unix ms of the write.</param>
    /// <param name="cancellationToken">Cancels the statement.</param>
    /// <returns>The claimed rows, oldest first.</returns>
    internal static async Task<IReadOnlyList<ClaimedInboxItem>> ClaimHeadsAsync(StoreSession session, DbTransaction transaction,
        string claimHeadsSql, StoreDatabase database, IReadOnlyCollection<string> conversationKeys, TimeSpan lease, long nowMs,
        CancellationToken cancellationToken)
    {
        if (conversationKeys.Count == 0)
            return [];
        var command = session.Command(claimHeadsSql, transaction)
            .Set("Keys", database.ArrayValue(conversationKeys as string[] ?? conversationKeys.ToArray()))
            .Set("ClaimToken", NewClaimToken())
            .Set("LeaseUntilMs", nowMs + (long)lease.TotalMilliseconds)
            .Set("NowMs", nowMs);
        return await ReadClaimedAsync(command, cancellationToken);
    }

    /// <summary>The head-claim statement in <paramref name="database"/>'s dialect.</summary>
    internal static string ClaimHeadsSql(StoreDatabase database) => string.Format(CultureInfo.InvariantCulture, ClaimHeadsSqlFormat,
        database.InArray("h.conversation_key", "@Keys")) + ClaimReturningSql;

    /// <summary>Runs a claim statement ending in <see cref="ClaimReturningSql"/> and reads its rows, oldest first.</summary>
    private static async Task<IReadOnlyList<ClaimedInboxItem>> ReadClaimedAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var claimed = new List<ClaimedInboxItem>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                claimed.Add(new ClaimedInboxItem(reader.GetInt64(0),
                    new InboxItem(reader.String(1), reader.String(2), reader.String(3), reader.String(4)),
                    reader.String(5), checked((int)reader.GetInt64(6)), reader.GetInt64(7)));
            }
        }

        if (claimed.Count > 1)
            claimed.Sort(static (a, b) => a.Id.CompareTo(b.Id));
        return claimed;
    }
}
