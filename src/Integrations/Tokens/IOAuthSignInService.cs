namespace ChatFlow.Integrations.Tokens;

/// <summary>Signs a channel user in to a connection: authorization code grant with PKCE S256.</summary>
/// <remarks>
/// Flow: <see cref="StartAsync"/> returns ChatFlow's own link <c>{base}/auth/signin/{id}</c> for the sign-in card;
/// the host's <c>GET /auth/signin/{id}</c> redirects (302) to <see cref="GetAuthorizationRedirectAsync"/>; the
/// authorization server redirects back to <c>{base}{CallbackPath}?code=…&amp;state=…</c> (or <c>error=…</c>), and
/// the host calls <see cref="CompleteAsync"/> with those query values.
/// RFC 6749 §4.1 (https://www.rfc-editor.org/rfc/rfc6749#section-4.1),
/// RFC 7636 (https://www.rfc-editor.org/rfc/rfc7636).
/// </remarks>
public interface IOAuthSignInService
{
    /// <summary>Creates a pending sign-in (valid 10 minutes) and returns the link to send the user:
    /// <c>{base}/auth/signin/{id}</c>.</summary>
    /// <exception cref="InvalidOperationException">The connection is not configured.</exception>
    Task<Uri> StartAsync(string connection, string channel, string conversationId, string channelUserId,
        CancellationToken cancellationToken);

    /// <summary>The authorization endpoint URL to redirect the browser to (response_type=code, client_id,
    /// redirect_uri, scope, state, code_challenge, code_challenge_method=S256), or <c>null</c> if the id is unknown,
    /// used or expired.</summary>
    /// <exception cref="InvalidOperationException">Discovery of the authorization server failed (a server or
    /// configuration fault, not the user's).</exception>
    Task<Uri?> GetAuthorizationRedirectAsync(string id, CancellationToken cancellationToken);

    /// <summary>Handles the callback: consumes the pending sign-in once, redeems the code, stores the tokens
    /// encrypted, links the channel user to the subject and audits <c>signin.completed</c>. Never throws for
    /// user-caused or authorization-server failures: they come back as <see cref="SignInCompletion.ErrorCode"/>.</summary>
    /// <param name="state">The <c>state</c> query parameter.</param>
    /// <param name="code">The <c>code</c> query parameter, if any.</param>
    /// <param name="error">The <c>error</c> query parameter, if any.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<SignInCompletion> CompleteAsync(string state, string? code, string? error, CancellationToken cancellationToken);
}
