using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ChatFlow.Integrations.Connectors;

/// <summary>Reads the part of an OpenAPI 3.0/3.1 document (YAML or JSON) that building requests needs: servers,
/// operations, their path/query/header parameters and the top-level properties of their JSON request body, with
/// local <c>$ref</c>s (<c>#/components/…</c>) resolved.</summary>
/// <remarks>
/// OpenAPI: https://spec.openapis.org/oas/v3.0.3. Microsoft.OpenApi.Readers 1.6.31 cannot be used at run time here:
/// it is built against SharpYaml 2.1 (<c>SharpYaml.Serialization.YamlDocument</c>), and the only SharpYaml the
/// package source serves, 3.17.0 (pinned centrally), lacks that type, so <c>OpenApiStreamReader.Read</c> throws
/// <see cref="TypeLoadException"/>. YamlDotNet reads the document instead.
/// </remarks>
internal static class OpenApiDocumentReader
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

    /// <exception cref="ConnectorManifestException">Not YAML/JSON, not OpenAPI 3, or a malformed part.</exception>
    public static (string? FirstServerUrl, Dictionary<string, ConnectorOperation> Operations) Read(string file)
    {
        var stream = new YamlStream();
        try
        {
            using var reader = new StreamReader(file);
            stream.Load(reader);
        }
        catch (YamlException ex)
        {
            throw new ConnectorManifestException(file, $"line {ex.Start.Line}: {ex.Message}", ex);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new ConnectorManifestException(file, "not an OpenAPI document (no top-level mapping).");
        }

        var document = new Document(file, root);
        var version = document.Scalar(root, "openapi");
        if (version is null || !version.StartsWith("3.", StringComparison.Ordinal))
        {
            throw new ConnectorManifestException(file, $"'openapi: {version}' is not supported; use OpenAPI 3.0 or 3.1.");
        }

        string? server = null;
        if (root.Children.TryGetValue("servers", out var servers) && servers is YamlSequenceNode list
            && list.Children.FirstOrDefault() is YamlMappingNode first)
        {
            server = document.Scalar(first, "url");
        }

        var operations = new Dictionary<string, ConnectorOperation>(StringComparer.Ordinal);
        if (document.Mapping(root, "paths") is { } paths)
        {
            foreach (var (key, value) in paths.Children)
            {
                var path = ((YamlScalarNode)key).Value ?? "";
                var item = document.AsMapping(value, $"paths.{path}");
                var shared = document.Parameters(item);
                foreach (var method in Methods)
                {
                    if (document.Mapping(item, method) is not { } operation)
                    {
                        continue;
                    }

                    var id = document.Scalar(operation, "operationId");
                    if (string.IsNullOrEmpty(id))
                    {
                        continue;
                    }

                    var built = document.Operation(id, method, path, shared, operation);
                    if (!operations.TryAdd(id, built))
                    {
                        throw new ConnectorManifestException(file, $"line {operation.Start.Line}: operationId '{id}' is used twice.");
                    }
                }
            }
        }

        return (server, operations);
    }

    private sealed class Document(string file, YamlMappingNode root)
    {
        public ConnectorOperation Operation(string id, string method, string path, List<ConnectorParameter> shared, YamlMappingNode operation)
        {
            // Operation-level parameters override path-level ones with the same name and location.
            var parameters = shared.ToDictionary(p => (p.Name, p.Location));
            foreach (var p in Parameters(operation))
            {
                parameters[(p.Name, p.Location)] = p;
            }

            var hasJsonBody = false;
            var properties = new Dictionary<string, BodyPropertyType>(StringComparer.Ordinal);
            if (operation.Children.TryGetValue("requestBody", out var bodyNode)
                && Mapping(Resolve(bodyNode), "content") is { } content)
            {
                var json = content.Children.FirstOrDefault(c => IsJson(((YamlScalarNode)c.Key).Value ?? "")).Value;
                if (json is not null)
                {
                    hasJsonBody = true;
                    if (AsMapping(Resolve(json), "content").Children.TryGetValue("schema", out var schema))
                    {
                        CollectProperties(Resolve(schema), properties, depth: 0);
                    }
                }
            }

            return new ConnectorOperation(id, new HttpMethod(method.ToUpperInvariant()), path, parameters.Values.ToList(), hasJsonBody, properties);
        }

        public List<ConnectorParameter> Parameters(YamlMappingNode owner)
        {
            var result = new List<ConnectorParameter>();
            if (!owner.Children.TryGetValue("parameters", out var node))
            {
                return result;
            }

            if (node is not YamlSequenceNode list)
            {
                throw Error(node, "'parameters' must be a list.");
            }

            foreach (var item in list.Children)
            {
                var parameter = Resolve(item);
                var name = Scalar(parameter, "name") ?? throw Error(parameter, "a parameter has no 'name'.");
                ConnectorParameterLocation? location = Scalar(parameter, "in") switch
                {
                    "path" => ConnectorParameterLocation.Path,
                    "query" => ConnectorParameterLocation.Query,
                    "header" => ConnectorParameterLocation.Header,
                    "cookie" => null,
                    var other => throw Error(parameter, $"parameter '{name}' has an invalid 'in': '{other}'."),
                };
                if (location is { } l)
                {
                    var required = l == ConnectorParameterLocation.Path || Scalar(parameter, "required") == "true";
                    result.Add(new ConnectorParameter(name, l, required));
                }
            }

            return result;
        }

        public YamlMappingNode? Mapping(YamlMappingNode owner, string key) =>
            owner.Children.TryGetValue(key, out var node) ? AsMapping(node, key) : null;

        public YamlMappingNode AsMapping(YamlNode node, string what) =>
            node as YamlMappingNode ?? throw Error(node, $"'{what}' must be a mapping.");

        public string? Scalar(YamlMappingNode owner, string key) =>
            owner.Children.TryGetValue(key, out var node)
                ? node as YamlScalarNode is { } scalar ? scalar.Value : throw Error(node, $"'{key}' must be a single value.")
                : null;

        private void CollectProperties(YamlMappingNode schema, Dictionary<string, BodyPropertyType> properties, int depth)
        {
            if (depth > 16)
            {
                throw Error(schema, "the request body schema nests allOf/$ref too deeply.");
            }

            if (Mapping(schema, "properties") is { } declared)
            {
                foreach (var (key, value) in declared.Children)
                {
                    var type = Resolve(value).Children.TryGetValue("type", out var t) && t is YamlScalarNode s ? s.Value : null;
                    properties[((YamlScalarNode)key).Value ?? ""] = type switch
                    {
                        "integer" => BodyPropertyType.Integer,
                        "number" => BodyPropertyType.Number,
                        "boolean" => BodyPropertyType.Boolean,
                        _ => BodyPropertyType.String,
                    };
                }
            }

            if (schema.Children.TryGetValue("allOf", out var allOf) && allOf is YamlSequenceNode parts)
            {
                foreach (var part in parts.Children)
                {
                    CollectProperties(Resolve(part), properties, depth + 1);
                }
            }
        }

        /// <summary>The node itself, or the target of its local <c>$ref</c> (followed up to 16 times).</summary>
        private YamlMappingNode Resolve(YamlNode node)
        {
            for (var hops = 0; hops < 16; hops++)
            {
                var mapping = AsMapping(node, "$ref target");
                if (!mapping.Children.TryGetValue("$ref", out var reference))
                {
                    return mapping;
                }

                var pointer = (reference as YamlScalarNode)?.Value ?? "";
                if (!pointer.StartsWith("#/", StringComparison.Ordinal))
                {
                    throw Error(reference, $"only local references (#/…) are supported, not '{pointer}'.");
                }

                YamlNode current = root;
                foreach (var token in pointer[2..].Split('/'))
                {
                    var name = Uri.UnescapeDataString(token).Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
                    if (current is not YamlMappingNode m || !m.Children.TryGetValue(name, out var next))
                    {
                        throw Error(reference, $"the reference '{pointer}' points nowhere.");
                    }

                    current = next;
                }

                node = current;
            }

            throw Error(node, "too many chained $refs.");
        }

        private ConnectorManifestException Error(YamlNode node, string problem) =>
            new(file, $"line {node.Start.Line}: {problem}");
    }

    private static bool IsJson(string mediaType) =>
        mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
        || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase);
}
