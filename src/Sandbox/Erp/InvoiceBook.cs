namespace ChatFlow.Sandbox.Erp;

/// <summary>The demo invoices of the seeded vendors V-1001…V-1005, in KRW and USD (V-1004 한빛상사 and V-1005
/// 서울식자재 under their Korean names). Read-only.</summary>
internal static class InvoiceBook
{
    public static readonly IReadOnlyList<Invoice> All =
    [
        new("INV-2025-0101", "V-1001", "Hanbit Office Supply", 1_250_000m, "KRW", "open", "2025-10-01", "2025-10-31"),
        new("INV-2025-0102", "V-1001", "Hanbit Office Supply", 387_500m, "KRW", "paid", "2025-09-01", "2025-09-30"),
        new("INV-2025-0201", "V-1002", "Daehan Logistics", 4_820.50m, "USD", "approved", "2025-10-15", "2025-11-14"),
        new("INV-2025-0202", "V-1002", "Daehan Logistics", 9_300_000m, "KRW", "overdue", "2025-08-20", "2025-09-19"),
        new("INV-2025-0301", "V-1003", "Blue Harbor Catering", 612.75m, "USD", "open", "2025-11-03", "2025-12-03"),
        new("INV-2025-0401", "V-1004", "한빛상사", 2_750_000m, "KRW", "open", "2025-11-05", "2025-12-05"),
        new("INV-2025-0402", "V-1004", "한빛상사", 880_000m, "KRW", "paid", "2025-10-02", "2025-11-01"),
        new("INV-2025-0501", "V-1005", "서울식자재", 1_320_000m, "KRW", "approved", "2025-11-10", "2025-12-10"),
    ];

    /// <summary>The invoice with this number (case-insensitive), or <see langword="null"/>.</summary>
    public static Invoice? Find(string number) =>
        All.FirstOrDefault(i => string.Equals(i.Number, number.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>Invoices whose number ends with <paramref name="part"/> after a dash, as people shorten them
    /// (<c>0102</c>, <c>2025-0102</c> for INV-2025-0102; case-insensitive); empty unless the part holds three or more
    /// digits.</summary>
    public static IReadOnlyList<Invoice> ByNumberPart(string part)
    {
        var term = part.Trim();
        return term.Count(char.IsAsciiDigit) < 3 || !term.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')
            ? []
            : [.. All.Where(i => i.Number.EndsWith("-" + term.TrimStart('-'), StringComparison.OrdinalIgnoreCase))];
    }

    /// <summary>Invoices whose vendor id equals, or whose vendor name contains, <paramref name="vendor"/>
    /// (case-insensitive), newest first.</summary>
    public static IReadOnlyList<Invoice> ByVendor(string vendor)
    {
        var term = vendor.Trim();
        return [.. All.Where(i => string.Equals(i.VendorId, term, StringComparison.OrdinalIgnoreCase)
                || (term.Length > 0 && i.VendorName.Contains(term, StringComparison.OrdinalIgnoreCase)))
            .OrderByDescending(i => i.IssueDate, StringComparer.Ordinal)];
    }
}
