using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace ChatFlow.Skills.Manifests;

/// <summary>Turns one parsed YAML document into a <see cref="SkillManifest"/>, collecting every error with its
/// position and field path. Mirrors <c>manifests/schema/skill.schema.json</c> (<c>additionalProperties: false</c>
/// everywhere), plus the semantic checks a schema cannot express.</summary>
internal sealed partial class ManifestParser(string source, ManifestRules rules)
{
    internal static readonly string[] TopFields =
        ["id", "version", "name", "description", "utterances", "slots", "confirm", "roles", "approval", "action", "reply", "replyItem", "notFound", "valueLabels"];

    internal static readonly string[] Languages = ["en", "ko"];

    public List<ManifestError> Errors { get; } = [];

    public SkillManifest? Parse(YamlMappingNode root)
    {
        CheckFields(root, "", TopFields);
        var id = RequiredText(root, "", "id");
        if (id is not null && !IdPattern().IsMatch(id))
        {
            Error(Child(root, "id")!, "id",
                $"'{id}' is not a skill id: use two or more lower-case words (letters and digits) separated by dots, e.g. erp.vendor.register.");
        }

        var version = 0;
        var versionNode = Child(root, "version");
        if (versionNode is null)
        {
            Error(root, "version", "Missing required field 'version' (an integer ≥ 1).");
        }
        else if (Integer(versionNode, "version") is { } v)
        {
            version = v;
            if (v < 1)
            {
                Error(versionNode, "version", $"'version' must be an integer ≥ 1, not {v}.");
            }
        }

        var name = Localized(root, "", "name", required: true);
        var description = Localized(root, "", "description", required: false);
        var slots = ParseSlots(root);
        var slotNames = new HashSet<string>(slots.Select(s => s.Name), StringComparer.Ordinal);
        var utterances = ParseUtterances(root, slotNames);
        var confirm = OptionalBool(root, "", "confirm") ?? true;
        var roles = TextList(root, "", "roles");
        var approval = ParseApproval(root);
        var action = ParseAction(root, slotNames);
        var reply = Localized(root, "", "reply", required: false);
        if (reply is not null)
        {
            CheckTemplate(Child(root, "reply")!, "reply", reply, slotNames, allowResult: true);
        }

        var replyItem = Localized(root, "", "replyItem", required: false);
        if (replyItem is not null)
        {
            CheckTemplate(Child(root, "replyItem")!, "replyItem", replyItem, slotNames, allowResult: true, allowItem: true);
        }

        var notFound = Localized(root, "", "notFound", required: false);
        if (notFound is not null)
        {
            CheckTemplate(Child(root, "notFound")!, "notFound", notFound, slotNames, allowResult: false);
        }

        var valueLabels = ParseValueLabels(root, reply, replyItem);
        if (Errors.Count > 0 || id is null || name is null || action is null)
        {
            return null;
        }

        return new SkillManifest
        {
            Id = id,
            Version = version,
            Name = name,
            Description = description,
            Utterances = utterances,
            Slots = slots,
            Confirm = confirm,
            Roles = roles,
            Approval = approval,
            Action = action,
            Reply = reply,
            ReplyItem = replyItem,
            NotFound = notFound,
            ValueLabels = valueLabels,
            Source = source,
            IdPosition = ((int)Child(root, "id")!.Start.Line, (int)Child(root, "id")!.Start.Column),
        };
    }

