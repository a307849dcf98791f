using System.Text.Json.Serialization;

namespace ChatFlow.Bot.Turns;

/// <summary>Canonical JSON of skill arguments for audit digests.</summary>
[JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class DigestJsonContext : JsonSerializerContext;
