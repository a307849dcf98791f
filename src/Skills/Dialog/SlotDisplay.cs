using System.Globalization;
using ChatFlow.Skills.Manifests;

namespace ChatFlow.Skills.Dialog;

/// <summary>Shows a normalised slot value the way a person reads it, in English or Korean
/// (<c>45000 KRW</c> → <c>45,000원</c> / <c>₩45,000</c>; <c>2026-03-05</c> → <c>2026년 3월 5일 (목)</c>).</summary>
internal static class SlotDisplay
{
    internal static string Show(SlotDefinition slot, string value, string language)
    {
        var ko = language == "ko";
        try
        {
            return slot.Type switch
            {
                // One convention for confirmations and replies: ValueFormatter (45000 KRW → ₩45,000 / 45,000원).
                SlotType.Money => ValueFormatter.Money(value, null, language),
                SlotType.Date => ValueFormatter.Date(value, language),
                SlotType.DateRange => Range(value, language),
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

    /// <summary>The range as <see cref="ValueFormatter.Date"/> shows it, with its length in days.</summary>
    private static string Range(string value, string language)
    {
        var parts = value.Split('/');
        if (parts.Length != 2 || !ValueFormatter.TryParseDay(parts[0], out var start) || !ValueFormatter.TryParseDay(parts[1], out var end))
        {
            return value;
        }

        var days = ValueFormatter.Days(end.DayNumber - start.DayNumber + 1, language);
        var range = ValueFormatter.Date(value, language);
        return language == "ko" ? $"{range}, {days}" : $"{range} ({days})";
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
