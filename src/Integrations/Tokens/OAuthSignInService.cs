using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using ChatFlow.Integrations.Storage;
using Microsoft.Extensions.Logging;
using Polly;

namespace ChatFlow.Integrations.Tokens;

/// <inheritdoc />
internal sealed class OAuthSignInService(
    ConnectionRegistry connections,
    OAuthClient oauth,
    TokenProtector protector,
    IPendingSignInStore pendingSignIns,
    IUserTokenStore tokens,
    IAuditStore audit,
    IServiceBaseAddress serviceBaseAddress,
    TimeProvider time,
    ILogger<OAuthSignInService> logger) : IOAuthSignInService
{
    /// <summary>How long a sign-in link stays valid.</summary>
    public static readonly TimeSpan PendingLifetime = TimeSpan.FromMinutes(10);

    /// <summary>Path of ChatFlow's sign-in link, relative to the base address; the id follows.</summary>
    public const string SignInPath = "auth/signin/";

    /// <summary>Audit kind of a completed sign-in.</summary>
    public const string CompletedAuditKind = "signin.completed";

    /// <summary>Audit kind of a failed sign-in whose pending request was known.</summary>
    public const string FailedAuditKind = "signin.failed";

    private static readonly HashSet<string> RegisteredAuthorizationErrors = new(StringComparer.Ordinal)
    {
        "invalid_request", "unauthorized_client", "access_denied", "unsupported_response_type", "invalid_scope",
        "server_error", "temporarily_unavailable", "login_required", "consent_required", "interaction_required",
        "account_selection_required",
    };

    public async Task<Uri> StartAsync(string connection, string channel, string conversationId, string channelUserId,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(channel);
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(channelUserId);
        _ = connections.Get(connection);

        var id = Pkce.CreateId();
        var expiresAt = time.GetUtcNow() + PendingLifetime;
        await pendingSignIns.CreateAsync(
            new PendingSignIn(id, connection, channel, conversationId, channelUserId,
                protector.ProtectVerifier(Pkce.CreateVerifier()), expiresAt.ToUnixTimeMilliseconds()),
            cancellationToken);
        TokensLog.SignInStarted(logger, Digest(id), connection, channel);
        return new Uri(ServiceUri.WithTrailingSlash(serviceBaseAddress.BaseAddress), SignInPath + id);
    }

    public async Task<Uri?> GetAuthorizationRedirectAsync(string id, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(id))
        {
            return null;
        }

        var pending = await pendingSignIns.GetAsync(id, cancellationToken);
        if (pending is null || IsExpired(pending))
        {
            return null;
        }

        string verifier;
        try
        {
            verifier = protector.UnprotectVerifier(pending.ProtectedCodeVerifier);
        }
        catch (CryptographicException)
        {
            return null;
        }

        var connection = connections.Get(pending.Connection);
        OAuthEndpoints endpoints;
        try
        {
            endpoints = await oauth.GetEndpointsAsync(connection, cancellationToken);
        }
        catch (Exception ex) when ((ex is OAuthProtocolException || IsServerFailure(ex)) && !cancellationToken.IsCancellationRequested)
        {
            throw new InvalidOperationException(
                $"The authorization server of connection '{connection.Name}' ({connection.Authority}) could not be discovered.", ex);
        }

        var query = new StringBuilder();
        void Add(string name, string value) =>
            query.Append(query.Length == 0 ? "" : "&").Append(name).Append('=').Append(Uri.EscapeDataString(value));
        Add("response_type", "code");
        Add("client_id", connection.ClientId);
        Add("redirect_uri", connection.RedirectUri.AbsoluteUri);
        Add("scope", connection.Scopes);
        Add("state", pending.Id);
        Add("code_challenge", Pkce.ComputeS256Challenge(verifier));
        Add("code_challenge_method", "S256");

        var builder = new UriBuilder(endpoints.AuthorizationEndpoint);
        var existing = builder.Query.TrimStart('?');
        builder.Query = existing.Length == 0 ? query.ToString() : existing + "&" + query;
        return builder.Uri;
    }

    public async Task<SignInCompletion> CompleteAsync(string state, string? code, string? error, CancellationToken cancellationToken)
    {
        var pending = string.IsNullOrEmpty(state) ? null : await pendingSignIns.TakeAsync(state, cancellationToken);
        if (pending is null)
        {
            TokensLog.SignInFailed(logger, null, SignInErrorCodes.UnknownState);
            return new SignInCompletion(false, SignInErrorCodes.UnknownState, null, null, null, null, null);
        }

        if (IsExpired(pending))
        {
            return await FailAsync(pending, SignInErrorCodes.ExpiredState, cancellationToken);
        }

        if (!string.IsNullOrEmpty(error))
        {
            return await FailAsync(pending,
                RegisteredAuthorizationErrors.Contains(error) ? error : SignInErrorCodes.AuthorizationError, cancellationToken);
        }

        if (string.IsNullOrEmpty(code))
        {
            return await FailAsync(pending, SignInErrorCodes.MissingCode, cancellationToken);
        }

        var connection = connections.Get(pending.Connection);
        string subject;
        OAuthTokenResponse response;
        try
        {
            var verifier = protector.UnprotectVerifier(pending.ProtectedCodeVerifier);
            var endpoints = await oauth.GetEndpointsAsync(connection, cancellationToken);
            response = await oauth.RedeemCodeAsync(connection, endpoints.TokenEndpoint, code, verifier, cancellationToken);
            if (!string.IsNullOrEmpty(response.IdToken))
            {
                subject = OAuthClient.ReadIdTokenSubject(response.IdToken, connection.ClientId);
            }
            else if (endpoints.UserInfoEndpoint is { } userInfo)
            {
                subject = await oauth.GetUserInfoSubjectAsync(userInfo, response.AccessToken!, cancellationToken);
            }
            else
            {
                return await FailAsync(pending, SignInErrorCodes.NoSubject, cancellationToken);
            }
        }
        catch (OAuthProtocolException ex)
        {
            var errorCode = ex.ErrorCode is "invalid_id_token" or "userinfo_error" ? SignInErrorCodes.NoSubject
                : ex.ErrorCode == "discovery_error" ? SignInErrorCodes.ServerUnavailable
                : SignInErrorCodes.TokenEndpointError;
            TokensLog.SignInFailedWithException(logger, connection.Name, errorCode, ex);
            return await FailAsync(pending, errorCode, cancellationToken);
        }
        catch (Exception ex) when (IsServerFailure(ex) && !cancellationToken.IsCancellationRequested)
        {
            TokensLog.SignInFailedWithException(logger, connection.Name, SignInErrorCodes.ServerUnavailable, ex);
            return await FailAsync(pending, SignInErrorCodes.ServerUnavailable, cancellationToken);
        }

        var now = time.GetUtcNow();
        await tokens.SaveAsync(
            new StoredUserToken(subject, connection.Name,
                protector.ProtectTokens(response.AccessToken!, response.RefreshToken),
                ExpiresAt(now, response.ExpiresInSeconds).ToUnixTimeMilliseconds(),
                now.ToUnixTimeMilliseconds()),
            cancellationToken);
        await tokens.LinkUserAsync(pending.Channel, pending.ChannelUserId, subject, cancellationToken);
        await audit.AppendAsync(
            new AuditEvent(CompletedAuditKind, subject, null, null, "ok", CorrelationId(), null, now.ToUnixTimeMilliseconds()),
            cancellationToken);
        TokensLog.SignInCompleted(logger, subject, connection.Name);
        return new SignInCompletion(true, null, connection.Name, pending.Channel, pending.ConversationId, pending.ChannelUserId, subject);
    }

    /// <summary>Access token expiry: now + <c>expires_in</c>, or one hour when the server omits it.</summary>
    internal static DateTimeOffset ExpiresAt(DateTimeOffset now, long? expiresInSeconds) =>
        now + TimeSpan.FromSeconds(expiresInSeconds is > 0 ? expiresInSeconds.Value : 3600);

    /// <summary>Transport-level failures of the authorization server (not the user's fault).</summary>
    internal static bool IsServerFailure(Exception ex) =>
        ex is HttpRequestException or ExecutionRejectedException or TaskCanceledException or CryptographicException;

    private async Task<SignInCompletion> FailAsync(PendingSignIn pending, string errorCode, CancellationToken cancellationToken)
    {
        TokensLog.SignInFailed(logger, pending.Connection, errorCode);
        await audit.AppendAsync(
            new AuditEvent(FailedAuditKind, pending.ChannelUserId, null, null, "error:" + errorCode, CorrelationId(), null,
                time.GetUtcNow().ToUnixTimeMilliseconds()),
            cancellationToken);
        return new SignInCompletion(false, errorCode, pending.Connection, pending.Channel, pending.ConversationId, pending.ChannelUserId, null);
    }

    private bool IsExpired(PendingSignIn pending) => time.GetUtcNow().ToUnixTimeMilliseconds() >= pending.ExpiresAtMs;

    private static string CorrelationId() => Activity.Current?.TraceId.ToHexString() ?? Guid.NewGuid().ToString("N");

    /// <summary>A short digest of a sign-in id for logs (the id is the OAuth state: not logged raw).</summary>
    private static string Digest(string id) => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(id)))[..12];
}
