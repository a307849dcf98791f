using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using ChatFlow.Bot.Turns;
using ChatFlow.Integrations.Storage;
using ChatFlow.Skills.Conversations;
using ChatFlow.Skills.Manifests;

namespace ChatFlow.Bot.Channels.Slack;

/// <summary>Checks a modal's inputs against the slots of the skill the conversation is running, so Slack can show
/// errors next to the inputs (<c>response_action: errors</c>) before anything is stored.</summary>
/// <remarks>The dialog engine validates again when the turn runs (it is the authority); this only moves the common
/// mistakes in front of the user. Rules: required, length, number range, date (<c>yyyy-MM-dd</c>), e-mail, choice and
/// pattern, with the manifest's error message.
/// TODO: call ChatFlow.Skills.Dialog.SlotValidator once it is visible to the host (it is internal to Skills).</remarks>
internal sealed class SlackViewValidator(IConversationStateStore states, SkillCatalogAccessor catalog)
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(200);

    /// <summary>Block id → message for each invalid input; empty when all are valid or the skill is unknown.</summary>
    public async Task<IReadOnlyDictionary<string, string>> ValidateAsync(Turn turn, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (turn.Submission is not { } submission)
            return errors;
        var record = await states.GetAsync(SlackTurnMapper.ConversationKey(turn.ConversationId, turn.User.Id), cancellationToken);
        if (record is null)
            return errors;
        var state = JsonSerializer.Deserialize(record.StateJson, HostStateJsonContext.Default.HostConversationState);
        if (state?.Dialog.SkillId is not { } skillId)
            return errors;
        var skill = catalog.Current.Find(skillId, state.Dialog.SkillVersion) ?? catalog.Current.Find(skillId);
        if (skill is null)
            return errors;

        var language = state.Dialog.Language;
        foreach (var (name, raw) in submission.Values)
        {
            if (skill.FindSlot(name) is { } slot && Check(slot, raw, language) is { } error)
                errors[name] = error;
        }

        return errors;
    }

    /// <summary>The error message for <paramref name="raw"/>, or <c>null</c> when valid.</summary>
    internal static string? Check(SlotDefinition slot, string? raw, string language)
    {
        var value = (raw ?? "").Trim();
        var label = slot.Label.Get(language);
        var v = slot.Validation;
        var invalid = v.Error?.Get(language) ?? (language == "ko" ? $"{label} 값이 올바르지 않습니다." : $"Enter a valid {label}.");
        if (value.Length == 0)
            return slot.Required ? (language == "ko" ? $"{label}을(를) 입력해 주세요." : $"{label} is required.") : null;
        if ((v.MaxLength is { } max && value.Length > max) || (v.MinLength is { } min && value.Length < min))
            return invalid;
        var ok = slot.Type switch
        {
            SlotType.Number => decimal.TryParse(value.Replace(",", "", StringComparison.Ordinal), NumberStyles.Number,
                CultureInfo.InvariantCulture, out var n) && n >= (v.Min ?? decimal.MinValue) && n <= (v.Max ?? decimal.MaxValue),
            SlotType.Date => DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            SlotType.Email => Regex.IsMatch(value, @"^[^@\s]+@[^@\s]+\.[^@\s]+$", RegexOptions.None, MatchTimeout),
            SlotType.Choice => v.Choices.Count == 0 || v.Choices.Any(c => string.Equals(c, value, StringComparison.OrdinalIgnoreCase)),
            _ => true,
        };
        if (ok && v.Pattern is { } pattern)
        {
            try
            {
                ok = Regex.IsMatch(value, pattern, RegexOptions.ECMAScript, MatchTimeout);
            }
            catch (RegexMatchTimeoutException)
            {
                ok = false;
            }
        }

        return ok ? null : invalid;
    }
}
