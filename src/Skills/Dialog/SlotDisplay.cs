using System.Globalization;
using ChatFlow.Skills.Manifests;
using ChatFlow.Skills.Recognition.Entities;

namespace ChatFlow.Skills.Dialog;

/// <summary>Shows a normalised slot value the way a person reads it, in English or Korean
/// (<c>45000 KRW</c> → <c>45,000원</c> / <c>₩45,000</c>; <c>2026-03-05</c> → <c>2026년 3월 5일 (목)</c>).</summary>
internal static class SlotDisplay
{
    /// <summary>The name of the choice slot that makes a one-day range half a day when it holds a value
    /// (<c>morning</c>, <c>afternoon</c>): the time-off skill's.</summary>
    internal const string HalfDaySlot = "halfDay";

    /// <summary>The value for people.</summary>
    /// <param name="slot">The slot.</param>
    /// <param name="value">Its normalised value.</param>
    /// <param name="language"><c>en</c> or <c>ko</c>.</param>
    /// <param name="slots">The run's other values, or <see langword="null"/>: a date range counts half a day when
    /// <see cref="HalfDaySlot"/> holds a value.</param>
    /// <returns>The text.</returns>
    internal static string Show(SlotDefinition slot, string value, string language, IReadOnlyDictionary<string, string>? slots = null)
    {
        var ko = language == "ko";
        try
        {
            return slot.Type switch
            {
                // One convention for confirmations and replies: ValueFormatter (45000 KRW → ₩45,000 / 45,000원).
                SlotType.Money => ValueFormatter.Money(value, null, language),
                SlotType.Date => ValueFormatter.Date(value, language),
                SlotType.DateRange => Range(value, language, slots?.GetValueOrDefault(HalfDaySlot) is { Length: > 0 }),
                SlotType.Duration => Duration(value, ko),
                SlotType.Number => ValueFormatter.Number(value),
                SlotType.Boolean => value == "true" ? DialogTexts.Pick(language, "Yes", "예") : DialogTexts.Pick(language, "No", "아니요"),
                SlotType.Choice => slot.Validation.FindChoice(value)?.Label.Get(language) ?? value,
                SlotType.Person when value.StartsWith("<at>", StringComparison.Ordinal) && value.EndsWith("</at>", StringComparison.Ordinal) => value[4..^5],
                _ => value,
            };
        }
        catch (FormatException)
        {
            return value;
        }
    }

    /// <summary>The range as <see cref="ValueFormatter.Date"/> shows it, with the days of leave it takes: working days
    /// (Monday to Friday; public holidays are not known), said as such when the range holds a Saturday or Sunday
    /// (<c>Fri, Dec 4 – Mon, Dec 7, 2026 (2 working days)</c> / <c>…, 근무일 2일</c>), or half a day for one day
    /// when <paramref name="halfDay"/> (<c>Wed, Nov 25, 2026 (0.5 days)</c> / <c>…, 0.5일</c>).</summary>
    private static string Range(string value, string language, bool halfDay)
    {
        var parts = value.Split('/');
        if (parts.Length != 2 || !ValueFormatter.TryParseDay(parts[0], out var start) || !ValueFormatter.TryParseDay(parts[1], out var end))
        {
            return value;
        }

        var ko = language == "ko";
        var calendar = end.DayNumber - start.DayNumber + 1;
        var working = WorkingDays.Between(start, end);
        string days, range;
        if (halfDay && start == end && working == 1)
        {
            (days, range) = (ValueFormatter.Days(0.5m, language), ValueFormatter.Date(parts[0], language));
        }
        else
        {
            days = working == calendar ? ValueFormatter.Days(working, language)
                : working == 0 ? DialogTexts.Pick(language, "no working days", "근무일 없음")
                : ko ? "근무일 " + ValueFormatter.Days(working, language)
                : $"{working} working day{(working == 1 ? "" : "s")}";
            range = ValueFormatter.Date(value, language);
        }

        return ko ? $"{range}, {days}" : $"{range} ({days})";
    }

    private static string Duration(string value, bool ko)
    {
        var time = value.StartsWith("PT", StringComparison.Ordinal);
        var body = value[(time ? 2 : 1)..];
        if (body.Length < 2)
        {
            return value;
        }

        var count = body[..^1];
        var unit = body[^1];
        var one = count == "1";
        return (time, unit) switch
        {
            (true, 'H') => ko ? count + "시간" : $"{count} hour{(one ? "" : "s")}",
            (true, 'M') => ko ? count + "분" : $"{count} minute{(one ? "" : "s")}",
            (false, 'D') => ko ? count + "일" : $"{count} day{(one ? "" : "s")}",
            (false, 'W') => ko ? count + "주" : $"{count} week{(one ? "" : "s")}",
            (false, 'M') => ko ? count + "개월" : $"{count} month{(one ? "" : "s")}",
            (false, 'Y') => ko ? count + "년" : $"{count} year{(one ? "" : "s")}",
            _ => value,
        };
    }
}
