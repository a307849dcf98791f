using System.Text;
using System.Text.RegularExpressions;

namespace ChatFlow.Skills.Manifests;

/// <summary>The <c>{name}</c> placeholders of manifest templates (utterances, arguments, replies).</summary>
internal static partial class Templates
{
    [GeneratedRegex(@"\{([^{}]*)\}", RegexOptions.CultureInvariant)]
    internal static partial Regex Placeholder();

    /// <summary>Names of the placeholders in <paramref name="template"/>, in order.</summary>
    internal static IEnumerable<string> Names(string template)
    {
        foreach (Match m in Placeholder().Matches(template))
        {
            yield return m.Groups[1].Value.Trim();
        }
    }

    /// <summary>Replaces each placeholder by <paramref name="lookup"/>'s value; unknown names become empty.</summary>
    internal static string Render(string template, Func<string, string?> lookup)
    {
        var sb = new StringBuilder(template.Length);
        var last = 0;
        foreach (Match m in Placeholder().Matches(template))
        {
            sb.Append(template, last, m.Index - last);
            sb.Append(lookup(m.Groups[1].Value.Trim()) ?? "");
            last = m.Index + m.Length;
        }

        sb.Append(template, last, template.Length - last);
        return sb.ToString();
    }
}
