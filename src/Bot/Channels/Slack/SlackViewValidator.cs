using System.Text.Json;
using ChatFlow.Bot.Turns;
using ChatFlow.Integrations.Storage;
using ChatFlow.Skills.Conversations;
using ChatFlow.Skills.Dialog;

namespace ChatFlow.Bot.Channels.Slack;

/// <summary>Checks a modal's inputs against the slots of the skill the conversation is running, so Slack can show
/// errors next to the inputs (<c>response_action: errors</c>) before anything is stored.</summary>
/// <remarks>The rules are the dialog engine's own (<see cref="DialogEngine.ValidateSlots"/>), which validates again
/// when the turn runs (it is the authority); this only moves the mistakes in front of the user.</remarks>
internal sealed class SlackViewValidator(IConversationStateStore states, DialogEngine engine, TimeProvider time)
{
    /// <summary>Block id (= slot name) → message for each invalid input; empty when all are valid or no skill runs.</summary>
    public async Task<IReadOnlyDictionary<string, string>> ValidateAsync(Turn turn, CancellationToken cancellationToken)
    {
        if (turn.Submission is not { } submission || submission.Values.Count == 0)
            return new Dictionary<string, string>();
        var record = await states.GetAsync(SlackTurnMapper.ConversationKey(turn.ConversationId, turn.User.Id), cancellationToken);
        if (record is null)
            return new Dictionary<string, string>();
        var state = JsonSerializer.Deserialize(record.StateJson, HostStateJsonContext.Default.HostConversationState);
        return state is null
            ? new Dictionary<string, string>()
            : engine.ValidateSlots(state.Dialog, submission.Values, time.GetUtcNow());
    }
}
