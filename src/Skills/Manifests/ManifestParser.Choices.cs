using YamlDotNet.RepresentationModel;

namespace ChatFlow.Skills.Manifests;

/// <summary>Parsing of a choice slot's <c>validation.choices</c>: plain texts or <c>{ value, label, synonyms }</c>.</summary>
internal sealed partial class ManifestParser
{
    internal static readonly string[] ChoiceFields = ["value", "label", "synonyms"];

    /// <summary>The choices under <c>{path}.choices</c>; every word (value, label, synonym) must pick one choice
    /// only, so a word naming two choices is an error at its second use.</summary>
    private List<SlotChoice> ParseChoices(YamlMappingNode validation, string path)
    {
        path += ".choices";
        var node = Child(validation, "choices");
        if (node is null)
        {
            return [];
        }

        if (node is not YamlSequenceNode list)
        {
            WrongType(node, path, "a list");
            return [];
        }

        var choices = new List<SlotChoice>();
        var owners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase); // word → value of its choice
        for (var i = 0; i < list.Children.Count; i++)
        {
            var item = list.Children[i];
            var itemPath = $"{path}[{i}]";
            var choice = item is YamlMappingNode map ? ParseChoice(map, itemPath) : PlainChoice(item, itemPath);
            if (choice is null)
            {
                continue;
            }

            if (owners.ContainsKey(choice.Value) && choices.Any(c => string.Equals(c.Value, choice.Value, StringComparison.Ordinal)))
            {
                Error(item is YamlMappingNode m ? Child(m, "value")! : item, item is YamlMappingNode ? itemPath + ".value" : itemPath,
                    $"Duplicate value '{choice.Value}'.");
                continue;
            }

            if (!ClaimNames(choice, item, itemPath, owners))
            {
                continue;
            }

            choices.Add(choice);
        }

        return choices;
    }

    private SlotChoice? PlainChoice(YamlNode item, string itemPath)
    {
        if (item is YamlSequenceNode)
        {
            WrongType(item, itemPath, "a text or a mapping (value, label, synonyms)");
            return null;
        }

        var value = Text(item, itemPath);
        return value is not null && NotEmpty(item, itemPath, value) ? SlotChoice.Plain(value) : null;
    }

    private SlotChoice? ParseChoice(YamlMappingNode map, string itemPath)
    {
        CheckFields(map, itemPath, ChoiceFields);
        var value = RequiredText(map, itemPath, "value");
        var label = Localized(map, itemPath, "label", required: false);
        var synonyms = ParseSynonyms(map, itemPath);
        return value is null || synonyms is null ? null : new SlotChoice(value, label ?? new LocalizedText(value), synonyms);
    }

    /// <summary><c>synonyms</c>: a list (any language) or a mapping of <c>en</c>/<c>ko</c> lists; <c>null</c> after an error.</summary>
    private List<string>? ParseSynonyms(YamlMappingNode map, string itemPath)
    {
        var node = Child(map, "synonyms");
        if (node is null)
        {
            return [];
        }

        var before = Errors.Count;
        List<string> synonyms;
        if (node is YamlMappingNode byLanguage)
        {
            CheckFields(byLanguage, itemPath + ".synonyms", Languages, what: "language");
            synonyms = [.. Languages.SelectMany(language => TextList(byLanguage, itemPath + ".synonyms", language))];
        }
        else if (node is YamlSequenceNode)
        {
            synonyms = TextList(map, itemPath, "synonyms");
        }
        else
        {
            WrongType(node, itemPath + ".synonyms", "a list or a mapping of lists per language (en, ko)");
            return null;
        }

        return Errors.Count == before ? synonyms : null;
    }

    /// <summary>Records the words of <paramref name="choice"/>; reports the first word another choice already has,
    /// at the word itself.</summary>
    private bool ClaimNames(SlotChoice choice, YamlNode item, string itemPath, Dictionary<string, string> owners)
    {
        foreach (var name in choice.Names)
        {
            if (owners.TryGetValue(name, out var owner) && !string.Equals(owner, choice.Value, StringComparison.Ordinal))
            {
                var (node, path) = Words(item, itemPath).FirstOrDefault(w => string.Equals(w.Node.Value, name, StringComparison.OrdinalIgnoreCase));
                Error(node ?? item, path ?? itemPath, $"'{name}' already picks choice '{owner}'; each value, label and synonym must pick one choice only.");
                return false;
            }
        }

        foreach (var name in choice.Names)
        {
            owners[name] = choice.Value;
        }

        return true;
    }

    /// <summary>The scalar values under <paramref name="node"/> (not mapping keys), with their field paths.</summary>
    private static IEnumerable<(YamlScalarNode Node, string Path)> Words(YamlNode node, string path)
    {
        switch (node)
        {
            case YamlScalarNode scalar:
                yield return (scalar, path);
                break;
            case YamlSequenceNode list:
                for (var i = 0; i < list.Children.Count; i++)
                {
                    foreach (var word in Words(list.Children[i], $"{path}[{i}]"))
                    {
                        yield return word;
                    }
                }

                break;
            case YamlMappingNode map:
                foreach (var (key, value) in map.Children)
                {
                    foreach (var word in Words(value, Join(path, (key as YamlScalarNode)?.Value ?? "")))
                    {
                        yield return word;
                    }
                }

                break;
        }
    }
}
