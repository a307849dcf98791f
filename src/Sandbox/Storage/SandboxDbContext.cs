using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ChatFlow.Sandbox.Storage;

/// <summary>
/// The sandbox database <c>sandbox.db</c>: vendors and idempotency keys, plus OpenIddict's applications,
/// authorizations, scopes and tokens (added by <c>UseOpenIddict()</c> on the options).
/// </summary>
internal sealed class SandboxDbContext(DbContextOptions<SandboxDbContext> options) : DbContext(options)
{
    public const string DatabaseFileName = "sandbox.db";

    public DbSet<VendorRow> Vendors => Set<VendorRow>();

    public DbSet<IdempotencyRow> IdempotencyKeys => Set<IdempotencyRow>();

    public static string ConnectionString(SandboxOptions options) => new SqliteConnectionStringBuilder
    {
        DataSource = DatabasePath(options),
        Mode = SqliteOpenMode.ReadWriteCreate,
    }.ToString();

    public static string DatabasePath(SandboxOptions options) =>
        Path.Combine(Path.GetFullPath(options.DataDirectory), DatabaseFileName);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);

        modelBuilder.Entity<VendorRow>(vendor =>
        {
            vendor.ToTable("vendors");
            vendor.HasKey(v => v.Number);
            vendor.Property(v => v.Number).HasColumnName("number").ValueGeneratedOnAdd();
            vendor.Property(v => v.Name).HasColumnName("name").HasMaxLength(200);
            vendor.Property(v => v.BusinessRegistrationNumber).HasColumnName("business_registration_number").HasMaxLength(12);
            vendor.Property(v => v.Address).HasColumnName("address").HasMaxLength(500);
            vendor.Property(v => v.ContactEmail).HasColumnName("contact_email").HasMaxLength(254);
            vendor.Property(v => v.CreatedBy).HasColumnName("created_by").HasMaxLength(100);
            vendor.Property(v => v.CreatedAtMs).HasColumnName("created_at_ms");
        });

        modelBuilder.Entity<IdempotencyRow>(key =>
        {
            key.ToTable("vendor_idempotency_keys");
            key.HasKey(k => new { k.Username, k.Key });
            key.Property(k => k.Username).HasColumnName("username").HasMaxLength(100);
            key.Property(k => k.Key).HasColumnName("idempotency_key").HasMaxLength(200);
            key.Property(k => k.RequestSha256).HasColumnName("request_sha256").HasMaxLength(64);
            key.Property(k => k.VendorNumber).HasColumnName("vendor_number");
            key.Property(k => k.CreatedAtMs).HasColumnName("created_at_ms");
        });
    }
}
