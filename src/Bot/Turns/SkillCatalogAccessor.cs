using ChatFlow.Integrations.Llm;
using ChatFlow.Skills.Manifests;

namespace ChatFlow.Bot.Turns;

/// <summary>The skill catalog in force: the manifest files at start-up, then the registry's snapshots as hosts
/// register, enable and disable skills. Swapped atomically; a newer revision always wins.</summary>
internal sealed class SkillCatalogAccessor(SkillSnapshot initial) : ISkillCatalogSource
{
    private SkillSnapshot _snapshot = initial;

    /// <summary>The current immutable catalog (every registered version, enabled or not).</summary>
    public SkillCatalog Current => Snapshot.Catalog;

    /// <summary>The current snapshot: catalog, enabled flags, recogniser and dialog engine of one revision.</summary>
    public SkillSnapshot Snapshot => Volatile.Read(ref _snapshot);

    /// <summary>Makes <paramref name="next"/> current unless a snapshot of the same or a newer revision already is.</summary>
    /// <returns>Whether it was published.</returns>
    public bool Publish(SkillSnapshot next)
    {
        ArgumentNullException.ThrowIfNull(next);
        while (true)
        {
            var current = Volatile.Read(ref _snapshot);
            if (next.Revision <= current.Revision)
            {
                return false;
            }

            if (ReferenceEquals(Interlocked.CompareExchange(ref _snapshot, next, current), current))
            {
                return true;
            }
        }
    }
}
