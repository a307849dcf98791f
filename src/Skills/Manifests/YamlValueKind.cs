namespace ChatFlow.Skills.Manifests;

/// <summary>What a YAML node is under the YAML 1.2 core schema (what JSON Schema sees).</summary>
internal enum YamlValueKind
{
    Null,
    Boolean,
    Integer,
    Number,
    Text,
    List,
    Mapping,
}
