namespace ChatFlow.Integrations.Storage;

/// <summary>Per-user, per-connection tokens (encrypted before they get here) and channel-user links.</summary>
public interface IUserTokenStore
{
    /// <summary>The stored tokens, or <c>null</c>.</summary>
    Task<StoredUserToken?> GetAsync(string subject, string connection, CancellationToken cancellationToken);

    /// <summary>Inserts or replaces the tokens of (subject, connection).</summary>
    Task SaveAsync(StoredUserToken token, CancellationToken cancellationToken);

    /// <summary>Deletes the tokens of (subject, connection); no error if absent.</summary>
    Task DeleteAsync(string subject, string connection, CancellationToken cancellationToken);

    /// <summary>Links a channel user to the directory subject they proved by signing in.</summary>
    Task LinkUserAsync(string channel, string channelUserId, string subject, CancellationToken cancellationToken);

    /// <summary>The directory subject linked to a channel user, or <c>null</c>.</summary>
    Task<string?> GetLinkedSubjectAsync(string channel, string channelUserId, CancellationToken cancellationToken);
}
