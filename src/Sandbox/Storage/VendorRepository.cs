using System.Security.Cryptography;
using System.Text.Json;
using ChatFlow.Sandbox.Erp;
using Microsoft.EntityFrameworkCore;

namespace ChatFlow.Sandbox.Storage;

/// <summary>Vendors and their idempotency keys in <c>sandbox.db</c>.</summary>
internal sealed class VendorRepository(SandboxDbContext db, TimeProvider time)
{
    private const char LikeEscape = '\\';

    public async Task<IReadOnlyList<Vendor>> ListAsync(string? nameFragment, CancellationToken cancellationToken)
    {
        var query = db.Vendors.AsNoTracking();
        if (!string.IsNullOrEmpty(nameFragment))
        {
            var pattern = "%" + EscapeLike(nameFragment) + "%";
            query = query.Where(v => EF.Functions.Like(v.Name, pattern, LikeEscape.ToString()));
        }

        var rows = await query.OrderByDescending(v => v.Number).ToListAsync(cancellationToken);
        return [.. rows.Select(ToVendor)];
    }

    public async Task<Vendor?> FindAsync(long number, CancellationToken cancellationToken)
    {
        var row = await db.Vendors.AsNoTracking().SingleOrDefaultAsync(v => v.Number == number, cancellationToken);
        return row is null ? null : ToVendor(row);
    }

    /// <summary>
    /// Creates the vendor; with an idempotency key, a repeat by the same user with the same body returns the first
    /// vendor and creates nothing, and a repeat with a different body creates nothing.
    /// </summary>
    public async Task<CreateVendorOutcome> CreateAsync(
        VendorCreate request, string username, string? idempotencyKey, CancellationToken cancellationToken)
    {
        var requestSha256 = Hash(request);
        if (idempotencyKey is not null && await FindPriorAsync(username, idempotencyKey, requestSha256, cancellationToken) is { } prior)
        {
            return prior;
        }

        var nowMs = time.GetUtcNow().ToUnixTimeMilliseconds();
        var row = new VendorRow
        {
            Name = request.Name!,
            BusinessRegistrationNumber = request.BusinessRegistrationNumber!,
            Address = request.Address!,
            ContactEmail = request.ContactEmail!,
            CreatedBy = username,
            CreatedAtMs = nowMs,
        };

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            db.Vendors.Add(row);
            await db.SaveChangesAsync(cancellationToken);
            if (idempotencyKey is not null)
            {
                db.IdempotencyKeys.Add(new IdempotencyRow
                {
                    Username = username,
                    Key = idempotencyKey,
                    RequestSha256 = requestSha256,
                    VendorNumber = row.Number,
                    CreatedAtMs = nowMs,
                });
                await db.SaveChangesAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException) when (idempotencyKey is not null)
        {
            // A concurrent request with the same key won the race: answer as its replay.
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return await FindPriorAsync(username, idempotencyKey, requestSha256, cancellationToken)
                ?? throw new InvalidOperationException("Saving the vendor failed and no prior result exists for its idempotency key.");
        }

        return new CreateVendorOutcome(CreateVendorStatus.Created, ToVendor(row));
    }

    /// <summary>Adds the demo vendors V-1001…V-1005 to an empty table (V-1004 and V-1005 have Korean names, so
    /// Korean lookups find something); new vendors are numbered from V-1006.</summary>
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Vendors.AnyAsync(cancellationToken))
        {
            return;
        }

        var nowMs = time.GetUtcNow().ToUnixTimeMilliseconds();
        db.Vendors.AddRange(
            Seed(1001, "Hanbit Office Supply", "101-81-12345", "12 Teheran-ro, Gangnam-gu, Seoul", "sales@hanbit-office.example", nowMs),
            Seed(1002, "Daehan Logistics", "214-86-54321", "88 Haeundae-ro, Busan", "billing@daehan-logistics.example", nowMs),
            Seed(1003, "Blue Harbor Catering", "305-22-67890", "5 Gwanghwamun-ro, Jongno-gu, Seoul", "orders@blueharbor.example", nowMs),
            Seed(1004, "한빛상사", "119-86-24680", "서울특별시 중구 을지로 100", "ap@hanbit-trading.example", nowMs),
            Seed(1005, "서울식자재", "220-81-13579", "서울특별시 송파구 올림픽로 300", "billing@seoul-foods.example", nowMs));
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<CreateVendorOutcome?> FindPriorAsync(
        string username, string idempotencyKey, string requestSha256, CancellationToken cancellationToken)
    {
        var prior = await db.IdempotencyKeys.AsNoTracking()
            .SingleOrDefaultAsync(k => k.Username == username && k.Key == idempotencyKey, cancellationToken);
        if (prior is null)
        {
            return null;
        }

        if (!string.Equals(prior.RequestSha256, requestSha256, StringComparison.Ordinal))
        {
            return new CreateVendorOutcome(CreateVendorStatus.KeyReusedWithDifferentBody, null);
        }

        var vendor = await FindAsync(prior.VendorNumber, cancellationToken)
            ?? throw new InvalidOperationException($"Idempotency key points to missing vendor {VendorId.Format(prior.VendorNumber)}.");
        return new CreateVendorOutcome(CreateVendorStatus.Replayed, vendor);
    }

    private static string Hash(VendorCreate request) => Convert.ToHexStringLower(
        SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(request, SandboxJsonContext.Default.VendorCreate)));

    private static string EscapeLike(string value) => value
        .Replace(@"\", @"\\", StringComparison.Ordinal)
        .Replace("%", @"\%", StringComparison.Ordinal)
        .Replace("_", @"\_", StringComparison.Ordinal);

    private static VendorRow Seed(long number, string name, string brn, string address, string email, long nowMs) => new()
    {
        Number = number,
        Name = name,
        BusinessRegistrationNumber = brn,
        Address = address,
        ContactEmail = email,
        CreatedBy = "dave",
        CreatedAtMs = nowMs,
    };

    private static Vendor ToVendor(VendorRow row) => new(
        VendorId.Format(row.Number),
        row.Name,
        row.BusinessRegistrationNumber,
        row.Address,
        row.ContactEmail,
        row.CreatedBy,
        DateTimeOffset.FromUnixTimeMilliseconds(row.CreatedAtMs));
}
