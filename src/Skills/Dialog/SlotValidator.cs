using System.Globalization;
using System.Text.RegularExpressions;
using ChatFlow.Skills.Manifests;
using ChatFlow.Skills.Recognition.Entities;

namespace ChatFlow.Skills.Dialog;

/// <summary>Checks a slot value against its type and validation rules and normalises it.</summary>
internal static class SlotValidator
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(200);

    /// <summary>Default ECMAScript pattern put on e-mail form fields without their own.</summary>
    internal const string EmailPattern = @"^[^@\s]+@[^@\s]+\.[^@\s]+$";

    /// <summary>Validates <paramref name="raw"/>; on success <c>Value</c> is the normalised value (empty when an
    /// optional slot was left empty), on failure <c>Error</c> is the message in <paramref name="language"/>.</summary>
    internal static (string Value, string? Error) Validate(SlotDefinition slot, string? raw, string language)
    {
        var value = (raw ?? "").Trim();
        var label = slot.Label.Get(language);
        if (value.Length == 0)
        {
            return slot.Required ? (value, DialogTexts.Required(language, label)) : (value, null);
        }

        var v = slot.Validation;
        var invalid = v.Error?.Get(language) ?? DialogTexts.Invalid(language, label);
        if (v.MaxLength is { } max && value.Length > max)
        {
            return (value, v.Error?.Get(language) ?? DialogTexts.TooLong(language, label, max));
        }

        if (v.MinLength is { } min && value.Length < min)
        {
            return (value, v.Error?.Get(language) ?? DialogTexts.TooShort(language, label, min));
        }

        switch (slot.Type)
        {
            case SlotType.Email when !EntityExtractor.WholeEmail().IsMatch(value):
                return (value, invalid);
            case SlotType.Number:
                if (!decimal.TryParse(value.Replace(",", "", StringComparison.Ordinal), NumberStyles.Number,
                        CultureInfo.InvariantCulture, out var number)
                    || number < (v.Min ?? decimal.MinValue) || number > (v.Max ?? decimal.MaxValue))
                {
                    return (value, invalid);
                }

                value = number.ToString(CultureInfo.InvariantCulture);
                break;
            case SlotType.Date:
                if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                {
                    return (value, invalid);
                }

                break;
            case SlotType.Choice:
                var choice = v.Choices.FirstOrDefault(c => string.Equals(c, value, StringComparison.OrdinalIgnoreCase));
                if (choice is null)
                {
                    return (value, invalid);
                }

                value = choice;
                break;
            case SlotType.Boolean:
                var normalized = value.ToLowerInvariant();
                if (normalized is "true" or "yes" or "y" or "on" or "네" or "예" or "응")
                {
                    value = "true";
                }
                else if (normalized is "false" or "no" or "n" or "off" or "아니요" or "아니" or "아니오")
                {
                    value = "false";
                }
                else
                {
                    return (value, invalid);
                }

                break;
        }

        if (v.Pattern is { } pattern && !Regex.IsMatch(value, pattern, RegexOptions.ECMAScript, MatchTimeout))
        {
            return (value, invalid);
        }

        return (value, null);
    }

    internal static bool IsValid(SlotDefinition slot, IReadOnlyDictionary<string, string> slots, string language) =>
        Validate(slot, slots.GetValueOrDefault(slot.Name), language).Error is null;
}
