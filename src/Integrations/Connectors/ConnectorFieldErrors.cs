using System.Text.Json;
using ChatFlow.Skills.Manifests;

namespace ChatFlow.Integrations.Connectors;

/// <summary>A back end's refusal per field, read from a validation problem body and told in the skill's words: the
/// field is named by the label of the slot its argument comes from, in the user's language, with the back end's
/// message (or, for a language other than English, the slot's own validation message in that language when the
/// manifest has one).</summary>
public static class ConnectorFieldErrors
{
    private const int MaxFields = 10;

    /// <summary>The <c>errors</c> object of a problem body (RFC 9457 with ASP.NET Core's
    /// <c>ValidationProblemDetails</c> extension): field → messages, a message given as one text or a list. Fields
    /// without a text message are left out; at most 10 fields.</summary>
    /// <param name="body">The response body.</param>
    /// <returns>Field name as the back end wrote it → its messages, or <c>null</c> when there are none.</returns>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>>? Read(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("errors", out var errors)
            || errors.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var field in errors.EnumerateObject().Take(MaxFields))
        {
            List<string> messages = field.Value.ValueKind switch
            {
                JsonValueKind.String => [field.Value.GetString()!],
                JsonValueKind.Array => field.Value.EnumerateArray()
                    .Where(m => m.ValueKind == JsonValueKind.String)
                    .Select(m => m.GetString()!)
                    .ToList(),
                _ => [],
            };
            var texts = messages.Select(m => m.Trim()).Where(m => m.Length > 0).ToList();
            if (texts.Count > 0)
            {
                result[field.Name] = texts;
            }
        }

        return result.Count > 0 ? result : null;
    }

    /// <summary>One line naming each refused field and what is wrong with it:
    /// <c>**Amount**: The amount must be positive; **Date**: Send the date as yyyy-MM-dd</c>.</summary>
    /// <param name="errors">Field → messages, as <see cref="ConnectorResult.FieldErrors"/>.</param>
    /// <param name="skill">The skill that made the call, to map arguments to slots; <c>null</c> names fields as sent.</param>
    /// <param name="language">The user's language (<c>en</c>, <c>ko</c>).</param>
    /// <returns>The line without a final full stop, or <c>null</c> when <paramref name="errors"/> is empty.</returns>
    public static string? Describe(IReadOnlyDictionary<string, IReadOnlyList<string>> errors, SkillManifest? skill, string language)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.Count == 0)
        {
            return null;
        }

        var parts = new List<string>();
        foreach (var (field, messages) in errors)
        {
            var slot = skill is null ? null : SlotOf(skill, field);
            var name = slot?.Label.Get(language) ?? (field.Length == 0 ? null : field);
            var message = language == "ko" && slot?.Validation.Error is { Ko: not null } own
                ? own.Get(language)
                : string.Join(" ", messages.Select(m => m.TrimEnd('.') + "."));
            message = message.Trim().TrimEnd('.');
            parts.Add(name is null ? message : $"**{name}**: {message}");
        }

        return string.Join("; ", parts);
    }

    /// <summary>The slot whose value the argument <paramref name="field"/> carries (<c>amount: "{amount}"</c>), or the
    /// slot named <paramref name="field"/>; a JSON path or a prefix (<c>$.amount</c>, <c>body.Amount</c>) is read by its
    /// last segment, ignoring case.</summary>
    private static SlotDefinition? SlotOf(SkillManifest skill, string field)
    {
        var name = field[(field.LastIndexOfAny(['.', '/']) + 1)..].Trim('$', '[', ']', '\'', '"');
        foreach (var (argument, template) in skill.Action.Arguments)
        {
            if (string.Equals(argument, name, StringComparison.OrdinalIgnoreCase)
                && template.Trim() is ['{', .. var slotName, '}']
                && skill.FindSlot(slotName) is { } slot)
            {
                return slot;
            }
        }

        return skill.Slots.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));
    }
}
