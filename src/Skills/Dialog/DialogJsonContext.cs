using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatFlow.Skills.Dialog;

/// <summary>Source-generated JSON for dialog state and skill invocations (camelCase, enums as strings).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(DialogState))]
[JsonSerializable(typeof(SkillInvocation))]
[JsonSerializable(typeof(SkillOutcome))]
public sealed partial class DialogJsonContext : JsonSerializerContext;
