using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ChatFlow.Skills.Manifests;

/// <summary>Loads and validates skill manifests written in YAML (JSON is accepted too: it is YAML).</summary>
/// <remarks>Every problem is reported with file, line, column and field; a manifest with any error is not
/// returned. Unknown fields are errors, like <c>additionalProperties: false</c> in
/// <c>manifests/schema/skill.schema.json</c>.</remarks>
public static partial class SkillManifestLoader
{
    /// <summary>Reads and validates the manifest file at <paramref name="path"/>.</summary>
    /// <param name="path">Path of a <c>.yaml</c>, <c>.yml</c> or <c>.json</c> file.</param>
    /// <returns>The manifest or its errors; an unreadable file is one error at line 0.</returns>
    public static ManifestLoadResult Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new ManifestLoadResult(null, [new ManifestError(path, 0, 0, "", "Cannot read the file: " + e.Message)]);
        }

        return LoadText(text, path);
    }

    /// <summary>Parses and validates a manifest held in memory (e.g. a body posted to the admin API).</summary>
    /// <param name="text">YAML or JSON text.</param>
    /// <param name="sourceName">Name used in errors and <see cref="SkillManifest.Source"/> (a path or <c>skills/x.yaml</c>).</param>
    /// <returns>The manifest or its errors.</returns>
    public static ManifestLoadResult LoadText(string text, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sourceName);
        var stream = new YamlStream();
        try
        {
            using var reader = new StringReader(text);
            stream.Load(reader);
        }
        catch (YamlException e)
        {
            return new ManifestLoadResult(null,
                [new ManifestError(sourceName, (int)e.Start.Line, (int)e.Start.Column, "", "Invalid YAML: " + e.Message)]);
        }

        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            return new ManifestLoadResult(null,
                [new ManifestError(sourceName, 1, 1, "", "A manifest is one YAML mapping (id, version, name, …).")]);
        }

        var parser = new ManifestParser(sourceName);
        var manifest = parser.Parse(root);
        return parser.Errors.Count == 0
            ? new ManifestLoadResult(manifest, [])
            : new ManifestLoadResult(null, parser.Errors);
    }

    private sealed class ManifestParser(string source)
    {
        private static readonly string[] TopFields =
            ["id", "version", "name", "description", "utterances", "slots", "confirm", "roles", "action", "reply"];

        private static readonly string[] SlotFields =
            ["name", "type", "required", "label", "prompt", "placeholder", "validation"];

        private static readonly string[] ValidationFields =
            ["pattern", "minLength", "maxLength", "min", "max", "choices", "error"];

        private static readonly string[] ActionFields = ["connector", "operation", "connection", "arguments", "systemName"];

        public List<ManifestError> Errors { get; } = [];

        public SkillManifest? Parse(YamlMappingNode root)
        {
            CheckFields(root, "", TopFields);
            var id = RequiredString(root, "", "id");
            if (id is not null && !IdPattern().IsMatch(id))
            {
                Error(Child(root, "id")!, "id", $"'{id}' is not a skill id: use lower-case words separated by dots or dashes, e.g. erp.vendor.register.");
            }

            var version = 0;
            var versionNode = Child(root, "version");
            if (versionNode is null)
            {
                Error(root, "version", "Missing required field 'version' (a positive integer).");
            }
            else if (!TryInt(versionNode, out version) || version < 1)
            {
                Error(versionNode, "version", "'version' must be a positive integer.");
            }

            var name = Localized(root, "", "name", required: true);
            var description = Localized(root, "", "description", required: false);
            var slots = ParseSlots(root);
            var slotNames = new HashSet<string>(slots.Select(s => s.Name), StringComparer.Ordinal);
            var utterances = ParseUtterances(root, slotNames);
            var confirm = OptionalBool(root, "", "confirm") ?? true;
            var roles = StringList(root, "", "roles");
            var action = ParseAction(root, slotNames);
            var reply = Localized(root, "", "reply", required: false);
            if (reply is not null)
            {
                CheckTemplate(Child(root, "reply")!, "reply", reply, slotNames, allowResult: true);
            }

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
                Action = action,
                Reply = reply,
                Source = source,
            };
        }

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
                Error(node, "slots", "'slots' must be a list.");
                return result;
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < seq.Children.Count; i++)
            {
                var path = $"slots[{i}]";
                if (seq.Children[i] is not YamlMappingNode map)
                {
                    Error(seq.Children[i], path, "A slot is a mapping (name, type, required, …).");
                    continue;
                }

                CheckFields(map, path, SlotFields);
                var name = RequiredString(map, path, "name");
                if (name is null)
                {
                    continue;
                }

                if (!SlotNamePattern().IsMatch(name))
                {
                    Error(Child(map, "name")!, path + ".name", $"'{name}' is not a slot name: use letters, digits and '_', starting with a letter.");
                }

                if (!seen.Add(name))
                {
                    Error(Child(map, "name")!, path + ".name", $"Duplicate slot name '{name}'.");
                }

                var type = SlotType.Text;
                var typeNode = Child(map, "type");
                if (typeNode is not null)
                {
                    var typeText = Scalar(typeNode, path + ".type");
                    if (typeText is not null && !TryParseSlotType(typeText, out type))
                    {
                        Error(typeNode, path + ".type",
                            $"Unknown slot type '{typeText}'; expected one of text, number, money, date, daterange, duration, email, person, choice, boolean.");
                    }
                }

                var label = Localized(map, path, "label", required: false) ?? new LocalizedText(name);
                var prompt = Localized(map, path, "prompt", required: false) ?? label;
                var validation = ParseValidation(map, path, type);
                result.Add(new SlotDefinition
                {
                    Name = name,
                    Type = type,
                    Required = OptionalBool(map, path, "required") ?? false,
                    Label = label,
                    Prompt = prompt,
                    Placeholder = OptionalString(map, path, "placeholder"),
                    Validation = validation,
                });
            }

            return result;
        }

        private SlotValidation ParseValidation(YamlMappingNode slot, string slotPath, SlotType type)
        {
            var node = Child(slot, "validation");
            var path = slotPath + ".validation";
            if (node is null)
            {
                if (type == SlotType.Choice)
                {
                    Error(slot, path + ".choices", "A choice slot needs 'validation.choices'.");
                }

                return new SlotValidation();
            }

            if (node is not YamlMappingNode map)
            {
                Error(node, path, "'validation' must be a mapping.");
                return new SlotValidation();
            }

            CheckFields(map, path, ValidationFields);
            var pattern = OptionalString(map, path, "pattern");
            if (pattern is not null)
            {
                try
                {
                    _ = new Regex(pattern, RegexOptions.ECMAScript, TimeSpan.FromSeconds(1));
                }
                catch (ArgumentException e)
                {
                    Error(Child(map, "pattern")!, path + ".pattern", $"Invalid regular expression '{pattern}': {e.Message}");
                }
            }

            var choices = StringList(map, path, "choices");
            if (type == SlotType.Choice && choices.Count == 0)
            {
                Error(map, path + ".choices", "A choice slot needs a non-empty 'choices' list.");
            }

            var minLength = OptionalInt(map, path, "minLength");
            var maxLength = OptionalInt(map, path, "maxLength");
            if (minLength is < 0 || maxLength is < 1 || (minLength is not null && maxLength is not null && minLength > maxLength))
            {
                Error(map, path, "'minLength' and 'maxLength' must satisfy 0 <= minLength <= maxLength, maxLength >= 1.");
            }

            var min = OptionalDecimal(map, path, "min");
            var max = OptionalDecimal(map, path, "max");
            if (min is not null && max is not null && min > max)
            {
                Error(map, path, "'min' must not be greater than 'max'.");
            }

            return new SlotValidation
            {
                Pattern = pattern,
                MinLength = minLength,
                MaxLength = maxLength,
                Min = min,
                Max = max,
                Choices = choices,
                Error = Localized(map, path, "error", required: false),
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
                Error(node, "utterances", "'utterances' must map a language (en, ko) to a list of examples.");
                return result;
            }

            foreach (var (keyNode, valueNode) in map.Children)
            {
                var language = ((YamlScalarNode)keyNode).Value ?? "";
                var path = "utterances." + language;
                if (language is not ("en" or "ko"))
                {
                    Error(keyNode, path, $"Unknown language '{language}'; expected en or ko.");
                    continue;
                }

                if (valueNode is not YamlSequenceNode seq)
                {
                    Error(valueNode, path, "Expected a list of example utterances.");
                    continue;
                }

                var list = new List<string>();
                for (var i = 0; i < seq.Children.Count; i++)
                {
                    var text = Scalar(seq.Children[i], $"{path}[{i}]");
                    if (string.IsNullOrWhiteSpace(text))
                    {
                        if (text is not null)
                        {
                            Error(seq.Children[i], $"{path}[{i}]", "An utterance must not be empty.");
                        }

                        continue;
                    }

                    CheckTemplateText(seq.Children[i], $"{path}[{i}]", text, slotNames, allowResult: false);
                    list.Add(text);
                }

                result[language] = list;
            }

            if (result.Values.All(l => l.Count == 0) && Errors.Count == 0)
            {
                Error(node, "utterances", "At least one example utterance is required.");
            }

            return result;
        }

        private SkillAction? ParseAction(YamlMappingNode root, HashSet<string> slotNames)
        {
            var node = Child(root, "action");
            if (node is null)
            {
                Error(root, "action", "Missing required field 'action' (connector, operation, connection, arguments).");
                return null;
            }

            if (node is not YamlMappingNode map)
            {
                Error(node, "action", "'action' must be a mapping.");
                return null;
            }

            CheckFields(map, "action", ActionFields);
            var connector = RequiredString(map, "action", "connector");
            var operation = RequiredString(map, "action", "operation");
            var connection = RequiredString(map, "action", "connection");
            var systemName = Localized(map, "action", "systemName", required: false);
            var arguments = new List<KeyValuePair<string, string>>();
            var argsNode = Child(map, "arguments");
            if (argsNode is YamlMappingNode args)
            {
                foreach (var (keyNode, valueNode) in args.Children)
                {
                    var key = ((YamlScalarNode)keyNode).Value ?? "";
                    var path = "action.arguments." + key;
                    var template = Scalar(valueNode, path);
                    if (template is null)
                    {
                        continue;
                    }

                    CheckTemplateText(valueNode, path, template, slotNames, allowResult: false);
                    arguments.Add(new(key, template));
                }
            }
            else if (argsNode is not null)
            {
                Error(argsNode, "action.arguments", "'arguments' must map argument names to templates like \"{vendorName}\".");
            }

            if (connector is null || operation is null || connection is null)
            {
                return null;
            }

            return new SkillAction
            {
                Connector = connector,
                Operation = operation,
                Connection = connection,
                Arguments = arguments,
                SystemName = systemName ?? new LocalizedText(DeriveSystemName(connector)),
            };
        }

        private static string DeriveSystemName(string connector)
        {
            var words = connector.Split(['-', '_', '.'], StringSplitOptions.RemoveEmptyEntries)
                .Select(w => w.Length <= 3
                    ? w.ToUpperInvariant()
                    : char.ToUpperInvariant(w[0]) + w[1..]);
            return string.Join(' ', words);
        }

        private void CheckTemplate(YamlNode node, string path, LocalizedText text, HashSet<string> slotNames, bool allowResult)
        {
            CheckTemplateText(node, path, text.En, slotNames, allowResult);
            if (text.Ko is not null)
            {
                CheckTemplateText(node, path, text.Ko, slotNames, allowResult);
            }
        }

        private void CheckTemplateText(YamlNode node, string path, string template, HashSet<string> slotNames, bool allowResult)
        {
            foreach (var name in Templates.Names(template))
            {
                if (allowResult && name.StartsWith("result.", StringComparison.Ordinal) && name.Length > "result.".Length)
                {
                    continue;
                }

                if (!slotNames.Contains(name))
                {
                    Error(node, path, allowResult
                        ? $"The template names '{{{name}}}', which is neither a declared slot nor '{{result.<field>}}'."
                        : $"The template names '{{{name}}}', which is not a declared slot.");
                }
            }
        }

        private LocalizedText? Localized(YamlMappingNode map, string parent, string key, bool required)
        {
            var path = Join(parent, key);
            var node = Child(map, key);
            if (node is null)
            {
                if (required)
                {
                    Error(map, path, $"Missing required field '{key}'.");
                }

                return null;
            }

            if (node is YamlScalarNode scalar)
            {
                return string.IsNullOrEmpty(scalar.Value) ? Missing(node, path) : new LocalizedText(scalar.Value);
            }

            if (node is not YamlMappingNode texts)
            {
                Error(node, path, $"'{key}' must be a text or a mapping with 'en' (and optionally 'ko').");
                return null;
            }

            CheckFields(texts, path, ["en", "ko"]);
            var en = OptionalString(texts, path, "en");
            var ko = OptionalString(texts, path, "ko");
            if (en is null)
            {
                Error(texts, path + ".en", $"Missing required field '{key}.en' (English is the fallback).");
                return null;
            }

            return new LocalizedText(en, ko);
        }

        private LocalizedText? Missing(YamlNode node, string path)
        {
            Error(node, path, "Must not be empty.");
            return null;
        }

        private IReadOnlyList<string> StringList(YamlMappingNode map, string parent, string key)
        {
            var path = Join(parent, key);
            var node = Child(map, key);
            if (node is null)
            {
                return [];
            }

            if (node is not YamlSequenceNode seq)
            {
                Error(node, path, $"'{key}' must be a list.");
                return [];
            }

            var list = new List<string>();
            for (var i = 0; i < seq.Children.Count; i++)
            {
                var value = Scalar(seq.Children[i], $"{path}[{i}]");
                if (value is not null)
                {
                    list.Add(value);
                }
            }

            return list;
        }

        private string? RequiredString(YamlMappingNode map, string parent, string key)
        {
            var node = Child(map, key);
            if (node is null)
            {
                Error(map, Join(parent, key), $"Missing required field '{key}'.");
                return null;
            }

            var value = Scalar(node, Join(parent, key));
            if (value is not null && value.Length == 0)
            {
                Error(node, Join(parent, key), $"'{key}' must not be empty.");
                return null;
            }

            return value;
        }

        private string? OptionalString(YamlMappingNode map, string parent, string key)
        {
            var node = Child(map, key);
            return node is null ? null : Scalar(node, Join(parent, key));
        }

        private bool? OptionalBool(YamlMappingNode map, string parent, string key)
        {
            var node = Child(map, key);
            if (node is null)
            {
                return null;
            }

            var text = Scalar(node, Join(parent, key));
            if (text is "true" or "True" or "TRUE")
            {
                return true;
            }

            if (text is "false" or "False" or "FALSE")
            {
                return false;
            }

            if (text is not null)
            {
                Error(node, Join(parent, key), $"'{key}' must be true or false.");
            }

            return null;
        }

        private int? OptionalInt(YamlMappingNode map, string parent, string key)
        {
            var node = Child(map, key);
            if (node is null)
            {
                return null;
            }

            if (TryInt(node, out var value))
            {
                return value;
            }

            Error(node, Join(parent, key), $"'{key}' must be an integer.");
            return null;
        }

        private decimal? OptionalDecimal(YamlMappingNode map, string parent, string key)
        {
            var node = Child(map, key);
            if (node is null)
            {
                return null;
            }

            if (node is YamlScalarNode { Value: { } text }
                && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }

            Error(node, Join(parent, key), $"'{key}' must be a number.");
            return null;
        }

        private static bool TryInt(YamlNode node, out int value)
        {
            value = 0;
            return node is YamlScalarNode { Value: { } text }
                && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
        }

        private string? Scalar(YamlNode node, string path)
        {
            if (node is YamlScalarNode scalar)
            {
                return scalar.Value ?? "";
            }

            Error(node, path, "Expected a single value, not a list or mapping.");
            return null;
        }

        private void CheckFields(YamlMappingNode map, string parent, string[] known)
        {
            foreach (var key in map.Children.Keys)
            {
                var name = (key as YamlScalarNode)?.Value ?? "";
                if (!known.Contains(name, StringComparer.Ordinal))
                {
                    Error(key, Join(parent, name), $"Unknown field '{name}'; expected one of {string.Join(", ", known)}.");
                }
            }
        }

        private static YamlNode? Child(YamlMappingNode map, string key) =>
            map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

        private static string Join(string parent, string key) => parent.Length == 0 ? key : parent + "." + key;

        private void Error(YamlNode node, string field, string message) =>
            Errors.Add(new ManifestError(source, (int)node.Start.Line, (int)node.Start.Column, field, message));
    }

    internal static bool TryParseSlotType(string text, out SlotType type)
    {
        type = text switch
        {
            "text" => SlotType.Text,
            "number" => SlotType.Number,
            "money" => SlotType.Money,
            "date" => SlotType.Date,
            "daterange" => SlotType.DateRange,
            "duration" => SlotType.Duration,
            "email" => SlotType.Email,
            "person" => SlotType.Person,
            "choice" => SlotType.Choice,
            "boolean" => SlotType.Boolean,
            _ => (SlotType)(-1),
        };
        return (int)type >= 0;
    }

    [GeneratedRegex(@"^[a-z0-9]+([.\-][a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex SlotNamePattern();
}
