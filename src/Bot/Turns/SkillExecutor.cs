using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ChatFlow.Integrations.Connectors;
using ChatFlow.Integrations.Storage;
using ChatFlow.Integrations.Tokens;
using ChatFlow.Skills.Conversations;
using ChatFlow.Skills.Dialog;
using ChatFlow.Skills.Forms;
using ChatFlow.Skills.Manifests;

namespace ChatFlow.Bot.Turns;

/// <summary>Executes a confirmed skill invocation under the requesting user's own token: no token → a sign-in
/// card (the run waits in the conversation state); token → the connector call with the run's idempotency key,
/// an audit row, and the dialog's result reply.</summary>
internal sealed class SkillExecutor(
    IUserTokenProvider tokens,
    IOAuthSignInService signIn,
    IConnectorInvoker connectors,
    IAuditStore audit,
    SkillCatalogAccessor catalog,
    TimeProvider time,
    ILogger<SkillExecutor> logger)
{
    /// <summary>Attempts after which an unavailable back end is reported to the user instead of retried.</summary>
    public const int MaxTransientAttempts = 3;

    public async Task<(HostConversationState Next, IReadOnlyList<Reply> Replies)> ExecuteAsync(
        HostConversationState state, SkillInvocation invocation, Turn turn, int attempt, IReadOnlyList<Reply> leading,
        CancellationToken cancellationToken)
    {
        var replies = new List<Reply>(leading);
        var accessToken = await tokens.GetAccessTokenAsync(turn.Channel, turn.User.Id, invocation.Connection, cancellationToken);
        if (accessToken is null)
        {
            replies.Add(await SignInReplyAsync(invocation, turn, cancellationToken));
            return (state with { Pending = invocation }, replies);
        }

        var result = await connectors.InvokeAsync(
            new ConnectorCall(invocation.Connector, invocation.Operation, invocation.Arguments, IdempotencyKey(invocation)),
            accessToken, cancellationToken);

        if (result.Status == ConnectorResultStatus.Unauthorized)
        {
            // The token was revoked or expired beyond refresh: ask again, keep the run waiting.
            await tokens.InvalidateAsync(turn.Channel, turn.User.Id, invocation.Connection, cancellationToken);
            replies.Add(await SignInReplyAsync(invocation, turn, cancellationToken));
            return (state with { Pending = invocation }, replies);
        }

        if (result.Status == ConnectorResultStatus.Failed && attempt < MaxTransientAttempts)
        {
            TurnLog.ConnectorUnavailable(logger, invocation.Connector, invocation.Operation, result.HttpStatus ?? 0, turn.TurnId);
            throw new TransientSkillException($"Connector {invocation.Connector} operation {invocation.Operation} answered HTTP {result.HttpStatus}.");
        }

        var outcome = result.Status switch
        {
            ConnectorResultStatus.Succeeded => SkillOutcome.Succeeded(result.Fields),
            ConnectorResultStatus.Forbidden => SkillOutcome.Of(SkillOutcomeStatus.Forbidden, result.ProblemTitle),
            ConnectorResultStatus.Invalid or ConnectorResultStatus.Conflict => SkillOutcome.Of(SkillOutcomeStatus.Invalid,
                ConnectorFieldErrors.Describe(result.FieldErrors, catalog.Current.Find(invocation.SkillId, invocation.SkillVersion), invocation.Language)
                    ?? result.ProblemDetail ?? result.ProblemTitle),
            // The back end's own words are in its language; the reply names what was looked for in the user's.
            ConnectorResultStatus.NotFound => SkillOutcome.Of(SkillOutcomeStatus.NotFound),
            _ => SkillOutcome.Of(SkillOutcomeStatus.Failed, result.ProblemTitle),
        };
        var subject = await tokens.GetLinkedSubjectAsync(turn.Channel, turn.User.Id, cancellationToken) ?? turn.User.Id;
        await audit.AppendAsync(new AuditEvent(
            outcome.Status == SkillOutcomeStatus.Forbidden ? "skill.refused" : "skill.executed",
            subject, invocation.SkillId, invocation.SkillVersion, outcome.Status.ToString().ToLowerInvariant(),
            invocation.RunId, ArgumentsDigest(invocation.Arguments), time.GetUtcNow().ToUnixTimeMilliseconds()), cancellationToken);
        TurnLog.SkillFinished(logger, invocation.SkillId, invocation.SkillVersion, invocation.RunId, outcome.Status.ToString());

        var step = catalog.Snapshot.Engine.Complete(state.Dialog, outcome);
        replies.AddRange(step.Replies);
        return (state with { Dialog = step.State, Pending = null }, replies);
    }

    private async Task<Reply> SignInReplyAsync(SkillInvocation invocation, Turn turn, CancellationToken cancellationToken)
    {
        var link = await signIn.StartAsync(invocation.Connection, turn.Channel, turn.ConversationId, turn.User.Id, cancellationToken);
        TurnLog.SignInRequested(logger, invocation.SkillId, invocation.RunId, invocation.Connection);
        var skillName = catalog.Current.Find(invocation.SkillId, invocation.SkillVersion)?.Name.Get(invocation.Language) ?? invocation.SkillId;
        return new Reply
        {
            SignIn = new SignInSpec(Text.SignInPrompt(invocation.Language, skillName), Text.SignInButton(invocation.Language), link),
            Locale = invocation.Language,
        };
    }

    /// <summary>The idempotency key of a run: stable across retries of the same run, distinct across runs.</summary>
    private static string IdempotencyKey(SkillInvocation invocation) => $"chatflow:{invocation.SkillId}:{invocation.RunId}";

    private static string ArgumentsDigest(IReadOnlyDictionary<string, string> arguments)
    {
        var canonical = JsonSerializer.Serialize(arguments.OrderBy(a => a.Key, StringComparer.Ordinal)
            .ToDictionary(a => a.Key, a => a.Value), DigestJsonContext.Default.DictionaryStringString);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}
