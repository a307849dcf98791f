namespace ChatFlow.Integrations.Storage;

/// <summary>The skill registry: every registered version of every skill manifest, an enabled flag per skill id and a
/// catalog revision that every change bumps (hosts poll it to reload their catalog).</summary>
public interface ISkillRegistryStore
{
    /// <summary>The catalog revision: 0 for an empty registry, then +1 per registration or enable/disable change.</summary>
    Task<long> GetRevisionAsync(CancellationToken cancellationToken);

    /// <summary>Every version and every skill's flag, with the revision they are at least as new as.</summary>
    Task<SkillRegistrySnapshot> LoadAsync(CancellationToken cancellationToken);

    /// <summary>Stores <paramref name="draft"/> as the skill's next version (the first version of a new skill is
    /// enabled). With <paramref name="onlyIfNew"/>, nothing is stored when a version of the skill already has the same
    /// content (a manifest file loaded again at start-up).</summary>
    /// <returns>The stored version, or <c>null</c> when skipped.</returns>
    Task<SkillRegistryVersion?> RegisterAsync(SkillRegistryDraft draft, bool onlyIfNew, CancellationToken cancellationToken);

    /// <summary>Turns a skill on or off (a no-op, without a revision bump, when it already is).</summary>
    /// <returns>The skill's entry, or <c>null</c> for an unknown id.</returns>
    Task<SkillRegistryEntry?> SetEnabledAsync(string skillId, bool enabled, CancellationToken cancellationToken);
}
