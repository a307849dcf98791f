using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ChatFlow.Sandbox.Storage;

/// <summary>
/// The sandbox database <c>sandbox.db</c>: vendors and idempotency keys, expenses, time-off requests, plus OpenIddict's applications,
/// authorizations, scopes and tokens (added by <c>UseOpenIddict()</c> on the options).
/// </summary>
internal sealed class SandboxDbContext(DbContextOptions<SandboxDbContext> options) : DbContext(options)
{
    public const string DatabaseFileName = "sandbox.db";

    public DbSet<VendorRow> Vendors => Set<VendorRow>();

    public DbSet<IdempotencyRow> IdempotencyKeys => Set<IdempotencyRow>();

    public DbSet<ExpenseRow> Expenses => Set<ExpenseRow>();

    public DbSet<TimeOffRow> TimeOffRequests => Set<TimeOffRow>();

    public static string ConnectionString(SandboxOptions options) => new SqliteConnectionStringBuilder
    {
        DataSource = DatabasePath(options),
        Mode = SqliteOpenMode.ReadWriteCreate,
    }.ToString();

    public static string DatabasePath(SandboxOptions options) =>
        Path.Combine(Path.GetFullPath(options.DataDirectory), DatabaseFileName);

    /// <summary>Creates the tables and indexes of the model that an existing database lacks (SQLite
    /// <c>IF NOT EXISTS</c>), and adds the columns later versions added to existing tables (<c>half_day</c> of
    /// <c>timeoff_requests</c>); existing rows are kept.</summary>
    public async Task CreateMissingTablesAsync(CancellationToken cancellationToken)
    {
        var script = Database.GenerateCreateScript()
            .Replace("CREATE TABLE \"", "CREATE TABLE IF NOT EXISTS \"", StringComparison.Ordinal)
            .Replace("CREATE UNIQUE INDEX \"", "CREATE UNIQUE INDEX IF NOT EXISTS \"", StringComparison.Ordinal)
            .Replace("CREATE INDEX \"", "CREATE INDEX IF NOT EXISTS \"", StringComparison.Ordinal);
        foreach (var statement in script.Split(";", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            await Database.ExecuteSqlRawAsync(statement, cancellationToken);
        }

        var halfDay = await Database.SqlQueryRaw<int>(
            "SELECT COUNT(*) AS \"Value\" FROM pragma_table_info('timeoff_requests') WHERE name = 'half_day'").SingleAsync(cancellationToken);
        if (halfDay == 0)
        {
            await Database.ExecuteSqlRawAsync("ALTER TABLE timeoff_requests ADD COLUMN half_day TEXT NULL", cancellationToken);
        }
    }

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

        modelBuilder.Entity<ExpenseRow>(expense =>
        {
            expense.ToTable("expenses");
            expense.HasKey(e => e.Number);
            expense.Property(e => e.Number).HasColumnName("number").ValueGeneratedOnAdd();
            expense.Property(e => e.Employee).HasColumnName("employee").HasMaxLength(100);
            expense.Property(e => e.AmountHundredths).HasColumnName("amount_hundredths");
            expense.Property(e => e.Currency).HasColumnName("currency").HasMaxLength(3);
            expense.Property(e => e.Date).HasColumnName("date").HasMaxLength(10);
            expense.Property(e => e.Category).HasColumnName("category").HasMaxLength(20);
            expense.Property(e => e.Memo).HasColumnName("memo").HasMaxLength(500);
            expense.Property(e => e.Status).HasColumnName("status").HasMaxLength(20);
            expense.Property(e => e.IdempotencyKey).HasColumnName("idempotency_key").HasMaxLength(200);
            expense.Property(e => e.RequestSha256).HasColumnName("request_sha256").HasMaxLength(64);
            expense.Property(e => e.CreatedAtMs).HasColumnName("created_at_ms");
            expense.HasIndex(e => new { e.Employee, e.IdempotencyKey }).IsUnique().HasDatabaseName("ix_expenses_employee_idempotency_key");
        });

        modelBuilder.Entity<TimeOffRow>(request =>
        {
            request.ToTable("timeoff_requests");
            request.HasKey(r => r.Number);
            request.Property(r => r.Number).HasColumnName("number").ValueGeneratedOnAdd();
            request.Property(r => r.Employee).HasColumnName("employee").HasMaxLength(100);
            request.Property(r => r.StartDate).HasColumnName("start_date").HasMaxLength(10);
            request.Property(r => r.EndDate).HasColumnName("end_date").HasMaxLength(10);
            request.Property(r => r.Type).HasColumnName("type").HasMaxLength(20);
            request.Property(r => r.Reason).HasColumnName("reason").HasMaxLength(500);
            request.Property(r => r.Status).HasColumnName("status").HasMaxLength(20);
            request.Property(r => r.Approver).HasColumnName("approver").HasMaxLength(100);
            request.Property(r => r.HalfDay).HasColumnName("half_day").HasMaxLength(10);
            request.Property(r => r.IdempotencyKey).HasColumnName("idempotency_key").HasMaxLength(200);
            request.Property(r => r.RequestSha256).HasColumnName("request_sha256").HasMaxLength(64);
            request.Property(r => r.CreatedAtMs).HasColumnName("created_at_ms");
            request.HasIndex(r => new { r.Employee, r.IdempotencyKey }).IsUnique().HasDatabaseName("ix_timeoff_employee_idempotency_key");
        });
    }
}
