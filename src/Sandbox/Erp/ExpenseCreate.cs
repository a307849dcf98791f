using System.Text.Json.Serialization;

namespace ChatFlow.Sandbox.Erp;

/// <summary>Body of <c>submitExpense</c> (schema <c>ExpenseCreate</c>); unknown properties are refused.</summary>
/// <param name="Amount">Amount and ISO 4217 currency, <c>45000 KRW</c> or <c>120.50 USD</c>.</param>
/// <param name="Date">Date spent, <c>yyyy-MM-dd</c>.</param>
/// <param name="Category">One of <see cref="ExpenseValidator.Categories"/>.</param>
/// <param name="Memo">Optional note, up to 500 characters.</param>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed record ExpenseCreate(string? Amount, string? Date, string? Category, string? Memo);
