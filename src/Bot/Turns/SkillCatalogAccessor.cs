using ChatFlow.Integrations.Llm;
using ChatFlow.Skills.Manifests;

namespace ChatFlow.Bot.Turns;

/// <summary>The skill catalog in force: loaded from <c>manifests/skills/</c> at start-up.</summary>
internal sealed class SkillCatalogAccessor(SkillCatalog catalog) : ISkillCatalogSource
{
    /// <summary>The current immutable snapshot.</summary>
    public SkillCatalog Current { get; } = catalog;
}
