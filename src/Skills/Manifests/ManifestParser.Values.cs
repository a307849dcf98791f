using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace ChatFlow.Skills.Manifests;

/// <summary>Typed reads of YAML nodes, each reporting a wrong type, a missing field or an unknown one.</summary>
internal sealed partial class ManifestParser
{
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

        if (YamlValues.KindOf(node) == YamlValueKind.Text)
        {
            var text = ((YamlScalarNode)node).Value ?? "";
            return NotEmpty(node, path, text) ? new LocalizedText(text) : null;
        }

        if (node is not YamlMappingNode texts)
        {
            WrongType(node, path, "a text or a mapping with 'en' (and optionally 'ko')");
            return null;
        }

        CheckFields(texts, path, Languages, what: "language");
        var en = OptionalText(texts, path, "en");
        var ko = OptionalText(texts, path, "ko");
        if (Child(texts, "en") is null)
        {
            Error(texts, path + ".en", "Missing required field 'en' (English is the fallback).");
            return null;
        }

        if (en is null || !NotEmpty(Child(texts, "en")!, path + ".en", en)
            || (ko is not null && !NotEmpty(Child(texts, "ko")!, path + ".ko", ko)))
        {
            return null;
        }

        return new LocalizedText(en, ko);
    }

    private bool NotEmpty(YamlNode node, string path, string text)
    {
        if (text.Trim().Length > 0)
        {
            return true;
        }

        Error(node, path, "Must not be empty.");
        return false;
    }

    private List<string> TextList(YamlMappingNode map, string parent, string key)
    {
        var path = Join(parent, key);
        var node = Child(map, key);
        if (node is null)
        {
            return [];
        }

        if (node is not YamlSequenceNode seq)
        {
            WrongType(node, path, "a list");
            return [];
        }

        var list = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < seq.Children.Count; i++)
        {
            var value = Text(seq.Children[i], $"{path}[{i}]");
            if (value is null || !NotEmpty(seq.Children[i], $"{path}[{i}]", value))
            {
                continue;
            }

            if (!seen.Add(value))
            {
                Error(seq.Children[i], $"{path}[{i}]", $"Duplicate value '{value}'.");
                continue;
            }

            list.Add(value);
        }

        return list;
    }

    private string? RequiredText(YamlMappingNode map, string parent, string key)
    {
        var node = Child(map, key);
        if (node is null)
        {
            Error(map, Join(parent, key), $"Missing required field '{key}'.");
            return null;
        }

        var value = Text(node, Join(parent, key));
        return value is not null && NotEmpty(node, Join(parent, key), value) ? value : null;
    }

    private string? OptionalText(YamlMappingNode map, string parent, string key)
    {
        var node = Child(map, key);
        return node is null ? null : Text(node, Join(parent, key));
    }

    private bool? OptionalBool(YamlMappingNode map, string parent, string key)
    {
        var node = Child(map, key);
        if (node is null)
        {
            return null;
        }

        if (YamlValues.KindOf(node) == YamlValueKind.Boolean)
        {
            return ((YamlScalarNode)node).Value!.Equals("true", StringComparison.OrdinalIgnoreCase);
        }

        WrongType(node, Join(parent, key), "true or false");
        return null;
    }

    private int? OptionalInt(YamlMappingNode map, string parent, string key)
    {
        var node = Child(map, key);
        return node is null ? null : Integer(node, Join(parent, key));
    }

    private int? Integer(YamlNode node, string path)
    {
        if (YamlValues.KindOf(node) == YamlValueKind.Integer
            && int.TryParse(((YamlScalarNode)node).Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        WrongType(node, path, "an integer");
        return null;
    }

    private decimal? OptionalNumber(YamlMappingNode map, string parent, string key)
    {
        var node = Child(map, key);
        if (node is null)
        {
            return null;
        }

        if (YamlValues.KindOf(node) is YamlValueKind.Integer or YamlValueKind.Number
            && decimal.TryParse(((YamlScalarNode)node).Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        WrongType(node, Join(parent, key), "a number");
        return null;
    }

    /// <summary>A text value. Plain scalars that YAML reads as numbers, booleans or null are not texts (JSON Schema
    /// sees them so too); the message says to quote them.</summary>
    private string? Text(YamlNode node, string path)
    {
        var kind = YamlValues.KindOf(node);
        if (kind == YamlValueKind.Text)
        {
            return ((YamlScalarNode)node).Value ?? "";
        }

        if (kind is YamlValueKind.Integer or YamlValueKind.Number or YamlValueKind.Boolean)
        {
            Error(node, path, $"Expected a text, found {YamlValues.Describe(kind)}; quote it: \"{((YamlScalarNode)node).Value}\".");
        }
        else
        {
            WrongType(node, path, "a text");
        }

        return null;
    }

    private void WrongType(YamlNode node, string path, string expected) =>
        Error(node, path, $"Expected {expected}, found {YamlValues.Describe(YamlValues.KindOf(node))}.");

    private void CheckFields(YamlMappingNode map, string parent, string[] known, string what = "field")
    {
        foreach (var key in map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!known.Contains(name, StringComparer.Ordinal))
            {
                Error(key, Join(parent, name), $"Unknown {what} '{name}'" + Suggestions.Hint(name, known));
            }
        }
    }

    private static YamlNode? Child(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    private static string Join(string parent, string key) => parent.Length == 0 ? key : parent + "." + key;

    private void Error(YamlNode node, string field, string message) =>
        Errors.Add(new ManifestError(source, (int)node.Start.Line, (int)node.Start.Column, field, message));
}
