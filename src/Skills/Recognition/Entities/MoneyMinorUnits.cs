using System.Text.RegularExpressions;

namespace ChatFlow.Skills.Recognition.Entities;

/// <summary>Cents in money said in words: <c>twelve dollars fifty</c> and <c>12 dollars and 50 cents</c> are
/// <c>12.50 USD</c>, <c>$3 and 25 cents</c> is <c>3.25 USD</c>, <c>12달러 50센트</c> is <c>12.50 USD</c>, and
/// <c>fifty cents</c> or <c>50센트</c> alone is <c>0.50 USD</c>.</summary>
/// <remarks>Only a currency with two minor digits takes cents, only a whole amount is extended, and only by a whole
/// number below 100. Without the word <c>cents</c> the number must follow a currency word (<c>dollars</c>,
/// <c>euros</c>, <c>달러</c>) directly and must not be a length of time or a count of something (<c>10 dollars 2
/// days ago</c> keeps $10).</remarks>
internal static partial class MoneyMinorUnits
{
    /// <summary>A currency written as a word after the amount (<c>dollars</c>, <c>bucks</c>, <c>달러</c>), at the end.</summary>
    [GeneratedRegex(@"(?:dollars?|bucks?|euros?|pounds?|달러|불|유로)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CurrencyWordAtEnd();

    /// <summary>What may join the amount and its cents: a space, <c>and</c>, a comma.</summary>
    [GeneratedRegex(@"^\s*(?:,\s*)?(?:and\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Join();

    /// <summary>The cents word right after a number.</summary>
    [GeneratedRegex(@"^\s?(?:cents?\b|센트|c\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CentsWord();

    /// <summary>What a bare number after the currency word must not be followed by (it counts something else).</summary>
    [GeneratedRegex(@"^\s?(?:%|percent\b|people\b|persons?\b|guests?\b|items?\b|times?\b|pcs\b|each\b|명|개|번)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CountedNoun();

    /// <summary><paramref name="money"/> with cents added where the text gives them, plus amounts in cents alone.</summary>
    /// <param name="text">The utterance.</param>
    /// <param name="numbers">The numbers in <paramref name="text"/>, left to right.</param>
    /// <param name="money">The money found in <paramref name="text"/> so far, left to right.</param>
    /// <param name="taken">Entities of other kinds found before money (dates, e-mail addresses): cents never reach
    /// into them (<c>10 dollars 5 Dec</c> keeps $10 and the date).</param>
    /// <returns>The money entities, some longer than given, in text order; they do not overlap.</returns>
    internal static IEnumerable<Entity> Apply(string text, IReadOnlyList<NumberScanner.Token> numbers, IEnumerable<Entity> money,
        IReadOnlyList<Entity> taken)
    {
        bool Free(int index, int length) => !taken.Any(e => index < e.Index + e.Length && e.Index < index + length);
        var result = new List<Entity>();
        var done = 0; // text before this index belongs to a money entity already
        foreach (var m in money)
        {
            if (m.Index < done)
            {
                continue;
            }

            var extended = WithCents(text, numbers, m) is { } longer && Free(longer.Index, longer.Length) ? longer : m;
            result.Add(extended);
            done = extended.Index + extended.Length;
        }

        foreach (var n in numbers)
        {
            if (n.Value != decimal.Truncate(n.Value) || n.Value is <= 0 or >= 100
                || result.Any(e => n.Index < e.Index + e.Length && e.Index < n.Index + n.Length) || !Free(n.Index, n.Length))
            {
                continue;
            }

            var cents = CentsWord().Match(text[(n.Index + n.Length)..]);
            if (cents.Success)
            {
                var amount = n.Value / 100m;
                result.Add(new Entity(EntityKind.Money, EntityExtractor.MoneyValue(amount, "USD"), n.Index, n.Length + cents.Length)
                {
                    Amount = amount,
                    Currency = "USD",
                });
            }
        }

        result.Sort((a, b) => a.Index.CompareTo(b.Index));
        return result;
    }

    private static Entity? WithCents(string text, IReadOnlyList<NumberScanner.Token> numbers, Entity money)
    {
        if (money.Amount is not { } whole || whole != decimal.Truncate(whole) || money.Currency is not { } currency
            || EntityExtractor.MinorDigits(currency) != 2)
        {
            return null;
        }

        var end = money.Index + money.Length;
        var next = numbers.FirstOrDefault(n => n.Index >= end);
        if (next.Length == 0 || next.Value != decimal.Truncate(next.Value) || next.Value is <= 0 or >= 100
            || !Join().IsMatch(text[end..next.Index]))
        {
            return null;
        }

        var after = text[(next.Index + next.Length)..];
        var cents = CentsWord().Match(after);
        var length = next.Index + next.Length - money.Index;
        if (cents.Success)
        {
            length += cents.Length;
        }
        else if (!CurrencyWordAtEnd().IsMatch(text[money.Index..end]) || text[end..next.Index].Contains(',', StringComparison.Ordinal)
            || DurationScanner.At(text, next.Index) is not null || CountedNoun().IsMatch(after)
            || (after.Length > 0 && char.IsLetterOrDigit(after[0])))
        {
            return null;
        }

        var amount = whole + (whole < 0 ? -next.Value : next.Value) / 100m;
        return new Entity(EntityKind.Money, EntityExtractor.MoneyValue(amount, currency), money.Index, length)
        {
            Amount = amount,
            Currency = currency,
        };
    }
}
