using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace ChatFlow.Skills.Manifests;

/// <summary>Slots and their validation.</summary>
internal sealed partial class ManifestParser
{
    internal static readonly string[] SlotFields =
        ["name", "type", "required", "label", "prompt", "placeholder", "role", "genericWords", "validation"];

    internal static readonly string[] SlotRoles = ["name", "person", "query", "text"];

    internal static readonly string[] ValidationFields =
        ["pattern", "minLength", "maxLength", "min", "max", "choices", "currencies", "error"];

    internal static readonly string[] SlotTypes =
        ["text", "number", "money", "date", "daterange", "duration", "email", "person", "choice", "boolean"];

    private List<SlotDefinition> ParseSlots(YamlMappingNode root)
    {
        var result = new List<SlotDefinition>();
        var node = Child(root, "slots");
        if (node is null)
        {
            return result;
        }

        if (node is not YamlSequenceNode seq)
        {
            WrongType(node, "slots", "a list of slots");
            return result;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < seq.Children.Count; i++)
        {
            var path = $"slots[{i}]";
            if (seq.Children[i] is not YamlMappingNode map)
            {
                WrongType(seq.Children[i], path, "a slot (a mapping with name, type, required, …)");
                continue;
            }

            CheckFields(map, path, SlotFields);
            var name = RequiredText(map, path, "name");
            if (name is not null && !SlotNamePattern().IsMatch(name))
            {
                Error(Child(map, "name")!, path + ".name", $"'{name}' is not a slot name: use letters, digits and '_', starting with a letter.");
            }
            else if (name is not null && !seen.Add(name))
            {
                Error(Child(map, "name")!, path + ".name", $"Duplicate slot name '{name}'.");
            }

            var type = SlotType.Text;
            if (Child(map, "type") is { } typeNode && Text(typeNode, path + ".type") is { } typeText
                && !SkillManifestLoader.TryParseSlotType(typeText, out type))
            {
                Error(typeNode, path + ".type", $"'{typeText}' is not a slot type" + Suggestions.Hint(typeText, SlotTypes));
                type = SlotType.Text;
            }

            var required = OptionalBool(map, path, "required") ?? false;
            var label = Localized(map, path, "label", required: false);
            var prompt = Localized(map, path, "prompt", required: false);
            var placeholder = OptionalText(map, path, "placeholder");
            var validation = ParseValidation(map, path, type);
            var role = ParseRole(map, path, type);
            var genericWords = TextList(map, path, "genericWords");
            if (genericWords.Count > 0 && type is not (SlotType.Text or SlotType.Choice))
            {
                Error(Child(map, "genericWords")!, path + ".genericWords", $"Only a text or choice slot has 'genericWords'; this slot is a {type.ToString().ToLowerInvariant()}.");
            }

            if (name is null)
            {
                continue;
            }

            label ??= new LocalizedText(name);
            result.Add(new SlotDefinition
            {
                Name = name,
                Type = type,
                Required = required,
                Label = label,
                Prompt = prompt ?? label,
                Placeholder = placeholder,
                Role = role,
                GenericWords = genericWords,
                Validation = validation,
            });
        }

        return result;
    }

    /// <summary>The slot's <c>role:</c> (name, person, query, text); only a text slot has one.</summary>
    private SlotRole ParseRole(YamlMappingNode map, string path, SlotType type)
    {
        if (Child(map, "role") is not { } node || Text(node, path + ".role") is not { } text)
        {
            return SlotRole.Inferred;
        }

        if (type != SlotType.Text)
        {
            Error(node, path + ".role", $"Only a text slot has a 'role'; this slot is a {type.ToString().ToLowerInvariant()}.");
            return SlotRole.Inferred;
        }

        switch (text)
        {
            case "name": return SlotRole.Name;
            case "person": return SlotRole.Person;
            case "query": return SlotRole.Query;
            case "text": return SlotRole.Text;
            default:
                Error(node, path + ".role", $"'{text}' is not a slot role" + Suggestions.Hint(text, SlotRoles));
                return SlotRole.Inferred;
        }
    }

