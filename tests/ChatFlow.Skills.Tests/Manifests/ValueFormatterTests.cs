using ChatFlow.Skills.Manifests;

namespace ChatFlow.Skills.Tests.Manifests;

/// <summary>Reply formats per currency, language and edge case: what a person reads instead of the raw value.</summary>
public class ValueFormatterTests
{
    /// <summary>Value | currency ("-" for none) | language | expected.</summary>
    [Theory]
    // KRW: no decimals, thousands separators; ₩ first in English, 원 after in Korean.
    [InlineData("11100000.0", "KRW", "en", "₩11,100,000")]
    [InlineData("11100000.0", "KRW", "ko", "11,100,000원")]
    [InlineData("0", "KRW", "en", "₩0")]
    [InlineData("0", "KRW", "ko", "0원")]
    [InlineData("-45000", "KRW", "en", "-₩45,000")]
    [InlineData("-45000", "KRW", "ko", "-45,000원")]
    [InlineData("1234.5", "KRW", "ko", "1,235원")]
    [InlineData("-0.4", "KRW", "en", "₩0")]
    [InlineData("120000000000", "KRW", "ko", "120,000,000,000원")]
    [InlineData("krw", "KRW", "en", "krw")]
    // USD, EUR, GBP: two decimals.
    [InlineData("120.5", "USD", "en", "$120.50")]
    [InlineData("120.5", "USD", "ko", "120.50달러")]
    [InlineData("4820.50", "USD", "en", "$4,820.50")]
    [InlineData("0", "USD", "en", "$0.00")]
    [InlineData("-612.755", "USD", "en", "-$612.76")]
    [InlineData("1999999999.999", "USD", "en", "$2,000,000,000.00")]
    [InlineData("99.9", "EUR", "en", "€99.90")]
    [InlineData("99.9", "EUR", "ko", "99.90유로")]
    [InlineData("7", "GBP", "ko", "7.00파운드")]
    [InlineData("7", "GBP", "en", "£7.00")]
    // JPY: no decimals; three-decimal currencies; codes without a symbol.
    [InlineData("12000.4", "JPY", "en", "¥12,000")]
    [InlineData("12000.4", "JPY", "ko", "12,000엔")]
    [InlineData("1.2345", "KWD", "en", "KWD 1.235")]
    [InlineData("1234.5", "CHF", "en", "CHF 1,234.50")]
    [InlineData("1234.5", "CHF", "ko", "CHF 1,234.50")]
    [InlineData("-3", "CHF", "en", "-CHF 3.00")]
    // Currency in any case, or carried by the value (a money slot), which wins.
    [InlineData("120.5", "usd", "en", "$120.50")]
    [InlineData("45000 KRW", "-", "en", "₩45,000")]
    [InlineData("45000 KRW", "-", "ko", "45,000원")]
    [InlineData("120.50 USD", "KRW", "ko", "120.50달러")]
    [InlineData("1,250,000", "KRW", "en", "₩1,250,000")]
    [InlineData("1.5e3", "USD", "en", "$1,500.00")]
    // Missing or unreadable currency: thousands separators, significant decimals only.
    [InlineData("11100000.0", "-", "en", "11,100,000")]
    [InlineData("120.5", "", "ko", "120.5")]
    [InlineData("120.5", "dollars", "en", "120.5")]
    // Not a number: left as it is.
    [InlineData("n/a", "USD", "en", "n/a")]
    [InlineData("", "USD", "ko", "")]
    [InlineData("12 apples", "KRW", "en", "12 apples")]
    [InlineData("1e400", "USD", "en", "1e400")]
    public void Money_CurrencyLanguageAndValue_ReadsLikeAPersonWroteIt(string value, string currency, string language, string expected)
    {
        var actual = ValueFormatter.Money(value, currency == "-" ? null : currency, language);

        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("2026-12-04", "en", "Fri, Dec 4, 2026")]
    [InlineData("2026-12-04", "ko", "2026년 12월 4일 (금)")]
    [InlineData("2024-02-29", "ko", "2024년 2월 29일 (목)")]
    [InlineData("2026-12-01/2026-12-03", "en", "Tue, Dec 1 – Thu, Dec 3, 2026")]
    [InlineData("2026-12-01/2026-12-03", "ko", "2026년 12월 1일 (화) ~ 12월 3일 (목)")]
    [InlineData("2026-12-30/2027-01-02", "en", "Wed, Dec 30, 2026 – Sat, Jan 2, 2027")]
    [InlineData("2026-12-30/2027-01-02", "ko", "2026년 12월 30일 (수) ~ 2027년 1월 2일 (토)")]
    [InlineData("2026-13-01", "en", "2026-13-01")]
    [InlineData("5 Dec", "ko", "5 Dec")]
    [InlineData("2026-12-04T10:00:00Z", "en", "2026-12-04T10:00:00Z")]
    [InlineData("2026-12-04", "fr", "Fri, Dec 4, 2026")]
    public void Date_IsoDateOrRange_ShowsWeekdayAndMonth(string value, string language, string expected) =>
        Assert.Equal(expected, ValueFormatter.Date(value, language));

