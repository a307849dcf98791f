using System.Data.Common;
using System.Globalization;
using Dapper;

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
    /// <param name="connection">The open connection of <paramref name="transaction"/>.</param>
    /// <param name="transaction">A write transaction (SQLite: <c>BEGIN IMMEDIATE</c>).</param>
    /// <param name="claimHeadsSql">The provider's statement (<see cref="ClaimHeadsSql"/>).</param>
    /// <param name="conversationKeys">Distinct conversation keys.</param>
    /// <param name="lease">Lease of the claims (&gt; 0).</param>
    /// <param name="nowMs">Unix ms of the write.</param>
    /// <param name="cancellationToken">Cancels the statement.</param>
    /// <returns>The claimed rows, oldest first.</returns>
    internal static async Task<IReadOnlyList<ClaimedInboxItem>> ClaimHeadsAsync(DbConnection connection, DbTransaction transaction,
        string claimHeadsSql, IReadOnlyCollection<string> conversationKeys, TimeSpan lease, long nowMs, CancellationToken cancellationToken)
    {
        if (conversationKeys.Count == 0)
            return [];
        var rows = await connection.QueryAsync<ClaimedRow>(new CommandDefinition(claimHeadsSql,
            new
            {
                Keys = conversationKeys as string[] ?? conversationKeys.ToArray(),
                ClaimToken = NewClaimToken(),
                LeaseUntilMs = nowMs + (long)lease.TotalMilliseconds,
                NowMs = nowMs,
            },
            transaction, cancellationToken: cancellationToken));
        return ToClaimed(rows);
    }

    /// <summary>The head-claim statement in <paramref name="database"/>'s dialect.</summary>
    internal static string ClaimHeadsSql(StoreDatabase database) => string.Format(CultureInfo.InvariantCulture, ClaimHeadsSqlFormat,
        database.InList("h.conversation_key", "@Keys")) + ClaimReturningSql;

    private static List<ClaimedInboxItem> ToClaimed(IEnumerable<ClaimedRow> rows) => rows.OrderBy(row => row.Id)
        .Select(row => new ClaimedInboxItem(row.Id, new InboxItem(row.Channel, row.EventId, row.ConversationKey, row.PayloadJson),
            row.ClaimToken, checked((int)row.Attempts), row.LeaseUntilMs))
        .ToList();
}
