using ChatFlow.Skills.Conversations;
using ChatFlow.Skills.Dialog;
using ChatFlow.Skills.Manifests;
using ChatFlow.Skills.Recognition;

namespace ChatFlow.Skills.Tests.Dialog;

/// <summary>The dialog engine over the shipped skills (no word vectors), its turns received at a fixed instant: what
/// dialog tests of the shipped manifests share.</summary>
/// <param name="now">When every turn is received (dates resolve against it, in Seoul).</param>
internal sealed class ShippedDialog(DateTimeOffset now)
{
    /// <summary>The shipped skills (<c>manifests/skills</c>).</summary>
    internal static readonly SkillCatalog Catalog = TestCatalogs.Real();

    private static readonly Lazy<DialogEngine> SharedEngine = new(() => new(Catalog, new EmbeddedIntentRecognizer(Catalog)));

    /// <summary>One engine for every test class: its recogniser is trained once.</summary>
    internal static DialogEngine Engine => SharedEngine.Value;

    /// <summary>A turn of text from user <c>u1</c> in conversation <c>c1</c> over Direct Line.</summary>
    internal Turn Text(string text, string locale) => new()
    {
        TurnId = Guid.NewGuid().ToString("N"), Channel = "directline", ConversationId = "c1",
        User = new ChannelUser("u1", "Alice"), Text = text, Locale = locale, ReceivedAtMs = now.ToUnixTimeMilliseconds(),
    };

    /// <summary>The step after <paramref name="texts"/>, said one after another from a new conversation.</summary>
    internal DialogStep Run(string locale, IEnumerable<string> texts)
    {
        var step = new DialogStep(DialogState.Initial(), [], null);
        foreach (var text in texts)
        {
            step = Engine.Handle(step.State, Text(text, locale));
        }

        return step;
    }

    /// <summary>The step's replies' texts, one per line.</summary>
    internal static string Said(DialogStep step) => string.Join("\n", step.Replies.Select(r => r.Text));
}
