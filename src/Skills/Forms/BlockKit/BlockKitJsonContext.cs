using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatFlow.Skills.Forms.BlockKit;

/// <summary>Source-generated JSON for the Block Kit we write: nulls and <c>false</c> flags omitted, discriminators
/// first, out-of-order metadata accepted when read back (tests).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault,
    AllowOutOfOrderMetadataProperties = true)]
[JsonSerializable(typeof(BlockKitMessage))]
[JsonSerializable(typeof(ModalView))]
[JsonSerializable(typeof(IReadOnlyList<Block>))]
[JsonSerializable(typeof(SlackButtonValue))]
[JsonSerializable(typeof(SlackViewMetadata))]
public sealed partial class BlockKitJsonContext : JsonSerializerContext;
