using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace ChatFlow.Integrations.Connectors;

/// <summary>JSON the connectors build themselves (result bodies of SDK-based connectors).</summary>
[JsonSerializable(typeof(JsonArray))]
internal sealed partial class ConnectorsJsonContext : JsonSerializerContext;
