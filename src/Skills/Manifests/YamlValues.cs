using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ChatFlow.Skills.Manifests;

/// <summary>Resolves plain YAML scalars by the YAML 1.2 core schema, so that the loader and the JSON Schema see the
/// same types: <c>2</c> is an integer, <c>"2"</c> a text, <c>true</c> a boolean, <c>~</c> or nothing is null.</summary>
internal static partial class YamlValues
{
    internal static YamlValueKind KindOf(YamlNode node) => node switch
    {
        YamlMappingNode => YamlValueKind.Mapping,
        YamlSequenceNode => YamlValueKind.List,
        YamlScalarNode { Style: ScalarStyle.Plain, Value: var v } => ResolvePlain(v ?? ""),
        _ => YamlValueKind.Text,
    };

    internal static string Describe(YamlValueKind kind) => kind switch
    {
        YamlValueKind.Null => "nothing (null)",
        YamlValueKind.Boolean => "a boolean",
        YamlValueKind.Integer => "an integer",
        YamlValueKind.Number => "a number",
        YamlValueKind.Text => "a text",
        YamlValueKind.List => "a list",
        _ => "a mapping",
    };

    private static YamlValueKind ResolvePlain(string value) => value switch
    {
        "" or "~" or "null" or "Null" or "NULL" => YamlValueKind.Null,
        "true" or "True" or "TRUE" or "false" or "False" or "FALSE" => YamlValueKind.Boolean,
        _ when IntegerPattern().IsMatch(value) => YamlValueKind.Integer,
        _ when FloatPattern().IsMatch(value) => YamlValueKind.Number,
        _ => YamlValueKind.Text,
    };

    [GeneratedRegex(@"^[-+]?[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex FloatPattern();
}
