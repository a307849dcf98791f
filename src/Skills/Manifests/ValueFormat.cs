using System.Text.RegularExpressions;

namespace ChatFlow.Skills.Manifests;

/// <summary>The format of a reply placeholder: the part after <c>:</c> in <c>{result.grossPay:money(result.currency)}</c>.
/// <list type="bullet">
/// <item><c>money</c> — an amount that carries its currency (a money slot: <c>45000 KRW</c>);</item>
/// <item><c>money(KRW)</c> — an amount in a fixed currency (an ISO 4217 code: three capital letters);</item>
/// <item><c>money(result.currency)</c> — an amount whose currency code is another placeholder's value (a slot,
/// <c>result.&lt;field&gt;</c> or <c>item.&lt;field&gt;</c>);</item>
/// <item><c>number</c> — thousands separators; <c>date</c> — a <c>yyyy-MM-dd</c> date (or <c>start/end</c> range);
/// <c>month</c> — a <c>yyyy-MM</c> month.</item>
/// </list>
/// <see cref="ValueFormatter"/> renders them per language.</summary>
/// <param name="Kind">One of <see cref="Kinds"/>.</param>
/// <param name="Argument">The text between the parentheses (only <c>money</c> takes one), or <see langword="null"/>.</param>
internal sealed partial record ValueFormat(string Kind, string? Argument)
{
    /// <summary>An amount of money.</summary>
    internal const string Money = "money";

    /// <summary>A number with thousands separators.</summary>
    internal const string Number = "number";

    /// <summary>A calendar date or date range.</summary>
    internal const string Date = "date";

    /// <summary>A calendar month.</summary>
    internal const string Month = "month";

    /// <summary>A number of days, with its unit (<c>1 day</c>, <c>3 days</c> / <c>3일</c>).</summary>
    internal const string Days = "days";

    /// <summary>Every format, in the order the docs list them.</summary>
    internal static readonly string[] Kinds = [Money, Number, Date, Month, Days];

    /// <summary>Whether <see cref="Argument"/> is a literal currency code (<c>KRW</c>) rather than a placeholder name.</summary>
    internal bool ArgumentIsCurrencyCode => Argument is { } argument && CurrencyCode().IsMatch(argument);

    /// <summary>Reads a format spec such as <c>money(result.currency)</c>.</summary>
    /// <param name="spec">The text after the placeholder's <c>:</c>.</param>
    /// <param name="error">Why <paramref name="spec"/> is not a format (an English sentence), else <see langword="null"/>.</param>
    /// <returns>The format, or <see langword="null"/> when <paramref name="spec"/> is not one.</returns>
    internal static ValueFormat? Parse(string spec, out string? error)
    {
        var match = Spec().Match(spec);
        if (!match.Success)
        {
            error = $"'{spec}' is not a format; write a format name with an optional argument in parentheses, e.g. money(result.currency) or date.";
            return null;
        }

        var kind = match.Groups["kind"].Value;
        var argument = match.Groups["arg"].Success ? match.Groups["arg"].Value.Trim() : null;
        if (!Kinds.Contains(kind, StringComparer.Ordinal))
        {
            error = $"Unknown format '{kind}'{Suggestions.Hint(kind, Kinds)}";
            return null;
        }

        if (argument is not null && kind != Money)
        {
            error = $"The format '{kind}' takes no argument; write '{kind}'.";
            return null;
        }

        if (argument is { Length: 0 })
        {
            error = "The format 'money()' needs a currency between the parentheses: a code such as KRW or a placeholder such as result.currency; or write 'money' when the value carries its currency.";
            return null;
        }

        error = null;
        return new ValueFormat(kind, argument);
    }

    [GeneratedRegex(@"^(?<kind>[A-Za-z]+)\s*(?:\((?<arg>[^()]*)\))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Spec();

    [GeneratedRegex("^[A-Z]{3}$", RegexOptions.CultureInvariant)]
    internal static partial Regex CurrencyCode();
}
