using System.Text.Json;
using ChatFlow.Integrations.Llm;
using ChatFlow.Integrations.Storage;
using ChatFlow.Skills.Conversations;
using ChatFlow.Skills.Dialog;

namespace ChatFlow.Bot.Turns;

/// <summary>Runs one claimed inbox row up to its commit: dialog step → (execute the skill under the user's own token,
/// or ask them to sign in) → the new state and the queued replies. The <see cref="TurnWorker"/> commits the turns of a
/// claim batch together and wakes delivery.</summary>
/// <remarks>Safe to run twice for the same row (a crash after the connector call and before the commit): the
/// state is unchanged, so the dialog produces the same invocation with the same run id, and the connector call
/// carries the run's idempotency key, so the back end creates nothing new.</remarks>
internal sealed partial class TurnProcessor(
    SkillCatalogAccessor catalog,
    SkillAdminCommands adminCommands,
    IAsyncIntentRecognizer recognizer,
    FormStateTokens formTokens,
    SkillExecutor executor,
    ILogger<TurnProcessor> logger)
{
    /// <summary>Processes one claimed row against its conversation's stored state.</summary>
    /// <param name="claimed">The claimed row; its payload is a <see cref="Turn"/>.</param>
    /// <param name="record">The conversation's stored state, or <c>null</c> when it has none; its version is the one
    /// the commit checks.</param>
    /// <param name="cancellationToken">Stops processing; the row's lease then expires and it is retried.</param>
    /// <returns>What to commit for the turn.</returns>
    /// <exception cref="TransientSkillException">The back end is unavailable; the caller releases the row for a retry.</exception>
    /// <exception cref="InvalidOperationException">The row holds no turn.</exception>
    public async Task<TurnCommit> PrepareAsync(ClaimedInboxItem claimed, ConversationStateRecord? record, CancellationToken cancellationToken)
    {
        var turn = JsonSerializer.Deserialize(claimed.Item.PayloadJson, ConversationJsonContext.Default.Turn)
            ?? throw new InvalidOperationException($"Inbox row {claimed.Id} holds no turn.");
        var state = record is null
            ? new HostConversationState(DialogState.Initial(), null)
            : JsonSerializer.Deserialize(record.StateJson, HostStateJsonContext.Default.HostConversationState)!;

        var (next, replies) = await StepAsync(state, turn, claimed.Attempts, cancellationToken);

        var outbox = new List<OutboxMessage>(replies.Count);
        foreach (var reply in replies)
        {
            var stamped = StampStateToken(reply, turn, next.Dialog.RunId);
            outbox.Add(new OutboxMessage(turn.Channel, turn.ConversationId, JsonSerializer.Serialize(
                new OutboundReply(stamped, turn.ConversationId, turn.User.Id, turn.Kind == TurnKind.Message ? turn.TurnId : null),
                ConversationJsonContext.Default.OutboundReply)));
        }

        return new TurnCommit(claimed.Id, claimed.ClaimToken, new ConversationStateRecord(
            claimed.Item.ConversationKey,
            JsonSerializer.Serialize(next, HostStateJsonContext.Default.HostConversationState),
            record?.Version ?? 0), outbox);
    }

    private async Task<(HostConversationState Next, IReadOnlyList<Reply> Replies)> StepAsync(
        HostConversationState state, Turn turn, int attempt, CancellationToken cancellationToken)
    {
        switch (turn.Kind)
        {
            case TurnKind.SignInCompleted when state.Pending is { } pending:
                return await executor.ExecuteAsync(state, pending, turn, attempt, [], cancellationToken);
            case TurnKind.SignInCompleted:
                return (state, [Reply.Say(Text.SignedIn(state.Dialog.Language), state.Dialog.Language)]);
            case TurnKind.SignInFailed:
                return (state, [Reply.Say(Text.SignInFailed(state.Dialog.Language), state.Dialog.Language)]);
        }

        if (turn.Submission is { } submission && submission.Action != FormActions.Cancel
            && formTokens.Validate(submission.StateToken, turn.Channel, turn.ConversationId, turn.User.Id) is null)
        {
            TurnLog.FormTokenRejected(logger, turn.TurnId);
            return (state, [Reply.Say(Text.FormRejected(state.Dialog.Language), state.Dialog.Language)]);
        }

        if (turn.Submission is null
            && await adminCommands.TryHandleAsync(turn, state.Dialog.Language, cancellationToken) is { } adminReplies)
        {
            // Between runs, keep the language the command was answered in, so the signed-in reply that follows its
            // sign-in card speaks it too.
            return state.Dialog.Phase == DialogPhase.Idle && adminReplies.Count > 0
                ? (state with { Dialog = state.Dialog with { Language = adminReplies[0].Locale } }, adminReplies)
                : (state, adminReplies);
        }

        // The (possibly LLM) recogniser picks the skill for a new request; mid-run answers go to the engine's own
        // embedded recogniser, which also spots a switch to another skill.
        var recognition = state.Dialog.Phase == DialogPhase.Idle && !string.IsNullOrWhiteSpace(turn.Text)
            ? await recognizer.RecognizeAsync(turn.Text, turn.Locale, cancellationToken)
            : null;
        var step = catalog.Snapshot.Engine.Handle(state.Dialog, turn, recognition);
        var stepped = state with { Dialog = step.State };
        if (step.Invocation is { } invocation)
        {
            return await executor.ExecuteAsync(stepped, invocation, turn, attempt, step.Replies, cancellationToken);
        }

        if (step.State.Phase == DialogPhase.Executing && state.Pending is { } waiting)
        {
            // Still waiting for sign-in: repeat the sign-in card with a fresh link.
            return await executor.ExecuteAsync(stepped, waiting, turn, attempt, step.Replies, cancellationToken);
        }

        return (stepped with { Pending = step.State.Phase == DialogPhase.Executing ? state.Pending : null }, step.Replies);
    }

    private Reply StampStateToken(Reply reply, Turn turn, string? runId)
    {
        if (reply.Form is null && reply.Confirmation is null)
        {
            return reply;
        }

        var token = formTokens.Create(turn.Channel, turn.ConversationId, turn.User.Id, runId ?? "");
        return reply with
        {
            Form = reply.Form is null ? null : reply.Form with { StateToken = token },
            Confirmation = reply.Confirmation is null ? null : reply.Confirmation with { StateToken = token },
        };
    }
}
