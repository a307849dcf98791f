using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using ChatFlow.Sandbox.Hr;
using Microsoft.EntityFrameworkCore;

namespace ChatFlow.Sandbox.Storage;

/// <summary>Time-off requests in <c>sandbox.db</c>.</summary>
internal sealed class TimeOffRepository(SandboxDbContext db, TimeProvider time)
{
    private const long FirstDisplayNumber = 1000;

    /// <summary>Requests made by <paramref name="username"/> or awaiting her approval, newest first.</summary>
    public async Task<IReadOnlyList<TimeOffRequest>> ListVisibleToAsync(string username, CancellationToken cancellationToken)
    {
        var rows = await db.TimeOffRequests.AsNoTracking()
            .Where(r => r.Employee == username || r.Approver == username)
            .OrderByDescending(r => r.Number).ToListAsync(cancellationToken);
        return [.. rows.Select(ToRequest)];
    }

    /// <summary>Creates a pending request of <paramref name="employee"/> for <paramref name="approver"/>; a repeat with
    /// the same idempotency key and body returns the first request, with another body nothing.</summary>
    /// <remarks>The half day (<c>morning</c> or <c>afternoon</c>, for one day) or <see langword="null"/> for whole
    /// days is stored with the request; its days are counted when read (<see cref="LeaveDays.Taken"/>).</remarks>
    public async Task<(SubmitStatus Status, TimeOffRequest? Request)> CreateAsync(
        TimeOffCreate body, DateOnly start, DateOnly end, string? halfDay, string employee, string approver, string? idempotencyKey,
        CancellationToken cancellationToken)
    {
        var sha = Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(body, SandboxJsonContext.Default.TimeOffCreate)));
        if (idempotencyKey is not null
            && await db.TimeOffRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Employee == employee && r.IdempotencyKey == idempotencyKey, cancellationToken) is { } prior)
        {
            return prior.RequestSha256 == sha ? (SubmitStatus.Replayed, ToRequest(prior)) : (SubmitStatus.KeyReused, null);
        }

        var row = new TimeOffRow
        {
            Employee = employee,
            StartDate = start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            EndDate = end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Type = body.Type!,
            Reason = body.Reason?.Trim() ?? "",
            Status = "pending",
            Approver = approver,
            HalfDay = halfDay,
            IdempotencyKey = idempotencyKey,
            RequestSha256 = sha,
            CreatedAtMs = time.GetUtcNow().ToUnixTimeMilliseconds(),
        };
        db.TimeOffRequests.Add(row);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (idempotencyKey is not null)
        {
            db.ChangeTracker.Clear();
            var winner = await db.TimeOffRequests.AsNoTracking().SingleAsync(r => r.Employee == employee && r.IdempotencyKey == idempotencyKey, cancellationToken);
            return winner.RequestSha256 == sha ? (SubmitStatus.Replayed, ToRequest(winner)) : (SubmitStatus.KeyReused, null);
        }

        return (SubmitStatus.Created, ToRequest(row));
    }

    private static TimeOffRequest ToRequest(TimeOffRow row)
    {
        var start = DateOnly.ParseExact(row.StartDate, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var end = DateOnly.ParseExact(row.EndDate, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new TimeOffRequest(
            "TO-" + (FirstDisplayNumber + row.Number).ToString(CultureInfo.InvariantCulture), row.Employee, row.StartDate, row.EndDate,
            LeaveDays.Taken(start, end, row.HalfDay), row.Type, row.Reason, row.Status, row.Approver,
            DateTimeOffset.FromUnixTimeMilliseconds(row.CreatedAtMs), row.HalfDay);
    }
}
