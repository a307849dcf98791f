using System.Text.Json;
using ChatFlow.Bot.Channels.Slack.WebApi;
using ChatFlow.Bot.Turns;
using ChatFlow.Integrations.Storage;
using ChatFlow.Skills.Dialog;
using ChatFlow.Skills.Forms.BlockKit;

namespace ChatFlow.Bot.Channels.Slack;

/// <summary>Opens a long form's modal when its "open" button is pressed: the form is rebuilt from the conversation's
/// stored dialog state (<see cref="DialogEngine.CurrentForm"/>), so nothing of it has to fit into the button's
/// 2000-character value or the view's 3000-character <c>private_metadata</c>; then <c>views.open</c> with the
/// <c>trigger_id</c>, inside Slack's 3 seconds (one state read, one Web API call, no inbox row).</summary>
/// <remarks>The button's state token must still be valid for this user, conversation and the run being collected: a
/// stale button (the run moved on or ended) opens nothing. The modal carries the same token in its
/// <c>private_metadata</c>, so its <c>view_submission</c> is checked like an inline submit.</remarks>
internal sealed class SlackModalOpener(
    IConversationStateStore states, DialogEngine engine, FormStateTokens tokens, IServiceScopeFactory scopes,
    ILogger<SlackModalOpener> logger)
{
    /// <summary>Opens the modal, or says why not (logged; Slack gets an empty 200 either way).</summary>
    /// <returns>The ack: <c>answered</c> when opened, <c>ignored</c> otherwise.</returns>
    public async Task<SlackAck> OpenAsync(SlackOpenFormRequest request, CancellationToken cancellationToken)
    {
        var runId = tokens.Validate(request.StateToken, SlackTurnMapper.Channel, request.ConversationId, request.UserId);
        if (runId is null)
            return Ignore("the button's state token is not valid for this user and conversation");
        var record = await states.GetAsync(SlackTurnMapper.ConversationKey(request.ConversationId, request.UserId), cancellationToken);
        var state = record is null ? null : JsonSerializer.Deserialize(record.StateJson, HostStateJsonContext.Default.HostConversationState);
        if (state is null || state.Dialog.RunId != runId || engine.CurrentForm(state.Dialog) is not { } form)
            return Ignore("the form's run is no longer collecting");

        await using var scope = scopes.CreateAsyncScope();
        if (scope.ServiceProvider.GetService<SlackWebApiClient>() is not { } slack)
            return Ignore("the Slack Web API client is not registered");
        var view = BlockKitRenderer.RenderModal(form with { StateToken = request.StateToken }, request.ConversationId, request.MessageTs);
        try
        {
            await slack.OpenViewAsync(request.TriggerId, view, cancellationToken);
        }
        catch (SlackApiException failed)
        {
            SlackLog.ModalFailed(logger, failed.Error);
            return SlackAck.Ignored;
        }
#pragma warning disable CA1031 // Network failures and the resilience pipeline's timeouts/circuit breaker: best effort, logged.
        catch (Exception failed) when (failed is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
#pragma warning restore CA1031
        {
            SlackLog.ModalFailed(logger, failed.GetType().Name);
            return SlackAck.Ignored;
        }

        SlackLog.ModalOpened(logger, request.MessageTs);
        return SlackAck.Opened;
    }

    private SlackAck Ignore(string reason)
    {
        SlackLog.Ignored(logger, "open", reason);
        return SlackAck.Ignored;
    }
}
