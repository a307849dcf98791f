namespace ChatFlow.Skills.Recognition.Entities;

/// <summary>A typed value found in an utterance.</summary>
/// <param name="Kind">What it is.</param>
/// <param name="Value">The normalised value; its format depends on <paramref name="Kind"/> (see
/// <see cref="EntityKind"/>).</param>
/// <param name="Index">Start of the match in the utterance (UTF-16 index).</param>
/// <param name="Length">Length of the match (UTF-16 code units).</param>
public sealed record Entity(EntityKind Kind, string Value, int Index, int Length)
{
    /// <summary>The number, or the amount of money or the count of units of a duration; <c>null</c> for other
    /// kinds.</summary>
    public decimal? Amount { get; init; }

    /// <summary>ISO 4217 currency code of <see cref="EntityKind.Money"/> (<c>KRW</c>, <c>USD</c>); else <c>null</c>.</summary>
    public string? Currency { get; init; }

    /// <summary>The date, or the first day of a range or of a month; else <c>null</c>.</summary>
    public DateOnly? Start { get; init; }

    /// <summary>The last day of a range (included); else <c>null</c>.</summary>
    public DateOnly? End { get; init; }
}