    private Dictionary<string, IReadOnlyList<string>> ParseUtterances(YamlMappingNode root, HashSet<string> slotNames)
    {
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var node = Child(root, "utterances");
        if (node is null)
        {
            Error(root, "utterances", "Missing required field 'utterances' (example utterances per language: en, ko).");
            return result;
        }

        if (node is not YamlMappingNode map)
        {
            WrongType(node, "utterances", "a mapping of language (en, ko) to a list of example utterances");
            return result;
        }

        CheckFields(map, "utterances", Languages, what: "language");
        if (Child(map, "en") is null)
        {
            Error(map, "utterances.en", "Missing required field 'en' (English example utterances).");
        }

        foreach (var language in Languages)
        {
            var path = "utterances." + language;
            var valueNode = Child(map, language);
            if (valueNode is null)
            {
                continue;
            }

            if (valueNode is not YamlSequenceNode seq)
            {
                WrongType(valueNode, path, "a list of example utterances");
                continue;
            }

            var list = new List<string>();
            for (var i = 0; i < seq.Children.Count; i++)
            {
                var item = seq.Children[i];
                var text = Text(item, $"{path}[{i}]");
                if (text is null)
                {
                    continue;
                }

                if (string.IsNullOrWhiteSpace(text))
                {
                    Error(item, $"{path}[{i}]", "An utterance must not be empty.");
                    continue;
                }

                CheckTemplateText(item, $"{path}[{i}]", text, slotNames, allowResult: false);
                list.Add(text);
            }

            result[language] = list;
            if (rules.MinimumUtterancesPerLanguage > 0 && seq.Children.Count < rules.MinimumUtterancesPerLanguage)
            {
                Error(valueNode, path,
                    $"{seq.Children.Count} example utterance{(seq.Children.Count == 1 ? "" : "s")}; at least {rules.MinimumUtterancesPerLanguage} are needed per language.");
            }
        }

        if (result.Count > 0 && result.Values.All(l => l.Count == 0) && Errors.Count == 0)
        {
            Error(node, "utterances", "At least one example utterance is required.");
        }

        return result;
    }

    private void CheckTemplate(YamlNode node, string path, LocalizedText text, HashSet<string> slotNames, bool allowResult, bool allowItem = false)
    {
        // A mapping {en, ko} reports each language at its own position.
        if (node is YamlMappingNode map)
        {
            foreach (var language in Languages)
            {
                if (Child(map, language) is YamlScalarNode scalar && scalar.Value is { } value)
                {
                    CheckTemplateText(scalar, path + "." + language, value, slotNames, allowResult, allowItem, allowFormats: true);
                }
            }

            return;
        }

        CheckTemplateText(node, path, text.En, slotNames, allowResult, allowItem, allowFormats: true);
    }

    /// <summary>Checks that each placeholder names a declared slot (or a result/item field where allowed) and, in
    /// reply templates (<paramref name="allowFormats"/>), that a format after ':' is one <see cref="ValueFormat"/> knows.</summary>
    private void CheckTemplateText(YamlNode node, string path, string template, HashSet<string> slotNames, bool allowResult,
        bool allowItem = false, bool allowFormats = false)
    {
        foreach (var placeholder in Templates.Names(template))
        {
            var (name, spec) = allowFormats ? Templates.Split(placeholder) : (placeholder, null);
            if (spec is not null)
            {
                CheckFormat(node, path, placeholder, spec, slotNames, allowResult, allowItem);
            }

            if (IsReference(name, slotNames, allowResult, allowItem))
            {
                continue;
            }

            var hint = Suggestions.Closest(name, slotNames) is { } match ? $"; did you mean '{{{match}}}'?" : ".";
            Error(node, path, allowItem
                ? $"The template names '{{{name}}}', which is neither a declared slot, '{{result.<field>}}' nor '{{item.<field>}}'{hint}"
                : allowResult
                ? $"The template names '{{{name}}}', which is neither a declared slot nor '{{result.<field>}}'{hint}"
                : $"The template names '{{{name}}}', which is not a declared slot{hint}");
        }
    }

    private void CheckFormat(YamlNode node, string path, string placeholder, string spec, HashSet<string> slotNames, bool allowResult, bool allowItem)
    {
        if (ValueFormat.Parse(spec, out var error) is not { } format)
        {
            Error(node, path, $"'{{{placeholder}}}': {error}");
            return;
        }

        if (format.Argument is { } argument && !format.ArgumentIsCurrencyCode && !IsReference(argument, slotNames, allowResult, allowItem))
        {
            var what = allowItem ? "a declared slot, 'result.<field>' or 'item.<field>'"
                : allowResult ? "a declared slot or 'result.<field>'"
                : "a declared slot";
            Error(node, path, $"'{{{placeholder}}}': the currency '{argument}' is neither a currency code (three capital letters, e.g. KRW) nor {what}.");
        }
    }

    private static bool IsReference(string name, HashSet<string> slotNames, bool allowResult, bool allowItem) =>
        (allowResult && name.StartsWith("result.", StringComparison.Ordinal) && name.Length > "result.".Length)
        || (allowItem && name.StartsWith("item.", StringComparison.Ordinal) && name.Length > "item.".Length)
        || slotNames.Contains(name);

    [GeneratedRegex(@"^[a-z][a-z0-9]*(\.[a-z][a-z0-9]*)+$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
