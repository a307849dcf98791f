using System.Globalization;

namespace ChatFlow.Skills.Manifests;

/// <summary>Renders data values the way a person reads them, in English or Korean (any other language reads as
/// English). Values it cannot read are returned unchanged, so a reply never loses what the back end sent.
/// <list type="bullet">
/// <item>Money: ISO 4217 minor units (KRW, JPY: none; most: 2; BHD, KWD…: 3), rounded half away from zero,
/// thousands separators. English puts the symbol first (<c>₩11,100,000</c>, <c>$120.50</c>, <c>€</c>, <c>£</c>,
/// <c>¥</c>); Korean puts the unit after (<c>11,100,000원</c>, <c>120.50달러</c>, <c>유로</c>, <c>파운드</c>,
/// <c>엔</c>); other codes read <c>CHF 1,234.50</c> in both. Without a currency: thousands separators only.</item>
/// <item>Dates (<c>yyyy-MM-dd</c>): <c>Fri, Dec 4, 2026</c> / <c>2026년 12월 4일 (금)</c>; a range
/// <c>start/end</c> joins two with <c>–</c> / <c>~</c>. Months (<c>yyyy-MM</c>): <c>October 2025</c> /
/// <c>2025년 10월</c>.</item>
/// <item>Days: <c>1 day</c>, <c>3 days</c> / <c>3일</c>.</item>
/// </list></summary>
internal static class ValueFormatter
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    private static readonly HashSet<string> NoMinorUnit = new(["KRW", "JPY", "VND", "CLP", "ISK", "PYG", "UGX", "XAF", "XOF"], StringComparer.Ordinal);

    private static readonly HashSet<string> ThreeMinorUnits = new(["BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"], StringComparer.Ordinal);

    /// <summary>Applies <paramref name="format"/> to <paramref name="value"/>.</summary>
    /// <param name="format">The placeholder's format.</param>
    /// <param name="value">The raw value (invariant culture: <c>11100000.0</c>, <c>45000 KRW</c>, <c>2026-12-04</c>).</param>
    /// <param name="currency">For <c>money</c>: the currency code the format's argument gave (literal or looked up),
    /// or <see langword="null"/>.</param>
    /// <param name="language"><c>en</c> or <c>ko</c>.</param>
    /// <returns>The value for people, or <paramref name="value"/> unchanged when it does not read as the format expects.</returns>
    internal static string Format(ValueFormat format, string value, string? currency, string language) => format.Kind switch
    {
        ValueFormat.Money => Money(value, currency, language),
        ValueFormat.Number => Number(value),
        ValueFormat.Date => Date(value, language),
        ValueFormat.Month => Month(value, language),
        ValueFormat.Days => Days(value, language),
        _ => value,
    };

    /// <summary>A number of days with its unit: <c>1 day</c>, <c>3 days</c>, <c>0.5 days</c> / <c>3일</c>, <c>0.5일</c>;
    /// anything that is not a number unchanged.</summary>
    /// <param name="value">A number (invariant culture).</param>
    /// <param name="language"><c>en</c> or <c>ko</c>.</param>
    /// <returns>The count for people.</returns>
    internal static string Days(string value, string language) =>
        TryParse(value.Trim(), out var count) ? Days(count, language) : value;

    /// <summary>A number of days with its unit: <c>1 day</c>, <c>3 days</c> / <c>3일</c>.</summary>
    /// <param name="count">The number of days.</param>
    /// <param name="language"><c>en</c> or <c>ko</c>.</param>
    /// <returns>The count for people.</returns>
    internal static string Days(decimal count, string language)
    {
        var number = Grouped(count);
        return IsKorean(language) ? number + "일" : count == 1m ? "1 day" : number + " days";
    }

    /// <summary>An amount, <c>11100000.0</c> with <c>KRW</c> → <c>₩11,100,000</c> / <c>11,100,000원</c>.</summary>
    /// <param name="value">A number, or a number, a space and a currency code (<c>45000 KRW</c>; that code wins over
    /// <paramref name="currency"/>).</param>
    /// <param name="currency">ISO 4217 code (any case), or <see langword="null"/>/empty when unknown.</param>
    /// <param name="language"><c>en</c> or <c>ko</c>.</param>
    /// <returns>The amount for people, or <paramref name="value"/> unchanged when it is not a number.</returns>
    internal static string Money(string value, string? currency, string language)
    {
        var text = value.Trim();
        var space = text.LastIndexOf(' ');
        if (space > 0 && ValueFormat.CurrencyCode().IsMatch(text[(space + 1)..].ToUpperInvariant()))
        {
            currency = text[(space + 1)..];
            text = text[..space].TrimEnd();
        }

        if (!TryParse(text, out var amount))
        {
            return value;
        }

        var code = currency?.Trim().ToUpperInvariant();
        if (code is null || !ValueFormat.CurrencyCode().IsMatch(code))
        {
            return Grouped(amount);
        }

        var digits = NoMinorUnit.Contains(code) ? 0 : ThreeMinorUnits.Contains(code) ? 3 : 2;
        var rounded = decimal.Round(amount, digits, MidpointRounding.AwayFromZero);
        var sign = rounded < 0 ? "-" : "";
        var number = Math.Abs(rounded).ToString(digits == 0 ? "#,0" : "#,0." + new string('0', digits), CultureInfo.InvariantCulture);
        var unit = IsKorean(language)
            ? code switch { "KRW" => "원", "USD" => "달러", "EUR" => "유로", "GBP" => "파운드", "JPY" => "엔", _ => null }
            : code switch { "KRW" => "₩", "USD" => "$", "EUR" => "€", "GBP" => "£", "JPY" => "¥", _ => null };
        return unit is null ? $"{sign}{code} {number}"
            : IsKorean(language) ? sign + number + unit
            : sign + unit + number;
    }

    /// <summary>A number with thousands separators and its significant decimals (<c>11100000.0</c> → <c>11,100,000</c>,
    /// <c>-1234.5</c> → <c>-1,234.5</c>), or <paramref name="value"/> unchanged when it is not a number.</summary>
    /// <param name="value">An invariant-culture number.</param>
    /// <returns>The number for people.</returns>
    internal static string Number(string value) => TryParse(value.Trim(), out var number) ? Grouped(number) : value;

    /// <summary>A date <c>yyyy-MM-dd</c> → <c>Fri, Dec 4, 2026</c> / <c>2026년 12월 4일 (금)</c>; a range
    /// <c>yyyy-MM-dd/yyyy-MM-dd</c> → <c>Tue, Dec 1 – Thu, Dec 3, 2026</c> / <c>2026년 12월 1일 (화) ~ 12월 3일 (목)</c>;
    /// anything else unchanged.</summary>
    /// <param name="value">An ISO 8601 calendar date or date range.</param>
    /// <param name="language"><c>en</c> or <c>ko</c>.</param>
    /// <returns>The date for people.</returns>
    internal static string Date(string value, string language)
    {
        var ko = IsKorean(language);
        var text = value.Trim();
        if (TryParseDay(text, out var day))
        {
            return Day(day, ko, withYear: true);
        }

        var parts = text.Split('/');
        if (parts.Length != 2 || !TryParseDay(parts[0], out var start) || !TryParseDay(parts[1], out var end))
        {
            return value;
        }

        return ko
            ? $"{Day(start, true, true)} ~ {Day(end, true, end.Year != start.Year)}"
            : $"{Day(start, false, end.Year != start.Year)} – {Day(end, false, true)}";
    }

    /// <summary>A month <c>yyyy-MM</c> → <c>October 2025</c> / <c>2025년 10월</c>; anything else unchanged.</summary>
    /// <param name="value">An ISO 8601 year and month.</param>
    /// <param name="language"><c>en</c> or <c>ko</c>.</param>
    /// <returns>The month for people.</returns>
    internal static string Month(string value, string language)
    {
        if (!DateOnly.TryParseExact(value.Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
        {
            return value;
        }

        return IsKorean(language) ? $"{first.Year}년 {first.Month}월" : first.ToString("MMMM yyyy", English);
    }

    /// <summary>One day: <c>Fri, Dec 4, 2026</c> / <c>2026년 12월 4일 (금)</c>, without the year when
    /// <paramref name="withYear"/> is false.</summary>
    /// <param name="day">The day.</param>
    /// <param name="ko">Korean rather than English.</param>
    /// <param name="withYear">Whether to show the year.</param>
    /// <returns>The day for people.</returns>
    internal static string Day(DateOnly day, bool ko, bool withYear) => ko
        ? (withYear ? $"{day.Year}년 " : "") + $"{day.Month}월 {day.Day}일 ({"일월화수목금토"[(int)day.DayOfWeek]})"
        : day.ToString(withYear ? "ddd, MMM d, yyyy" : "ddd, MMM d", English);

    /// <summary>Reads <c>yyyy-MM-dd</c>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="day">The day read.</param>
    /// <returns>Whether <paramref name="text"/> is such a date.</returns>
    internal static bool TryParseDay(string text, out DateOnly day) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    private static bool IsKorean(string language) => string.Equals(language, "ko", StringComparison.Ordinal);

    private static bool TryParse(string text, out decimal number) =>
        decimal.TryParse(text, NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out number);

    private static string Grouped(decimal number) => number.ToString("#,0.############", CultureInfo.InvariantCulture);
}
