namespace ChatFlow.Sandbox.Erp;

/// <summary>A vendor's invoice to Acme (schema <c>Invoice</c>).</summary>
/// <param name="Number">Invoice number, <c>INV-2025-0001</c>.</param>
/// <param name="VendorId">The vendor, <c>V-1001</c>.</param>
/// <param name="VendorName">The vendor's name.</param>
/// <param name="Amount">Amount in <paramref name="Currency"/> (KRW has no minor unit).</param>
/// <param name="Currency">ISO 4217 code: <c>KRW</c> or <c>USD</c>.</param>
/// <param name="Status"><c>open</c>, <c>approved</c>, <c>paid</c> or <c>overdue</c>.</param>
/// <param name="IssueDate">Issue date, <c>yyyy-MM-dd</c>.</param>
/// <param name="DueDate">Due date, <c>yyyy-MM-dd</c>.</param>
internal sealed record Invoice(
    string Number, string VendorId, string VendorName, decimal Amount, string Currency, string Status, string IssueDate, string DueDate);
