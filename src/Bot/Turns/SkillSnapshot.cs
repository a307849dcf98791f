using System.Collections.Frozen;
using ChatFlow.Integrations.Storage;
using ChatFlow.Skills.Dialog;
using ChatFlow.Skills.Manifests;
using ChatFlow.Skills.Recognition;

namespace ChatFlow.Bot.Turns;

/// <summary>Everything a turn needs from one catalog revision: built once per revision, never changed.</summary>
internal sealed class SkillSnapshot
{
    private SkillSnapshot(long revision, SkillCatalog catalog, FrozenSet<string> disabled, IReadOnlyList<SkillRegistryVersion> versions,
        EmbeddedRecognizerOptions recognizerOptions)
    {
        Revision = revision;
        Catalog = catalog;
        Disabled = disabled;
        Versions = versions;
        RecognizerOptions = recognizerOptions;
        // Trained on the latest version of every skill, disabled ones included, so a request for a disabled skill is
        // recognised and refused politely instead of misread as something else.
        Recognizer = new EmbeddedIntentRecognizer(catalog, recognizerOptions);
        Engine = new DialogEngine(catalog, Recognizer, options: new DialogEngineOptions { IsSkillEnabled = IsEnabled });
    }

    /// <summary>The registry's catalog revision; -1 for the files read before the registry was loaded.</summary>
    public long Revision { get; }

    /// <summary>Every version of every skill (pinned runs find theirs here).</summary>
    public SkillCatalog Catalog { get; }

    /// <summary>Ids of disabled skills.</summary>
    public FrozenSet<string> Disabled { get; }

    /// <summary>The registry rows behind <see cref="Catalog"/> (empty before the registry was loaded).</summary>
    public IReadOnlyList<SkillRegistryVersion> Versions { get; }

    /// <summary>The options the recogniser was trained with (the next snapshot reuses them).</summary>
    public EmbeddedRecognizerOptions RecognizerOptions { get; }

    /// <summary>The embedded recogniser over the catalog.</summary>
    public IIntentRecognizer Recognizer { get; }

    /// <summary>The dialog engine over the catalog.</summary>
    public DialogEngine Engine { get; }

    /// <summary>Whether new conversations may start skill <paramref name="skillId"/>.</summary>
    public bool IsEnabled(string skillId) => !Disabled.Contains(skillId);

    /// <summary>Builds a snapshot (trains the recogniser with <paramref name="recognizerOptions"/>, default
    /// options when <c>null</c>).</summary>
    public static SkillSnapshot Create(long revision, SkillCatalog catalog, IEnumerable<string> disabled, IReadOnlyList<SkillRegistryVersion> versions,
        EmbeddedRecognizerOptions? recognizerOptions = null) =>
        new(revision, catalog, disabled.ToFrozenSet(StringComparer.Ordinal), versions, recognizerOptions ?? new EmbeddedRecognizerOptions());
}
