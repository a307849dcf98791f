using System.Globalization;

namespace ChatFlow.Sandbox.Hr;

/// <summary>Demo payslips: every demo user, every month from 2025-01 to 2026-12, computed from a fixed monthly
/// gross salary (deductions 12%). Read-only.</summary>
internal static class PayslipBook
{
    private static readonly Dictionary<string, decimal> MonthlyGrossKrw = new(StringComparer.Ordinal)
    {
        ["alice"] = 4_200_000m,
        ["bob"] = 6_100_000m,
        ["carol"] = 5_300_000m,
        ["dave"] = 7_400_000m,
    };

    /// <summary>The payslip of <paramref name="username"/> for <paramref name="month"/> (<c>yyyy-MM</c>), or
    /// <see langword="null"/> when there is none.</summary>
    public static Payslip? Find(string username, string month)
    {
        if (!MonthlyGrossKrw.TryGetValue(username, out var gross)
            || !DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first)
            || first.Year is < 2025 or > 2026)
        {
            return null;
        }

        // December carries a year-end bonus of half a month.
        var pay = first.Month == 12 ? gross * 1.5m : gross;
        var deductions = decimal.Round(pay * 0.12m, 0, MidpointRounding.AwayFromZero);
        return new Payslip(username, first.ToString("yyyy-MM", CultureInfo.InvariantCulture), pay, deductions, pay - deductions, "KRW",
            new DateOnly(first.Year, first.Month, 25).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }
}
