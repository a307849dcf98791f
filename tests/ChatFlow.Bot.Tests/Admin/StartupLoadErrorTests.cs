using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ChatFlow.Bot.Tests.EndToEnd;
using ChatFlow.Bot.Tests.EndToEnd.Skills;
using ChatFlow.Bot.Tests.Fixtures;
using Microsoft.Extensions.Logging;

namespace ChatFlow.Bot.Tests.Admin;

/// <summary>A host started on a manifests folder holding the six shipped skills and one manifest that passes the
/// structure but fails the registration rules (its operation is not in the connector's OpenAPI document): the bad
/// file is logged, listed by <c>GET /admin/skills/load-errors</c> with its location, and skipped; the rest work.</summary>
public sealed class StartupLoadErrorTests(BadManifestHostFixture fixture) : IClassFixture<BadManifestHostFixture>
{
    private const string BadFile = BadManifestHostFixture.BadFile;

    private ChatFlowHost Host => fixture.Host;

    private CapturedLogs Logs => fixture.Logs;

    private int BadLine => fixture.BadLine;

    private int BadColumn => fixture.BadColumn;

    [Fact]
    public async Task StartUp_ManifestFailingRegistrationRules_IsListedWithItsLocationAndSkipped()
    {
        using var http = new HttpClient { BaseAddress = Host.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await AdminTokens.TokenAsync(Host.BaseAddress, "dave"));

        var errors = (await http.GetFromJsonAsync<JsonArray>("admin/skills/load-errors"))!;
        var skills = (await http.GetFromJsonAsync<JsonArray>("admin/skills"))!;
        var details = await http.GetAsync("admin/skills/erp.invoice.search");

        var error = Assert.Single(errors)!.AsObject();
        Assert.Equal($"skills/{BadFile}", (string?)error["file"]);
        Assert.Equal(BadLine, (int)error["line"]!);
        Assert.Equal(BadColumn, (int)error["column"]!);
        Assert.Equal("action.operation", (string?)error["field"]);
        Assert.StartsWith("'findInvoicez' is not an operation of connector 'acme-erp'", (string?)error["message"], StringComparison.Ordinal);
        Assert.Contains("findInvoices", (string?)error["message"], StringComparison.Ordinal);
        Assert.Equal(
            ["directory.person.find", "erp.expense.submit", "erp.invoice.lookup", "erp.vendor.register", "hr.payslip.show", "hr.timeoff.request"],
            skills.Select(s => (string)s!["id"]!).Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, details.StatusCode);
    }

    [Fact]
    public void StartUp_ManifestFailingRegistrationRules_IsLoggedAsAnErrorWithItsLocation()
    {
        var rejected = Assert.Single(Logs.Entries, e => e.EventId == 2101);

        Assert.Equal(LogLevel.Error, rejected.Level);
        Assert.Contains($"skills/{BadFile}:{BadLine}:{BadColumn} action.operation: 'findInvoicez' is not an operation", rejected.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartUp_OneBadManifest_TheOtherSkillsStillWork()
    {
        using var chat = await DirectLineTestClient.StartAsync(Host.BaseAddress, "carol", "en-US");

        await SkillJourney.AskAsync(chat, "look up invoice INV-2025-0101", "carol", "INV-2025-0101");

        Assert.Contains("₩1,250,000", chat.Shown(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadErrors_EmployeeAlice_Returns403()
    {
        using var http = new HttpClient { BaseAddress = Host.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await AdminTokens.TokenAsync(Host.BaseAddress, "alice"));

        var response = await http.GetAsync("admin/skills/load-errors");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}

/// <summary>One host on a copy of the shipped manifests plus <see cref="BadFile"/>, shared by a test class.</summary>
public sealed class BadManifestHostFixture : IAsyncLifetime
{
    public const string BadFile = "erp.invoice.search.yaml";

    private readonly string manifests = Directory.CreateTempSubdirectory("chatflow-manifests-").FullName;

    public CapturedLogs Logs { get; } = new();

    public ChatFlowHost Host { get; private set; } = null!;

    /// <summary>Line and column of the bad operation id in <see cref="BadFile"/>.</summary>
    public int BadLine { get; private set; }

    public int BadColumn { get; private set; }

    public Task InitializeAsync()
    {
        var shipped = Path.Combine(AppContext.BaseDirectory, "manifests");
        foreach (var folder in new[] { "skills", "connectors" })
        {
            Directory.CreateDirectory(Path.Combine(manifests, folder));
            foreach (var file in Directory.EnumerateFiles(Path.Combine(shipped, folder)))
            {
                File.Copy(file, Path.Combine(manifests, folder, Path.GetFileName(file)));
            }
        }

        // The invoice lookup under another id, calling an operation the ERP connector does not have.
        var bad = File.ReadAllText(Path.Combine(shipped, "skills", "erp.invoice.lookup.yaml"))
            .Replace("id: erp.invoice.lookup", "id: erp.invoice.search", StringComparison.Ordinal)
            .Replace("operation: findInvoices", "operation: findInvoicez", StringComparison.Ordinal);
        var lines = bad.Split('\n');
        BadLine = Array.FindIndex(lines, l => l.Contains("findInvoicez", StringComparison.Ordinal)) + 1;
        BadColumn = lines[BadLine - 1].IndexOf("findInvoicez", StringComparison.Ordinal) + 1;
        File.WriteAllText(Path.Combine(manifests, "skills", BadFile), bad);

        Host = new ChatFlowHost(settings: new Dictionary<string, string> { ["ChatFlow:ManifestsDirectory"] = manifests }, logs: Logs);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        Directory.Delete(manifests, recursive: true);
    }
}