    [Theory]
    [InlineData("2025-10", "en", "October 2025")]
    [InlineData("2025-10", "ko", "2025년 10월")]
    [InlineData("2025-13", "en", "2025-13")]
    [InlineData("last month", "ko", "last month")]
    public void Month_YearAndMonth_NamesTheMonth(string value, string language, string expected) =>
        Assert.Equal(expected, ValueFormatter.Month(value, language));

    [Theory]
    [InlineData("1", "en", "1 day")]
    [InlineData("1.0", "en", "1 day")]
    [InlineData("3", "en", "3 days")]
    [InlineData("0", "en", "0 days")]
    [InlineData("0.5", "en", "0.5 days")]
    [InlineData("1200", "en", "1,200 days")]
    [InlineData("1", "ko", "1일")]
    [InlineData("3", "ko", "3일")]
    [InlineData("0.5", "ko", "0.5일")]
    [InlineData("three", "en", "three")]
    public void Days_Count_CarriesItsUnitInTheLanguage(string value, string language, string expected) =>
        Assert.Equal(expected, ValueFormatter.Days(value, language));

    [Theory]
    [InlineData("1234567", "1,234,567")]
    [InlineData("-1234.50", "-1,234.5")]
    [InlineData("0", "0")]
    [InlineData("3", "3")]
    [InlineData("three", "three")]
    public void Number_Value_GroupsThousands(string value, string expected) =>
        Assert.Equal(expected, ValueFormatter.Number(value));

    [Theory]
    [InlineData("en", "Gross ₩11,100,000, net **₩9,768,000** on Thu, Dec 24, 2026 for December 2026 (12,345 items); id X-1.")]
    [InlineData("ko", "Gross 11,100,000원, net **9,768,000원** on 2026년 12월 24일 (목) for 2026년 12월 (12,345 items); id X-1.")]
    public void Render_FormattedPlaceholders_FormatsEachInTheLanguage(string language, string expected)
    {
        var values = new Dictionary<string, string>
        {
            ["result.gross"] = "11100000.0", ["result.net"] = "9768000.0", ["result.currency"] = "KRW",
            ["result.payDate"] = "2026-12-24", ["result.month"] = "2026-12", ["result.count"] = "12345", ["result.id"] = "X-1",
        };

        var text = Templates.Render(
            "Gross {result.gross:money(result.currency)}, net **{ result.net : money(KRW) }** on {result.payDate:date} for {result.month:month} ({result.count:number} items); id {result.id}.",
            language, values.GetValueOrDefault);

        Assert.Equal(expected, text);
    }

    [Fact]
    public void Render_OldTemplateWithoutFormats_ShowsValuesAsHeld()
    {
        var values = new Dictionary<string, string> { ["result.amount"] = "120.5", ["result.currency"] = "USD" };

        var text = Templates.Render("{result.amount} {result.currency}{result.missing}", "en", values.GetValueOrDefault);

        Assert.Equal("120.5 USD", text);
    }

    [Fact]
    public void Render_MissingValueOrCurrency_LeavesEmptyOrPlainNumber()
    {
        var values = new Dictionary<string, string> { ["result.amount"] = "120.5" };

        var text = Templates.Render("[{result.gone:money(result.currency)}] [{result.amount:money(result.currency)}]", "en", values.GetValueOrDefault);

        Assert.Equal("[] [120.5]", text);
    }

    [Theory]
    [InlineData("money", "money", null)]
    [InlineData("money(KRW)", "money", "KRW")]
    [InlineData("money( result.currency )", "money", "result.currency")]
    [InlineData("date", "date", null)]
    [InlineData("month", "month", null)]
    [InlineData("number", "number", null)]
    public void Parse_KnownFormat_ReadsKindAndArgument(string spec, string kind, string? argument)
    {
        var format = ValueFormat.Parse(spec, out var error);

        Assert.Null(error);
        Assert.Equal(new ValueFormat(kind, argument), format);
    }

    [Theory]
    [InlineData("mony", "Unknown format 'mony'; did you mean 'money'?")]
    [InlineData("currency", "Unknown format 'currency'; expected one of money, number, date, month, days.")]
    [InlineData("date(long)", "The format 'date' takes no argument; write 'date'.")]
    [InlineData("money()", "The format 'money()' needs a currency between the parentheses: a code such as KRW or a placeholder such as result.currency; or write 'money' when the value carries its currency.")]
    [InlineData("money(KRW", "'money(KRW' is not a format; write a format name with an optional argument in parentheses, e.g. money(result.currency) or date.")]
    [InlineData("", "'' is not a format; write a format name with an optional argument in parentheses, e.g. money(result.currency) or date.")]
    public void Parse_BadFormat_SaysWhatIsWrong(string spec, string expected)
    {
        var format = ValueFormat.Parse(spec, out var error);

        Assert.Null(format);
        Assert.Equal(expected, error);
    }
}
