using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ChatFlow.Integrations.Connectors;

/// <summary>Connectors loaded from a directory of manifests (<c>*.yaml</c>, <c>*.yml</c>), each naming an OpenAPI 3
/// document next to it (read by <see cref="OpenApiDocumentReader"/>).</summary>
/// <remarks>Manifest keys: <c>id</c>, <c>kind</c> (<c>openapi</c>, or <c>graph</c> for Microsoft Graph through its SDK,
/// which needs no document), <c>openapi</c> (file name, relative to the manifest; <c>openapi</c> kind only), <c>baseUrl</c> (absolute, or relative to ChatFlow's base address; default: the document's first
/// server), <c>connection</c>. OpenAPI files named by a manifest are not manifests themselves. OpenAPI:
/// https://spec.openapis.org/oas/v3.0.3.</remarks>
internal sealed class ConnectorCatalog : IConnectorCatalog
{
    private readonly Dictionary<string, ConnectorDefinition> connectors;

    private ConnectorCatalog(Dictionary<string, ConnectorDefinition> connectors) => this.connectors = connectors;

    public IReadOnlyCollection<ConnectorDescription> Connectors =>
        connectors.Values.OrderBy(c => c.Id, StringComparer.Ordinal).Select(c => c.Describe()).ToArray();

    public ConnectorDescription Get(string connectorId) => GetDefinition(connectorId).Describe();

    /// <exception cref="InvalidOperationException">Unknown connector id.</exception>
    public ConnectorDefinition GetDefinition(string connectorId) =>
        connectors.TryGetValue(connectorId, out var connector)
            ? connector
            : throw new InvalidOperationException(
                $"Unknown connector '{connectorId}'. Known connectors: {string.Join(", ", connectors.Keys.Order(StringComparer.Ordinal))}.");

    /// <summary>Loads every connector manifest in <paramref name="directory"/>.</summary>
    /// <exception cref="ConnectorManifestException">A manifest or OpenAPI document is invalid, or two manifests
    /// share an id.</exception>
    /// <exception cref="DirectoryNotFoundException">The directory does not exist.</exception>
    public static ConnectorCatalog Load(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"The connectors directory '{Path.GetFullPath(directory)}' does not exist.");
        }

        var files = Directory.EnumerateFiles(directory, "*.yaml").Concat(Directory.EnumerateFiles(directory, "*.yml"))
            .Order(StringComparer.Ordinal).ToList();
        var manifests = new List<(string File, ConnectorManifestYaml Manifest)>();
        var referenced = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (ReadManifest(file) is { } manifest)
            {
                manifests.Add((file, manifest));
                if (!string.IsNullOrWhiteSpace(manifest.Openapi))
                {
                    referenced.Add(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, manifest.Openapi)));
                }
            }
        }

        var connectors = new Dictionary<string, ConnectorDefinition>(StringComparer.Ordinal);
        foreach (var (file, manifest) in manifests)
        {
            if (referenced.Contains(Path.GetFullPath(file)))
            {
                continue;
            }

            var connector = Build(file, manifest);
            if (!connectors.TryAdd(connector.Id, connector))
            {
                throw new ConnectorManifestException(file, $"connector id '{connector.Id}' is already used by {connectors[connector.Id].SourceFile}.");
            }
        }

        return new ConnectorCatalog(connectors);
    }

    /// <summary>The manifest, or <c>null</c> for a YAML file that is an OpenAPI document.</summary>
    private static ConnectorManifestYaml? ReadManifest(string file)
    {
        var text = File.ReadAllText(file);
        try
        {
            // An OpenAPI document next to the manifests is recognised by its top-level key and skipped.
            var probe = new DeserializerBuilder().IgnoreUnmatchedProperties().Build().Deserialize<Dictionary<string, object?>>(text);
            if (probe is not null && probe.ContainsKey("paths") && probe.ContainsKey("info"))
            {
                return null;
            }

            return new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build()
                .Deserialize<ConnectorManifestYaml>(text)
                ?? throw new ConnectorManifestException(file, "the file is empty.");
        }
        catch (YamlException ex)
        {
            throw new ConnectorManifestException(file, $"line {ex.Start.Line}, column {ex.Start.Column}: {ex.InnerException?.Message ?? ex.Message}", ex);
        }
    }

    private static ConnectorDefinition Build(string file, ConnectorManifestYaml manifest)
    {
        string Required(string? value, string key) =>
            string.IsNullOrWhiteSpace(value) ? throw new ConnectorManifestException(file, $"'{key}' is required.") : value;

        var id = Required(manifest.Id, "id");
        var kind = Required(manifest.Kind, "kind");
        if (kind is not ("openapi" or GraphConnectorInvoker.Kind))
        {
            throw new ConnectorManifestException(file, $"kind '{kind}' is not supported; use 'openapi' or 'graph'.");
        }

        var connection = Required(manifest.Connection, "connection");
        if (kind == GraphConnectorInvoker.Kind)
        {
            // The optional OpenAPI document only describes the operations; each must be one the Graph connector implements.
            var implemented = GraphConnectorInvoker.Operations();
            if (!string.IsNullOrWhiteSpace(manifest.Openapi))
            {
                var described = Path.Combine(Path.GetDirectoryName(file)!, manifest.Openapi);
                if (!File.Exists(described))
                {
                    throw new ConnectorManifestException(file, $"the OpenAPI document '{manifest.Openapi}' does not exist ({Path.GetFullPath(described)}).");
                }

                var unknown = OpenApiDocumentReader.Read(described).Operations.Keys.Where(o => !implemented.ContainsKey(o)).Order(StringComparer.Ordinal).ToList();
                if (unknown.Count > 0)
                {
                    throw new ConnectorManifestException(file,
                        $"the graph connector does not implement {string.Join(", ", unknown)}; it implements {string.Join(", ", implemented.Keys)}.");
                }
            }

            return new ConnectorDefinition(id, connection, Required(manifest.BaseUrl, "baseUrl"), file, implemented, kind);
        }

        var openApiFile = Path.Combine(Path.GetDirectoryName(file)!, Required(manifest.Openapi, "openapi"));
        if (!File.Exists(openApiFile))
        {
            throw new ConnectorManifestException(file, $"the OpenAPI document '{manifest.Openapi}' does not exist ({Path.GetFullPath(openApiFile)}).");
        }

        var (server, operations) = OpenApiDocumentReader.Read(openApiFile);
        var baseUrl = !string.IsNullOrWhiteSpace(manifest.BaseUrl) ? manifest.BaseUrl
            : server ?? throw new ConnectorManifestException(file, "'baseUrl' is required when the OpenAPI document lists no server.");

        return new ConnectorDefinition(id, connection, baseUrl, file, operations);
    }
}

/// <summary>A connector manifest file as written (YAML, camelCase keys; unknown keys are an error).</summary>
internal sealed class ConnectorManifestYaml
{
    public string? Id { get; set; }
    public string? Kind { get; set; }
    public string? Openapi { get; set; }
    public string? BaseUrl { get; set; }
    public string? Connection { get; set; }
}
