using System.Globalization;
using System.Text.RegularExpressions;

namespace ChatFlow.Sandbox.Erp;

/// <summary>Checks an <see cref="ExpenseCreate"/>; errors are keyed by property name (problem+json <c>errors</c>).</summary>
internal static partial class ExpenseValidator
{
    /// <summary>The allowed categories.</summary>
    public static readonly string[] Categories = ["meals", "travel", "transport", "supplies", "other"];

    [GeneratedRegex(@"^(?<amount>\d{1,12}(?:\.\d{1,2})?) (?<currency>KRW|USD)$", RegexOptions.CultureInvariant)]
    private static partial Regex MoneyPattern();

    public static Dictionary<string, string[]> Validate(ExpenseCreate body, out decimal amount, out string currency, out DateOnly date)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        amount = 0;
        currency = "";
        date = default;
        var money = MoneyPattern().Match(body.Amount ?? "");
        if (!money.Success)
        {
            errors["amount"] = ["Send the amount and currency, e.g. '45000 KRW' or '120.50 USD'."];
        }
        else
        {
            amount = decimal.Parse(money.Groups["amount"].Value, NumberStyles.Number, CultureInfo.InvariantCulture);
            currency = money.Groups["currency"].Value;
            if (amount <= 0 || (currency == "KRW" && amount != decimal.Truncate(amount)))
            {
                errors["amount"] = ["The amount must be positive; KRW amounts have no decimals."];
            }
        }

        if (!DateOnly.TryParseExact(body.Date ?? "", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            errors["date"] = ["Send the date as yyyy-MM-dd."];
        }

        if (!Categories.Contains(body.Category, StringComparer.Ordinal))
        {
            errors["category"] = [$"Use one of: {string.Join(", ", Categories)}."];
        }

        if (body.Memo is { Length: > 500 })
        {
            errors["memo"] = ["The memo is at most 500 characters."];
        }

        return errors;
    }
}
