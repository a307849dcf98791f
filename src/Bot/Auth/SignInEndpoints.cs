using System.Net;
using System.Text.Json;
using ChatFlow.Bot.Turns;
using ChatFlow.Integrations.Storage;
using ChatFlow.Integrations.Tokens;
using ChatFlow.Skills.Conversations;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChatFlow.Bot.Auth;

/// <summary>The browser side of per-user sign-in: <c>GET /auth/signin/{id}</c> starts the OAuth 2.0
/// authorization-code + PKCE flow, <c>GET /auth/callback</c> finishes it and resumes the waiting conversation.</summary>
/// <remarks>RFC 6749 §4.1 (authorization code grant), RFC 7636 (PKCE).</remarks>
public static class SignInEndpoints
{
    /// <summary>Maps the sign-in routes.</summary>
    /// <param name="app">The application.</param>
    /// <returns>The same application.</returns>
    public static WebApplication MapSignIn(this WebApplication app)
    {
        var group = app.MapGroup("/auth").ExcludeFromDescription();
        group.MapGet("/signin/{id}", StartAsync);
        group.MapGet("/callback", CallbackAsync);
        return app;
    }

    private static async Task<Results<RedirectHttpResult, ContentHttpResult>> StartAsync(
        string id, IOAuthSignInService signIn, CancellationToken cancellationToken)
    {
        var redirect = await signIn.GetAuthorizationRedirectAsync(id, cancellationToken);
        return redirect is null
            ? Page(HttpStatusCode.NotFound, "This sign-in link has expired or was already used", "Go back to the chat and ask again; the bot will send a fresh link.")
            : TypedResults.Redirect(redirect.AbsoluteUri);
    }

    private static async Task<ContentHttpResult> CallbackAsync(
        string? state, string? code, string? error, IOAuthSignInService signIn, IInboxStore inbox, InboxSignal signal,
        TimeProvider time, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(state))
        {
            return Page(HttpStatusCode.BadRequest, "Sign-in could not be completed", "The authorization server's answer had no state parameter.");
        }

        var completion = await signIn.CompleteAsync(state, code, error, cancellationToken);
        if (completion.Channel is null || completion.ConversationId is null || completion.ChannelUserId is null)
        {
            return Page(HttpStatusCode.BadRequest, "This sign-in link has expired or was already used", "Go back to the chat and ask again; the bot will send a fresh link.");
        }

        var turn = new Turn
        {
            TurnId = $"signin:{state}",
            Channel = completion.Channel,
            ConversationId = completion.ConversationId,
            User = new ChannelUser(completion.ChannelUserId, null),
            Kind = completion.Succeeded ? TurnKind.SignInCompleted : TurnKind.SignInFailed,
            ReceivedAtMs = time.GetUtcNow().ToUnixTimeMilliseconds(),
        };
        await inbox.EnqueueAsync(new InboxItem(turn.Channel, turn.TurnId,
            ConversationKeys.For(turn.Channel, turn.ConversationId, turn.User.Id),
            JsonSerializer.Serialize(turn, ConversationJsonContext.Default.Turn)), cancellationToken);
        signal.Pulse();

        return completion.Succeeded
            ? Page(HttpStatusCode.OK, "You're signed in", "You can close this tab and go back to the chat: ChatFlow is finishing your request.")
            : Page(HttpStatusCode.OK, "Sign-in did not complete", "Nothing was changed. Go back to the chat to try again or cancel.");
    }

    private static ContentHttpResult Page(HttpStatusCode status, string title, string text) =>
        TypedResults.Content(
            $$"""
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>{{WebUtility.HtmlEncode(title)}} · ChatFlow</title>
            <style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem}</style></head>
            <body><h1>{{WebUtility.HtmlEncode(title)}}</h1><p>{{WebUtility.HtmlEncode(text)}}</p></body></html>
            """,
            "text/html; charset=utf-8",
            statusCode: (int)status);
}
