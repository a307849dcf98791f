using System.Collections.Concurrent;
using ChatFlow.Integrations.Storage;

namespace ChatFlow.Integrations.Tests.Tokens;

/// <summary>In-memory fakes of the token, pending sign-in and audit stores (the real ones live in Storage).</summary>
internal sealed class InMemoryTokenStores : IUserTokenStore, IPendingSignInStore, IAuditStore
{
    public ConcurrentDictionary<(string Subject, string Connection), StoredUserToken> Tokens { get; } = new();
    public ConcurrentDictionary<(string Channel, string ChannelUserId), string> Links { get; } = new();
    public ConcurrentDictionary<string, PendingSignIn> Pending { get; } = new();
    public ConcurrentQueue<AuditEvent> Audit { get; } = new();

    public Task<StoredUserToken?> GetAsync(string subject, string connection, CancellationToken cancellationToken) =>
        Task.FromResult(Tokens.TryGetValue((subject, connection), out var t) ? t : null);

    public Task SaveAsync(StoredUserToken token, CancellationToken cancellationToken)
    {
        Tokens[(token.Subject, token.Connection)] = token;
        return Task.CompletedTask;
    }

    public Task DeleteAsync(string subject, string connection, CancellationToken cancellationToken)
    {
        Tokens.TryRemove((subject, connection), out _);
        return Task.CompletedTask;
    }

    public Task LinkUserAsync(string channel, string channelUserId, string subject, CancellationToken cancellationToken)
    {
        Links[(channel, channelUserId)] = subject;
        return Task.CompletedTask;
    }

    public Task<string?> GetLinkedSubjectAsync(string channel, string channelUserId, CancellationToken cancellationToken) =>
        Task.FromResult(Links.TryGetValue((channel, channelUserId), out var s) ? s : null);

    public Task CreateAsync(PendingSignIn signIn, CancellationToken cancellationToken) =>
        Pending.TryAdd(signIn.Id, signIn) ? Task.CompletedTask : throw new InvalidOperationException("Duplicate id.");

    Task<PendingSignIn?> IPendingSignInStore.GetAsync(string id, CancellationToken cancellationToken) =>
        Task.FromResult(Pending.TryGetValue(id, out var p) ? p : null);

    public Task<PendingSignIn?> TakeAsync(string id, CancellationToken cancellationToken) =>
        Task.FromResult(Pending.TryRemove(id, out var p) ? p : null);

    public Task AppendAsync(AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        Audit.Enqueue(auditEvent);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<AuditEvent>> GetRecentAsync(int max, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<AuditEvent>>(Audit.Reverse().Take(max).ToList());
}
