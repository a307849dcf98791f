using System.Text;
using System.Text.RegularExpressions;
using ChatFlow.Skills.Manifests;

namespace ChatFlow.Skills.Recognition.Entities;

/// <summary>Fills a skill's slots from an utterance: first by matching its example templates
/// (<c>register vendor {vendorName} at {address}</c>), then by typed entities for slots still empty.</summary>
internal sealed partial class SlotFiller
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(200);
    private readonly SkillManifest _skill;
    private readonly List<Regex> _templates;

    public SlotFiller(SkillManifest skill)
    {
        _skill = skill;
        _templates = skill.Utterances.Values
            .SelectMany(u => u)
            .Where(u => Templates.Names(u).Any())
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(u => Templates.Placeholder().Replace(u, "").Length)
            .ThenBy(u => u, StringComparer.Ordinal)
            .Select(ToRegex)
            .ToList();
    }

    /// <summary>Slot name → value found in <paramref name="utterance"/>.</summary>
    public IReadOnlyDictionary<string, string> Fill(string utterance)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var template in _templates)
        {
            Match match;
            try
            {
                match = template.Match(utterance);
            }
            catch (RegexMatchTimeoutException)
            {
                continue;
            }

            if (!match.Success)
            {
                continue;
            }

            foreach (var slot in _skill.Slots)
            {
                if (match.Groups.TryGetValue(slot.Name, out var group) && group.Success)
                {
                    var value = group.Value.Trim().Trim('"', '\'', '“', '”', '‘', '’').Trim();
                    if (value.Length > 0)
                    {
                        values[slot.Name] = value;
                    }
                }
            }

            break;
        }

        foreach (var entity in EntityExtractor.Extract(utterance))
        {
            if (values.ContainsValue(entity.Value))
            {
                continue;
            }

            var slot = _skill.Slots.FirstOrDefault(s => !values.ContainsKey(s.Name) && Accepts(s, entity));
            if (slot is not null)
            {
                values[slot.Name] = entity.Value;
            }
        }

        return values;
    }

    private static bool Accepts(SlotDefinition slot, Entity entity) => entity.Kind switch
    {
        EntityKind.Email => slot.Type == SlotType.Email,
        EntityKind.BusinessRegistrationNumber => slot.Type == SlotType.Text
            && slot.Validation.Pattern is { } pattern
            && Regex.IsMatch(entity.Value, pattern, RegexOptions.ECMAScript, MatchTimeout),
        _ => false,
    };

    private static Regex ToRegex(string template)
    {
        var sb = new StringBuilder("^[\\s\\p{P}]*");
        var last = 0;
        foreach (Match m in Templates.Placeholder().Matches(template))
        {
            AppendLiteral(sb, template[last..m.Index]);
            sb.Append("(?<").Append(m.Groups[1].Value.Trim()).Append(">.+?)");
            last = m.Index + m.Length;
        }

        AppendLiteral(sb, template[last..]);
        sb.Append("[\\s\\p{P}]*$");
        return new Regex(sb.ToString(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchTimeout);
    }

    private static void AppendLiteral(StringBuilder sb, string literal)
    {
        var first = true;
        foreach (var word in literal.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            sb.Append(first ? "\\s*" : "\\s+");
            first = false;
            sb.Append(char.IsAsciiLetterOrDigit(word[0]) ? "\\b" : "");
            sb.Append(Particle(word));
            sb.Append(char.IsAsciiLetterOrDigit(word[^1]) ? "\\b" : "");
        }

        if (!first)
        {
            sb.Append("\\s*");
        }
    }

    /// <summary>A word starting with a Korean object/subject/topic particle also matches its other form
    /// (을/를, 이/가, 은/는, 와/과), which depends on the preceding value.</summary>
    private static string Particle(string word)
    {
        string? alternative = word[0] switch
        {
            '을' => "을|를",
            '를' => "을|를",
            '이' when word.Length == 1 => "이|가",
            '가' when word.Length == 1 => "이|가",
            '은' => "은|는",
            '는' => "은|는",
            '와' => "와|과",
            '과' => "와|과",
            _ => null,
        };
        return alternative is null ? Regex.Escape(word) : $"(?:{alternative}){Regex.Escape(word[1..])}";
    }
}
