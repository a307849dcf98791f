using System.Text.RegularExpressions;

namespace ChatFlow.Skills.Recognition.Entities;

/// <summary>Finds e-mail addresses and Korean business registration numbers in text.</summary>
internal static partial class EntityExtractor
{
    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"(?<![0-9\-])([0-9]{3})-?([0-9]{2})-?([0-9]{5})(?![0-9\-])", RegexOptions.CultureInvariant)]
    private static partial Regex BrnPattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$", RegexOptions.CultureInvariant)]
    internal static partial Regex WholeEmail();

    /// <summary>All entities in <paramref name="text"/>, by position.</summary>
    internal static IReadOnlyList<Entity> Extract(string text)
    {
        var entities = new List<Entity>();
        foreach (Match m in EmailPattern().Matches(text))
        {
            entities.Add(new Entity(EntityKind.Email, m.Value, m.Index, m.Length));
        }

        foreach (Match m in BrnPattern().Matches(text))
        {
            if (!entities.Any(e => m.Index < e.Index + e.Length && e.Index < m.Index + m.Length))
            {
                var value = $"{m.Groups[1].Value}-{m.Groups[2].Value}-{m.Groups[3].Value}";
                entities.Add(new Entity(EntityKind.BusinessRegistrationNumber, value, m.Index, m.Length));
            }
        }

        entities.Sort((a, b) => a.Index.CompareTo(b.Index));
        return entities;
    }
}
