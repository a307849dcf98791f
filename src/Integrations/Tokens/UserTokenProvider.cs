using System.Security.Cryptography;
using System.Text.Json;
using ChatFlow.Integrations.Storage;
using Microsoft.Extensions.Logging;

namespace ChatFlow.Integrations.Tokens;

/// <inheritdoc />
internal sealed class UserTokenProvider(
    ConnectionRegistry connections,
    OAuthClient oauth,
    TokenProtector protector,
    IUserTokenStore tokens,
    TokenRefreshLocks refreshLocks,
    TimeProvider time,
    ILogger<UserTokenProvider> logger) : IUserTokenProvider
{
    /// <summary>An access token expiring sooner than this is refreshed first.</summary>
    public static readonly TimeSpan RefreshMargin = TimeSpan.FromSeconds(60);

    public Task<string?> GetLinkedSubjectAsync(string channel, string channelUserId, CancellationToken cancellationToken) =>
        tokens.GetLinkedSubjectAsync(channel, channelUserId, cancellationToken);

    public async Task<string?> GetAccessTokenAsync(string channel, string channelUserId, string connection, CancellationToken cancellationToken)
    {
        var resolved = connections.Get(connection);
        var subject = await tokens.GetLinkedSubjectAsync(channel, channelUserId, cancellationToken);
        if (subject is null)
        {
            return null;
        }

        var stored = await tokens.GetAsync(subject, connection, cancellationToken);
        if (stored is null)
        {
            return null;
        }

        if (IsFresh(stored))
        {
            return Unprotect(stored)?.AccessToken ?? await DeleteUnreadableAsync(stored, cancellationToken);
        }

        var gate = refreshLocks.For(subject, connection);
        await gate.WaitAsync(cancellationToken);
        try
        {
            // Another turn may have refreshed while this one waited.
            stored = await tokens.GetAsync(subject, connection, cancellationToken);
            if (stored is null)
            {
                return null;
            }

            var current = Unprotect(stored);
            if (current is null)
            {
                return await DeleteUnreadableAsync(stored, cancellationToken);
            }

            if (IsFresh(stored))
            {
                return current.AccessToken;
            }

            if (string.IsNullOrEmpty(current.RefreshToken))
            {
                return null;
            }

            return await RefreshAsync(resolved, subject, current.RefreshToken, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    public async Task InvalidateAsync(string channel, string channelUserId, string connection, CancellationToken cancellationToken)
    {
        _ = connections.Get(connection);
        var subject = await tokens.GetLinkedSubjectAsync(channel, channelUserId, cancellationToken);
        if (subject is null)
        {
            return;
        }

        await tokens.DeleteAsync(subject, connection, cancellationToken);
        TokensLog.TokenInvalidated(logger, subject, connection);
    }

    private async Task<string?> RefreshAsync(ResolvedConnection connection, string subject, string refreshToken, CancellationToken cancellationToken)
    {
        OAuthTokenResponse response;
        try
        {
            var endpoints = await oauth.GetEndpointsAsync(connection, cancellationToken);
            response = await oauth.RefreshAsync(connection, endpoints.TokenEndpoint, refreshToken, cancellationToken);
        }
        catch (OAuthProtocolException ex)
        {
            TokensLog.TokenRefreshFailed(logger, subject, connection.Name, ex);
            if (ex.IsGrantRejected)
            {
                // The refresh token is dead (expired, revoked, rotated away): drop it so the user signs in again.
                await tokens.DeleteAsync(subject, connection.Name, cancellationToken);
            }

            return null;
        }
        catch (Exception ex) when (OAuthSignInService.IsServerFailure(ex) && !cancellationToken.IsCancellationRequested)
        {
            TokensLog.TokenRefreshFailed(logger, subject, connection.Name, ex);
            return null;
        }

        var now = time.GetUtcNow();
        await tokens.SaveAsync(
            new StoredUserToken(subject, connection.Name,
                protector.ProtectTokens(response.AccessToken!, response.RefreshToken ?? refreshToken),
                OAuthSignInService.ExpiresAt(now, response.ExpiresInSeconds).ToUnixTimeMilliseconds(),
                now.ToUnixTimeMilliseconds()),
            cancellationToken);
        TokensLog.TokenRefreshed(logger, subject, connection.Name);
        return response.AccessToken;
    }

    private bool IsFresh(StoredUserToken stored) =>
        stored.ExpiresAtMs - time.GetUtcNow().ToUnixTimeMilliseconds() > (long)RefreshMargin.TotalMilliseconds;

    private ProtectedTokenPayload? Unprotect(StoredUserToken stored)
    {
        try
        {
            return protector.UnprotectTokens(stored.ProtectedTokens);
        }
        catch (Exception ex) when (ex is CryptographicException or JsonException)
        {
            TokensLog.TokenUnreadable(logger, stored.Subject, stored.Connection, ex);
            return null;
        }
    }

    private async Task<string?> DeleteUnreadableAsync(StoredUserToken stored, CancellationToken cancellationToken)
    {
        await tokens.DeleteAsync(stored.Subject, stored.Connection, cancellationToken);
        return null;
    }
}
