namespace ChatFlow.Integrations.Storage;

/// <summary>OAuth requests in flight.</summary>
public interface IPendingSignInStore
{
    /// <summary>Stores a new pending sign-in.</summary>
    Task CreateAsync(PendingSignIn signIn, CancellationToken cancellationToken);

    /// <summary>Reads a pending sign-in without consuming it (the start of the redirect), or <c>null</c>.</summary>
    Task<PendingSignIn?> GetAsync(string id, CancellationToken cancellationToken);

    /// <summary>Deletes and returns the pending sign-in (the callback): a second call for the same id returns <c>null</c>.</summary>
    Task<PendingSignIn?> TakeAsync(string id, CancellationToken cancellationToken);
}
