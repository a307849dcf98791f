using ChatFlow.Skills.Manifests;

namespace ChatFlow.Integrations.Llm;

/// <summary>The skill catalog in force, read on every recognition so skills registered at runtime are offered to the
/// model. The host implements it (and registers it as a singleton).</summary>
public interface ISkillCatalogSource
{
    /// <summary>The current immutable snapshot.</summary>
    SkillCatalog Current { get; }
}
