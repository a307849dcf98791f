using System.Globalization;
using System.Text.RegularExpressions;
using ChatFlow.Skills.Manifests;
using ChatFlow.Skills.Recognition.Entities;

namespace ChatFlow.Skills.Dialog;

/// <summary>Checks a slot value (typed, submitted or pre-filled by a recogniser) against its type and validation
/// rules and normalises it: money <c>45000 KRW</c>, dates <c>2026-03-05</c>, ranges
/// <c>2026-03-05/2026-03-07</c>, durations <c>P3D</c>, numbers <c>1234.5</c>, booleans <c>true</c>/<c>false</c>,
/// mentions <c>&lt;@U123ABC&gt;</c> or <c>&lt;at&gt;Name&lt;/at&gt;</c>. Normalised values validate to themselves.</summary>
internal static partial class SlotValidator
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(200);

    /// <summary>Default ECMAScript pattern put on e-mail form fields without their own.</summary>
    internal const string EmailPattern = @"^[^@\s]+@[^@\s]+\.[^@\s]+$";

    [GeneratedRegex(@"^P(?:(?<n>\d+(?:\.\d+)?)(?<u>[YMWD])|T(?<n>\d+(?:\.\d+)?)(?<t>[HM]))$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDuration();

    /// <summary>Validates <paramref name="raw"/>; on success <c>Value</c> is the normalised value (empty when an
    /// optional slot was left empty), on failure <c>Error</c> is the message in <paramref name="language"/>.</summary>
    internal static (string Value, string? Error) Validate(SlotDefinition slot, string? raw, string language, EntityContext context)
    {
        var value = (raw ?? "").Trim();
        if (slot.Type is SlotType.Text or SlotType.Person)
        {
            value = KoreanHonorifics.Strip(value); // "김민수 님", "이서연 과장님" → the name
        }

        if (slot.Role == SlotRole.Person)
        {
            value = PersonQuery.Tidy(value); // "김 민수" → 김민수, "the finance team" → finance
        }

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

        if (slot.Type != SlotType.Text)
        {
            var normalized = Normalize(slot, value, DateBounds.Lean(slot, context)); // a past-only date slot reads "Friday" as the last one
            if (normalized is null)
            {
                return (value, invalid);
            }

            value = normalized;
            if (slot.Type == SlotType.Money && CurrencyError(v, value, language) is { } currencyError)
            {
                return (value, currencyError);
            }

            if ((Amount(slot.Type, value) is { } amount && (amount < (v.Min ?? decimal.MinValue) || amount > (v.Max ?? decimal.MaxValue)))
                || DateBounds.Outside(slot, value, context))
            {
                return (value, invalid);
            }
        }

        if (v.Pattern is { } pattern && !Regex.IsMatch(value, pattern, RegexOptions.ECMAScript, MatchTimeout))
        {
            if (slot.Type == SlotType.Text && PatternValue(slot, value, context) is { } typed)
            {
                return (typed, null);
            }

            return (value, invalid);
        }

        return (value, null);
    }

    /// <summary>For a text slot whose pattern <paramref name="value"/> fails: the normalised value of the one entity in
    /// it that the pattern accepts (<c>last month</c> → <c>2026-10</c> for <c>^\d{4}-\d{2}$</c>,
    /// <c>1234567890</c> → <c>123-45-67890</c>), resolved against the user's clock; <c>null</c> when there is no
    /// such entity or several different ones.</summary>
    private static string? PatternValue(SlotDefinition slot, string value, EntityContext context)
    {
        var accepted = EntityExtractor.Extract(value, context)
            .Where(e => SlotFiller.Accepts(slot, e))
            .Select(e => e.Value)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return accepted.Count == 1 ? accepted[0] : null;
    }

    internal static bool IsValid(SlotDefinition slot, IReadOnlyDictionary<string, string> slots, string language, EntityContext context) =>
        Validate(slot, slots.GetValueOrDefault(slot.Name), language, context).Error is null;

    /// <summary>The normalised value of <paramref name="value"/> for <paramref name="slot"/>'s type, or <c>null</c>
    /// when it holds none.</summary>
    private static string? Normalize(SlotDefinition slot, string value, EntityContext context)
    {
        switch (slot.Type)
        {
            case SlotType.Choice:
                return Choice(slot.Validation.ChoiceOptions, value);
            case SlotType.Boolean:
                return Boolean(value);
            case SlotType.Duration when IsoDuration().IsMatch(value):
                return value;
        }

        var entities = EntityExtractor.Extract(value, context);
        Entity? First(EntityKind kind) => entities.FirstOrDefault(e => e.Kind == kind);
        switch (slot.Type)
        {
            case SlotType.Email:
                return entities.Count == 1 && First(EntityKind.Email) is { } email && EntityExtractor.WholeEmail().IsMatch(email.Value)
                    ? email.Value
                    : null;
            case SlotType.Number:
                return First(EntityKind.Number)?.Value;
            case SlotType.Money:
                if (First(EntityKind.Money) is { } money)
                {
                    return money.Value;
                }

                // A bare number is an amount in the slot's first currency, else in won.
                return entities.Count == 1 && First(EntityKind.Number) is { Amount: { } bare }
                    ? EntityExtractor.MoneyValue(bare, slot.Validation.Currencies is [var first, ..] ? first : "KRW")
                    : null;
            case SlotType.Date:
                return First(EntityKind.Date)?.Value;
            case SlotType.DateRange:
                return First(EntityKind.DateRange)?.Value
                    ?? (First(EntityKind.Date) is { } day ? day.Value + "/" + day.Value : null);
            case SlotType.Duration:
                return First(EntityKind.Duration)?.Value;
            case SlotType.Person:
                if (First(EntityKind.Mention) is { } mention)
                {
                    return value.Substring(mention.Index, mention.Length);
                }

                return entities.Any(e => e.Kind != EntityKind.Mention) && entities.Sum(e => e.Length) == value.Length ? null : value;
            default:
                return value;
        }
    }

    /// <summary>Why the normalised money <paramref name="value"/> (<c>50.00 EUR</c>) is refused: a currency the slot
    /// does not list, or decimals its currency does not have (<c>1.5 KRW</c>); <c>null</c> when it is fine.</summary>
    private static string? CurrencyError(SlotValidation validation, string value, string language)
    {
        var space = value.IndexOf(' ', StringComparison.Ordinal);
        var currency = value[(space + 1)..];
        if (validation.Currencies.Count > 0 && !validation.Currencies.Contains(currency, StringComparer.Ordinal))
        {
            return CurrencyTexts.NotAccepted(language, currency, validation.Currencies);
        }

        var amount = decimal.Parse(value[..space], NumberStyles.Number, CultureInfo.InvariantCulture);
        return EntityExtractor.MinorDigits(currency) == 0 && amount != decimal.Truncate(amount)
            ? CurrencyTexts.NoMinorUnits(language, currency)
            : null;
    }

    private static decimal? Amount(SlotType type, string value) => type switch
    {
        SlotType.Number => decimal.Parse(value, NumberStyles.Number, CultureInfo.InvariantCulture),
        SlotType.Money => decimal.Parse(value[..value.IndexOf(' ', StringComparison.Ordinal)], NumberStyles.Number, CultureInfo.InvariantCulture),
        _ => null,
    };

    /// <summary>The canonical value of the choice <paramref name="value"/> picks: its value, label (English or
    /// Korean) or a synonym, exactly or as words of a longer answer ("연차로 할게요"), or its 1-based position.</summary>
    private static string? Choice(IReadOnlyList<SlotChoice> choices, string value)
    {
        var exact = choices.FirstOrDefault(c => c.Names.Any(n => string.Equals(n, value, StringComparison.OrdinalIgnoreCase)));
        if (exact is not null)
        {
            return exact.Value;
        }

        if (int.TryParse(value.TrimEnd('.', '번'), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && index >= 1 && index <= choices.Count)
        {
            return choices[index - 1].Value;
        }

        var words = Recognition.TextFeatures.Normalize(value);
        var contained = choices.Where(c => c.Names.Any(n => Contains(words, Recognition.TextFeatures.Normalize(n)))).ToList();
        return contained.Count == 1 ? contained[0].Value : null;
    }

    private static bool Contains(string words, string choice) =>
        choice.Length > 0 && (" " + words + " ").Contains(" " + choice, StringComparison.Ordinal);

    private static string? Boolean(string value)
    {
        var words = Recognition.TextFeatures.Normalize(value);
        if (words is "true" or "on" || DialogTexts.YesWords.Contains(words))
        {
            return "true";
        }

        return words is "false" or "off" || DialogTexts.NoWords.Contains(words) ? "false" : null;
    }
}
