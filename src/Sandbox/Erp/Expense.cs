namespace ChatFlow.Sandbox.Erp;

/// <summary>A submitted expense claim (schema <c>Expense</c>).</summary>
/// <param name="Id">Sequential id, <c>EXP-1001</c>, ….</param>
/// <param name="Employee">Username of the requester (the token's subject).</param>
/// <param name="Amount">Amount in <paramref name="Currency"/>.</param>
/// <param name="Currency"><c>KRW</c> or <c>USD</c>.</param>
/// <param name="Date">Date spent, <c>yyyy-MM-dd</c>.</param>
/// <param name="Category">Expense category.</param>
/// <param name="Memo">Note, possibly empty.</param>
/// <param name="Status">Always <c>submitted</c> when created.</param>
/// <param name="CreatedAt">Creation instant (UTC).</param>
internal sealed record Expense(
    string Id, string Employee, decimal Amount, string Currency, string Date, string Category, string Memo, string Status, DateTimeOffset CreatedAt);