    private SlotValidation ParseValidation(YamlMappingNode slot, string slotPath, SlotType type)
    {
        var node = Child(slot, "validation");
        var path = slotPath + ".validation";
        if (node is null)
        {
            if (type == SlotType.Choice)
            {
                Error(slot, path + ".choices", "A choice slot needs 'validation.choices', a list of the allowed values.");
            }

            return new SlotValidation();
        }

        if (node is not YamlMappingNode map)
        {
            WrongType(node, path, "a mapping (pattern, minLength, maxLength, min, max, choices, currencies, error)");
            return new SlotValidation();
        }

        CheckFields(map, path, ValidationFields);
        var pattern = OptionalText(map, path, "pattern");
        if (pattern is not null)
        {
            try
            {
                _ = new Regex(pattern, RegexOptions.ECMAScript, TimeSpan.FromSeconds(1)); // as the dialog matches it
            }
            catch (ArgumentException e)
            {
                Error(Child(map, "pattern")!, path + ".pattern", $"'{pattern}' is not a valid regular expression: {e.Message}");
            }
        }

        var choices = ParseChoices(map, path);
        if (type == SlotType.Choice && choices.Count == 0 && Errors.Count(e => e.Field.StartsWith(path + ".choices", StringComparison.Ordinal)) == 0)
        {
            Error(Child(map, "choices") ?? map, path + ".choices", "A choice slot needs a non-empty 'choices' list.");
        }
        else if (type != SlotType.Choice && choices.Count > 0)
        {
            Error(Child(map, "choices")!, path + ".choices", $"Only a choice slot has 'choices'; set '{slotPath}.type: choice' or remove them.");
        }

        var currencies = ParseCurrencies(map, path, slotPath, type);
        var minLength = OptionalInt(map, path, "minLength");
        var maxLength = OptionalInt(map, path, "maxLength");
        if (minLength is < 0)
        {
            Error(Child(map, "minLength")!, path + ".minLength", $"'minLength' must be ≥ 0, not {minLength}.");
        }

        if (maxLength is < 1)
        {
            Error(Child(map, "maxLength")!, path + ".maxLength", $"'maxLength' must be ≥ 1, not {maxLength}.");
        }
        else if (minLength is not null && maxLength is not null && minLength > maxLength)
        {
            Error(Child(map, "minLength")!, path + ".minLength", $"'minLength' ({minLength}) is greater than 'maxLength' ({maxLength}).");
        }

        var min = OptionalNumber(map, path, "min");
        var max = OptionalNumber(map, path, "max");
        if (min is not null && max is not null && min > max)
        {
            Error(Child(map, "min")!, path + ".min",
                $"'min' ({min.Value.ToString(CultureInfo.InvariantCulture)}) is greater than 'max' ({max.Value.ToString(CultureInfo.InvariantCulture)}).");
        }

        // A date slot's bounds count whole days from the user's today (max: 0 = today or earlier).
        foreach (var (name, bound) in (ReadOnlySpan<(string, decimal?)>)[("min", min), ("max", max)])
        {
            if (type is SlotType.Date or SlotType.DateRange && bound is { } days && days != decimal.Truncate(days))
            {
                Error(Child(map, name)!, path + "." + name, $"A date slot's '{name}' is a whole number of days from today (0, -90, 365), not {days.ToString(CultureInfo.InvariantCulture)}.");
            }
        }

        return new SlotValidation
        {
            Pattern = pattern,
            MinLength = minLength,
            MaxLength = maxLength,
            Min = min,
            Max = max,
            ChoiceOptions = choices,
            Currencies = currencies,
            Error = Localized(map, path, "error", required: false),
        };
    }

    /// <summary><c>validation.currencies</c>: ISO 4217 codes, on a money slot only.</summary>
    private List<string> ParseCurrencies(YamlMappingNode map, string path, string slotPath, SlotType type)
    {
        var node = Child(map, "currencies");
        var currencies = TextList(map, path, "currencies");
        if (node is null)
        {
            return currencies;
        }

        if (type != SlotType.Money)
        {
            Error(node, path + ".currencies", $"Only a money slot has 'currencies'; set '{slotPath}.type: money' or remove them.");
            return [];
        }

        if (node is YamlSequenceNode { Children.Count: 0 })
        {
            Error(node, path + ".currencies", "List at least one currency (e.g. [KRW, USD]) or remove 'currencies' to accept any.");
        }

        var valid = new List<string>();
        for (var i = 0; node is YamlSequenceNode seq && i < seq.Children.Count; i++)
        {
            if (seq.Children[i] is YamlScalarNode { Value: { } code } && currencies.Contains(code, StringComparer.Ordinal)
                && !valid.Contains(code, StringComparer.Ordinal))
            {
                if (CurrencyCodePattern().IsMatch(code))
                {
                    valid.Add(code);
                }
                else
                {
                    Error(seq.Children[i], $"{path}.currencies[{i}]", $"'{code}' is not a currency code; write three capital letters (ISO 4217), e.g. KRW or USD.");
                }
            }
        }

        return valid;
    }

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex SlotNamePattern();

    [GeneratedRegex(@"^[A-Z]{3}$", RegexOptions.CultureInvariant)]
    private static partial Regex CurrencyCodePattern();
}
