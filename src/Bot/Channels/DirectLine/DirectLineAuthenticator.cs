using ChatFlow.Integrations.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Logging;
using Microsoft.Net.Http.Headers;

namespace ChatFlow.Bot.Channels.DirectLine;

/// <summary>Checks the bearer of a Direct Line request (the secret or a token) and builds Direct Line error responses.</summary>
internal sealed class DirectLineAuthenticator(
    DirectLineSecret secret, DirectLineTokenService tokens, IDirectLineStore store, ILogger<DirectLineAuthenticator> logger)
{
    /// <summary>Token lifetime in seconds, for <c>expires_in</c>.</summary>
    public int ExpiresInSeconds => tokens.ExpiresInSeconds;

    /// <summary>A fresh token with the same conversation and user.</summary>
    public string Issue(TokenPayload payload) => tokens.Issue(payload.ConversationId, payload.UserId);

    /// <summary>Identifies the caller from <c>Authorization: Bearer …</c>, or from the <c>t</c> query parameter
    /// when <paramref name="allowQueryToken"/> (the pre-authorized stream URL).</summary>
    /// <returns>The caller, or a 401 (no bearer) / 403 (forged or expired) refusal.</returns>
    public (DirectLineCaller? Caller, JsonHttpResult<ErrorResponse>? Refusal) Authenticate(HttpRequest request, bool allowQueryToken = false)
    {
        var bearer = ReadBearer(request);
        if (bearer is null && allowQueryToken && request.Query.TryGetValue("t", out var t) && !string.IsNullOrEmpty(t))
            bearer = t.ToString();
        if (string.IsNullOrEmpty(bearer))
            return (null, Refuse(StatusCodes.Status401Unauthorized, DirectLineErrorCodes.Unauthorized,
                "Send 'Authorization: Bearer {secret or token}'."));

        if (secret.Matches(bearer))
            return (new DirectLineCaller(null), null);

        var (status, payload) = tokens.Validate(bearer);
        return status switch
        {
            TokenStatus.Valid => (new DirectLineCaller(payload), null),
            TokenStatus.Expired => (null, Refuse(StatusCodes.Status403Forbidden, DirectLineErrorCodes.TokenExpired,
                "The token has expired; start a new conversation or refresh tokens before they expire.")),
            _ => (null, Refuse(StatusCodes.Status403Forbidden, DirectLineErrorCodes.Forbidden, "The token is not valid.")),
        };
    }

    /// <summary>Authenticates and checks that the caller may use the conversation and that it exists.</summary>
    /// <returns>The conversation, or a 401/403/404 refusal.</returns>
    public async Task<(DirectLineConversation? Conversation, JsonHttpResult<ErrorResponse>? Refusal)> AuthorizeAsync(
        HttpRequest request, string conversationId, CancellationToken cancellationToken, bool allowQueryToken = false)
    {
        var (caller, refusal) = Authenticate(request, allowQueryToken);
        if (refusal is not null)
            return (null, refusal);
        if (!caller!.MayAccess(conversationId))
            return (null, Refuse(StatusCodes.Status403Forbidden, DirectLineErrorCodes.Forbidden, "The token is for another conversation."));

        var conversation = await store.GetConversationAsync(conversationId, cancellationToken);
        if (conversation is null)
            return (null, Refuse(StatusCodes.Status404NotFound, DirectLineErrorCodes.NotFound, "The conversation does not exist."));
        if (caller.Token is { } token && !string.Equals(token.UserId, conversation.UserId, StringComparison.Ordinal))
            return (null, Refuse(StatusCodes.Status403Forbidden, DirectLineErrorCodes.Forbidden, "The token's user does not own the conversation."));
        return (conversation, null);
    }

    /// <summary>A Direct Line error response <c>{"error":{"code","message"}}</c>, logged without request data.</summary>
    public JsonHttpResult<ErrorResponse> Refuse(int statusCode, string code, string message)
    {
        DirectLineLog.Refused(logger, statusCode, code, message);
        return TypedResults.Json(new ErrorResponse(new ErrorBody(code, message)), DirectLineJsonContext.Default.ErrorResponse,
            statusCode: statusCode);
    }

    private static string? ReadBearer(HttpRequest request)
    {
        var header = request.Headers[HeaderNames.Authorization].ToString();
        const string Scheme = "Bearer ";
        return header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) ? header[Scheme.Length..].Trim() : null;
    }
}
