using ChatFlow.Skills.Manifests;
using NJsonSchema;
using YamlDotNet.RepresentationModel;

namespace ChatFlow.Skills.Tests.Manifests;

/// <summary><c>manifests/schema/skill.schema.json</c> and the loader agree: shipped manifests pass both, structural
/// mistakes fail both.</summary>
public class SkillSchemaTests
{
    private static readonly string ManifestsDirectory = Path.Combine(AppContext.BaseDirectory, "manifests");

    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromFileAsync(Path.Combine(ManifestsDirectory, "schema", "skill.schema.json")).GetAwaiter().GetResult());

    public static TheoryData<string> ShippedManifests => [.. Directory
        .EnumerateFiles(Path.Combine(ManifestsDirectory, "skills"))
        .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal))
        .Select(f => Path.GetFileName(f))
        .Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(ShippedManifests))]
    public void ShippedManifest_PassesSchemaAndRegistrationRules(string file)
    {
        var path = Path.Combine(ManifestsDirectory, "skills", file);
        var text = File.ReadAllText(path);

        var schemaErrors = Schema.Value.Validate(file.EndsWith(".json", StringComparison.Ordinal) ? text : ManifestJson.FromYaml(text));
        var loaded = SkillManifestLoader.Load(path, ManifestRules.WithConnectors(ShippedConnectors()));

        Assert.Empty(schemaErrors.Select(e => e.ToString()));
        Assert.True(loaded.IsValid, string.Join("\n", loaded.Errors));
    }

    [Fact]
    public void ShippedDirectory_LoadsWithoutErrorsUnderRegistrationRules()
    {
        var result = SkillCatalog.LoadDirectory(Path.Combine(ManifestsDirectory, "skills"), ManifestRules.WithConnectors(ShippedConnectors()));

        Assert.Empty(result.Errors);
        Assert.NotNull(result.Catalog.Find("erp.vendor.register"));
    }

    [Theory]
    [InlineData("yaml")]
    [InlineData("json")]
    public void Samples_PassSchemaAndLoader(string sample)
    {
        var text = sample == "json" ? ManifestSamples.Json : ManifestSamples.Yaml;

        var schemaErrors = Schema.Value.Validate(sample == "json" ? text : ManifestJson.FromYaml(text));
        var loaded = SkillManifestLoader.LoadText(text, "sample." + sample, ManifestSamples.Rules);

        Assert.Empty(schemaErrors.Select(e => e.ToString()));
        Assert.True(loaded.IsValid, string.Join("\n", loaded.Errors));
    }

    /// <summary>Malformed cases that are about shape (what a schema can say): the schema rejects them too.
    /// The others (duplicate slot names, templates, regexes, min &gt; max, reminder ≥ timeout, connectors) only the
    /// loader can see.</summary>
    [Theory]
    [InlineData("unknown top-level field")]
    [InlineData("unknown field, no near name")]
    [InlineData("unknown slot field")]
    [InlineData("unknown validation field")]
    [InlineData("unknown action field")]
    [InlineData("unknown approval field")]
    [InlineData("unknown language in a text")]
    [InlineData("unknown utterance language")]
    [InlineData("version is a quoted text")]
    [InlineData("version is a fraction")]
    [InlineData("version below 1")]
    [InlineData("required is a text")]
    [InlineData("confirm is yes (YAML 1.2 text)")]
    [InlineData("label is a number")]
    [InlineData("utterance is a number")]
    [InlineData("min is a text")]
    [InlineData("roles is a text")]
    [InlineData("slots is a mapping (JSON)")]
    [InlineData("slot is a text (JSON)")]
    [InlineData("required is a quoted boolean (JSON)")]
    [InlineData("version is a string (JSON)")]
    [InlineData("missing id")]
    [InlineData("missing name.en")]
    [InlineData("missing slot name")]
    [InlineData("missing action.connection")]
    [InlineData("missing approval.approver")]
    [InlineData("missing action (JSON)")]
    [InlineData("missing English utterances (JSON)")]
    [InlineData("slot type typo")]
    [InlineData("slot type unknown")]
    [InlineData("approver unknown")]
    [InlineData("timeout not ISO 8601")]
    [InlineData("skill id with capitals")]
    [InlineData("slot name starting with a digit")]
    [InlineData("empty utterance")]
    [InlineData("duplicate role")]
    [InlineData("too few Korean utterances")]
    [InlineData("choice slot without choices")]
    [InlineData("choices on a text slot")]
    [InlineData("value labels for a slot")]
    [InlineData("value label is a number")]
    [InlineData("value labels is a list")]
    [InlineData("slot role unknown")]
    [InlineData("generic words is a text")]
    public void StructuralMistake_IsRejectedBySchemaToo(string caseName)
    {
        var row = MalformedManifestTests.Cases.Single(r => (string)r[0] == caseName);
        var (sample, find, replace) = ((string)row[1], (string)row[2], (string)row[3]);
        var text = (sample == "json" ? ManifestSamples.Json : ManifestSamples.Yaml).Replace(find, replace, StringComparison.Ordinal);

        var schemaErrors = Schema.Value.Validate(sample == "json" ? text : ManifestJson.FromYaml(text));

        Assert.NotEmpty(schemaErrors);
    }

    [Fact]
    public void Schema_ForbidsUnknownFieldsEverywhere()
    {
        var text = File.ReadAllText(Path.Combine(ManifestsDirectory, "schema", "skill.schema.json"));
        using var document = System.Text.Json.JsonDocument.Parse(text);

        var objects = new List<System.Text.Json.JsonElement>();
        Collect(document.RootElement, objects);

        Assert.NotEmpty(objects);
        Assert.All(objects, o => Assert.True(
            o.TryGetProperty("additionalProperties", out var extra)
                && extra.ValueKind is System.Text.Json.JsonValueKind.False or System.Text.Json.JsonValueKind.Object,
            o.GetRawText()[..Math.Min(200, o.GetRawText().Length)]));
    }

    /// <summary>Every schema of <c>type: object</c>.</summary>
    private static void Collect(System.Text.Json.JsonElement element, List<System.Text.Json.JsonElement> objects)
    {
        if (element.ValueKind == System.Text.Json.JsonValueKind.Object)
        {
            if (element.TryGetProperty("type", out var type) && type.ValueKind == System.Text.Json.JsonValueKind.String
                && type.GetString() == "object")
            {
                objects.Add(element);
            }

            foreach (var property in element.EnumerateObject())
            {
                Collect(property.Value, objects);
            }
        }
        else if (element.ValueKind == System.Text.Json.JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Collect(item, objects);
            }
        }
    }

    /// <summary>Connector id → operation ids read from <c>manifests/connectors</c> (the manifests' <c>id</c> and the
    /// <c>operationId</c>s of the OpenAPI document each names).</summary>
    internal static IReadOnlyDictionary<string, IReadOnlySet<string>> ShippedConnectors()
    {
        var directory = Path.Combine(ManifestsDirectory, "connectors");
        var result = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(directory, "*.yaml"))
        {
            var root = Root(file);
            if (root.Children.TryGetValue(new YamlScalarNode("id"), out var id) && root.Children.TryGetValue(new YamlScalarNode("openapi"), out var openapi))
            {
                var operations = new HashSet<string>(StringComparer.Ordinal);
                CollectOperationIds(Root(Path.Combine(directory, ((YamlScalarNode)openapi).Value!)), operations);
                result[((YamlScalarNode)id).Value!] = operations;
            }
        }

        return result;
    }

    private static YamlMappingNode Root(string file)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(file)));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static void CollectOperationIds(YamlNode node, HashSet<string> into)
    {
        if (node is YamlMappingNode map)
        {
            foreach (var (key, value) in map.Children)
            {
                if (key is YamlScalarNode { Value: "operationId" } && value is YamlScalarNode { Value: { } op })
                {
                    into.Add(op);
                }

                CollectOperationIds(value, into);
            }
        }
        else if (node is YamlSequenceNode seq)
        {
            foreach (var child in seq.Children)
            {
                CollectOperationIds(child, into);
            }
        }
    }
}
