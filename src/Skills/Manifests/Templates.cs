using System.Text;
using System.Text.RegularExpressions;

namespace ChatFlow.Skills.Manifests;

/// <summary>The <c>{name}</c> placeholders of manifest templates (utterances, arguments, replies). Reply templates
/// may add a format after a colon, <c>{result.grossPay:money(result.currency)}</c> (see <see cref="ValueFormat"/>).</summary>
internal static partial class Templates
{
    [GeneratedRegex(@"\{([^{}]*)\}", RegexOptions.CultureInvariant)]
    internal static partial Regex Placeholder();

    /// <summary>Names of the placeholders in <paramref name="template"/>, in order: the whole text between the
    /// braces, trimmed (a reply placeholder's format included; see <see cref="Split"/>).</summary>
    internal static IEnumerable<string> Names(string template)
    {
        foreach (Match m in Placeholder().Matches(template))
        {
            yield return m.Groups[1].Value.Trim();
        }
    }

    /// <summary>A reply placeholder's name and format: <c>result.grossPay:money(result.currency)</c> →
    /// (<c>result.grossPay</c>, <c>money(result.currency)</c>); without a colon the format is <see langword="null"/>.</summary>
    internal static (string Name, string? Format) Split(string placeholder)
    {
        var colon = placeholder.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? (placeholder.Trim(), null) : (placeholder[..colon].Trim(), placeholder[(colon + 1)..].Trim());
    }

    /// <summary>Replaces each placeholder by <paramref name="lookup"/>'s value; unknown names become empty. Formats
    /// are not read: the whole text between the braces is the name (utterances, connector arguments).</summary>
    internal static string Render(string template, Func<string, string?> lookup) =>
        Replace(template, placeholder => lookup(placeholder) ?? "");

    /// <summary>Fills a reply template: each placeholder becomes <paramref name="lookup"/>'s value for its name,
    /// formatted for <paramref name="language"/> when it names a format (<c>{result.netPay:money(result.currency)}</c>
    /// → <c>₩5,368,000</c> / <c>5,368,000원</c>); unknown names become empty, an unreadable format leaves the value
    /// as it is.</summary>
    /// <param name="template">The template text in <paramref name="language"/>.</param>
    /// <param name="language"><c>en</c> or <c>ko</c>.</param>
    /// <param name="lookup">The raw value of a name (slot, <c>result.x</c>, <c>item.x</c>), or <see langword="null"/>.</param>
    /// <param name="label">The text a value of a name shows as when its placeholder has no format (the manifest's
    /// <c>valueLabels</c>: <c>item.status</c>, <c>open</c> → <c>미지급</c>), or <see langword="null"/> to show it as it
    /// is; a format's currency argument is always the raw value.</param>
    /// <returns>The reply text.</returns>
    internal static string Render(string template, string language, Func<string, string?> lookup, Func<string, string, string?>? label = null)
    {
        var rendered = Replace(template, placeholder =>
        {
            var (name, spec) = Split(placeholder);
            var value = lookup(name) ?? "";
            if (spec is null && value.Length > 0 && label?.Invoke(name, value) is { } shown)
            {
                return shown;
            }

            if (spec is null || value.Length == 0 || ValueFormat.Parse(spec, out _) is not { } format)
            {
                return value;
            }

            var currency = format.Argument is not { } argument ? null
                : format.ArgumentIsCurrencyCode ? argument
                : lookup(argument);
            return ValueFormatter.Format(format, value, currency, language);
        });
        return language == "ko" ? Dialog.KoreanParticles.Resolve(rendered) : rendered;
    }

    private static string Replace(string template, Func<string, string> replacement)
    {
        var sb = new StringBuilder(template.Length);
        var last = 0;
        foreach (Match m in Placeholder().Matches(template))
        {
            sb.Append(template, last, m.Index - last);
            sb.Append(replacement(m.Groups[1].Value.Trim()));
            last = m.Index + m.Length;
        }

        sb.Append(template, last, template.Length - last);
        return sb.ToString();
    }
}
