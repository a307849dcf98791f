using System.Globalization;
using System.Text.Json.Nodes;
using ChatFlow.Skills.Manifests;
using YamlDotNet.RepresentationModel;

namespace ChatFlow.Skills.Tests.Manifests;

/// <summary>YAML → JSON by the YAML 1.2 core schema (as editors and the loader type plain scalars), for the JSON Schema.</summary>
internal static class ManifestJson
{
    internal static string FromYaml(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return Convert(stream.Documents[0].RootNode)?.ToJsonString() ?? "null";
    }

    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(kv =>
            KeyValuePair.Create(((YamlScalarNode)kv.Key).Value ?? "", Convert(kv.Value)))),
        YamlSequenceNode seq => new JsonArray([.. seq.Children.Select(Convert)]),
        YamlScalarNode scalar => YamlValues.KindOf(scalar) switch
        {
            YamlValueKind.Null => null,
            YamlValueKind.Boolean => JsonValue.Create(scalar.Value!.Equals("true", StringComparison.OrdinalIgnoreCase)),
            YamlValueKind.Integer => JsonValue.Create(long.Parse(scalar.Value!, CultureInfo.InvariantCulture)),
            YamlValueKind.Number => JsonValue.Create(double.Parse(scalar.Value!, CultureInfo.InvariantCulture)),
            _ => JsonValue.Create(scalar.Value ?? ""),
        },
        _ => throw new NotSupportedException(node.GetType().Name),
    };
}
