using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using ChatFlow.Sandbox.Erp;
using Microsoft.EntityFrameworkCore;

namespace ChatFlow.Sandbox.Storage;

/// <summary>Expense claims in <c>sandbox.db</c>.</summary>
internal sealed class ExpenseRepository(SandboxDbContext db, TimeProvider time)
{
    private const long FirstDisplayNumber = 1000;

    /// <summary>The expenses of <paramref name="employee"/>, or everybody's when <see langword="null"/>, newest first.</summary>
    public async Task<IReadOnlyList<Expense>> ListAsync(string? employee, CancellationToken cancellationToken)
    {
        var query = db.Expenses.AsNoTracking();
        if (employee is not null)
        {
            query = query.Where(e => e.Employee == employee);
        }

        var rows = await query.OrderByDescending(e => e.Number).ToListAsync(cancellationToken);
        return [.. rows.Select(ToExpense)];
    }

    /// <summary>Creates the expense under <paramref name="employee"/>; a repeat with the same idempotency key and body
    /// returns the first expense (<c>Replayed</c>), with another body nothing (<c>KeyReused</c>).</summary>
    public async Task<(SubmitStatus Status, Expense? Expense)> CreateAsync(
        ExpenseCreate body, decimal amount, string currency, string employee, string? idempotencyKey, CancellationToken cancellationToken)
    {
        var sha = Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(body, SandboxJsonContext.Default.ExpenseCreate)));
        if (idempotencyKey is not null
            && await db.Expenses.AsNoTracking().SingleOrDefaultAsync(e => e.Employee == employee && e.IdempotencyKey == idempotencyKey, cancellationToken) is { } prior)
        {
            return prior.RequestSha256 == sha ? (SubmitStatus.Replayed, ToExpense(prior)) : (SubmitStatus.KeyReused, null);
        }

        var row = new ExpenseRow
        {
            Employee = employee,
            AmountHundredths = (long)(amount * 100),
            Currency = currency,
            Date = body.Date!,
            Category = body.Category!,
            Memo = body.Memo?.Trim() ?? "",
            Status = "submitted",
            IdempotencyKey = idempotencyKey,
            RequestSha256 = sha,
            CreatedAtMs = time.GetUtcNow().ToUnixTimeMilliseconds(),
        };
        db.Expenses.Add(row);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (idempotencyKey is not null)
        {
            // A concurrent request with the same key won the race: answer as its replay.
            db.ChangeTracker.Clear();
            var winner = await db.Expenses.AsNoTracking().SingleAsync(e => e.Employee == employee && e.IdempotencyKey == idempotencyKey, cancellationToken);
            return winner.RequestSha256 == sha ? (SubmitStatus.Replayed, ToExpense(winner)) : (SubmitStatus.KeyReused, null);
        }

        return (SubmitStatus.Created, ToExpense(row));
    }

    public static string FormatId(long number) => "EXP-" + (FirstDisplayNumber + number).ToString(CultureInfo.InvariantCulture);

    private static Expense ToExpense(ExpenseRow row) => new(
        FormatId(row.Number), row.Employee, row.AmountHundredths / 100m, row.Currency, row.Date, row.Category, row.Memo, row.Status,
        DateTimeOffset.FromUnixTimeMilliseconds(row.CreatedAtMs));
}
