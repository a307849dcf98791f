namespace ChatFlow.Skills.Recognition.Entities;

/// <summary>The utterance as the recogniser scores it once more without its values.</summary>
internal sealed partial class SlotFiller
{
    /// <summary><paramref name="utterance"/> written as examples are matched (<see cref="ForMatching"/>), without the
    /// values a skill's slots would take: every typed entity of a kind a slot accepts (both dates of a range the
    /// scanner read as two, a weekday next to a date), the words that named a choice as typed (<c>육아휴직</c> for
    /// <c>parental</c>), and the other values in <paramref name="filled"/>. Such words belong to the request's values,
    /// not to how a request is phrased, and no example can hold them all.</summary>
    /// <param name="utterance">The user's text.</param>
    /// <param name="filled">What <see cref="Fill"/> found in it.</param>
    /// <param name="removed">Whether anything was left out.</param>
    internal string WithoutValues(string utterance, IReadOnlyDictionary<string, string> filled, out bool removed)
    {
        var entities = EntityExtractor.ExtractSpans(utterance, _kinds).Where(e => _skill.Slots.Any(s => Accepts(s, e))).ToList();
        var text = ForMatching(entities.Count > 0 ? Without(utterance, entities) : utterance);
        var choiceNames = _skill.Slots
            .Where(s => s.Type == Manifests.SlotType.Choice && filled.ContainsKey(s.Name))
            .SelectMany(s => s.Validation.FindChoice(filled[s.Name])?.Names ?? []);
        text = ValueCut.Without(text, filled.Values.Concat(choiceNames), out var cut);
        removed = entities.Count > 0 || cut;
        return text;
    }
}
