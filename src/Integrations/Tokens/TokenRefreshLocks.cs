using System.Collections.Concurrent;

namespace ChatFlow.Integrations.Tokens;

/// <summary>One lock per (subject, connection), so concurrent turns of one user refresh once (refresh tokens may
/// rotate). In-process only: replicas may still race, and the loser of a rotation race has to sign in again.</summary>
internal sealed class TokenRefreshLocks
{
    private readonly ConcurrentDictionary<(string Subject, string Connection), SemaphoreSlim> locks = new();

    public SemaphoreSlim For(string subject, string connection) => locks.GetOrAdd((subject, connection), _ => new SemaphoreSlim(1, 1));
}
