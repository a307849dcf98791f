using System.Net;
using ChatFlow.Bot.Tests.Fixtures;

namespace ChatFlow.Bot.Tests.EndToEnd.Skills;

/// <summary><c>erp.invoice.lookup</c> through Direct Line: read-only, answered in one turn after sign-in.</summary>
public sealed class InvoiceLookupTests(SqliteHostFixture fixture) : IClassFixture<SqliteHostFixture>
{
    private Uri Host => fixture.Host.BaseAddress;

    [Fact]
    public async Task LookUpInvoice_ByNumberInEnglish_ShowsAmountCurrencyStatusAndDueDate()
    {
        using var chat = await DirectLineTestClient.StartAsync(Host, "carol", "en-US");

        await SkillJourney.AskAsync(chat, "look up invoice INV-2025-0101", "carol", "INV-2025-0101");

        var shown = chat.Shown();
        Assert.Contains("1250000 KRW", shown, StringComparison.Ordinal);
        Assert.Contains("open", shown, StringComparison.Ordinal);
        Assert.Contains("due 2025-10-31", shown, StringComparison.Ordinal);
        var (status, invoice) = await SandboxApi.GetAsync(Host, "carol", "sandbox/api/erp/invoices/INV-2025-0101");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(1250000m, (decimal)invoice!["amount"]!);
        Assert.Equal("2025-10-31", (string?)invoice["dueDate"]);
    }

    [Fact]
    public async Task LookUpInvoice_ByVendorInKorean_ListsTheVendorsInvoicesInKorean()
    {
        using var chat = await DirectLineTestClient.StartAsync(Host, "carol", "ko-KR");

        await SkillJourney.AskAsync(chat, "Daehan 거래처 송장 보여줘", "carol", "INV-2025-0202");

        var shown = chat.Shown();
        Assert.Contains("송장 2건", shown, StringComparison.Ordinal);
        Assert.Contains("INV-2025-0201", shown, StringComparison.Ordinal);
        Assert.Contains("USD", shown, StringComparison.Ordinal);
        Assert.Contains("만기일 2025-11-14", shown, StringComparison.Ordinal);
        var (_, invoices) = await SandboxApi.GetAsync(Host, "carol", "sandbox/api/erp/invoices?vendor=V-1002");
        Assert.Equal(["INV-2025-0201", "INV-2025-0202"], invoices!.AsArray().Select(i => (string?)i!["number"]).Order());
    }

    [Fact]
    public async Task LookUpInvoice_EmployeeWithoutPermission_IsRefused()
    {
        using var chat = await DirectLineTestClient.StartAsync(Host, "alice", "en-US");

        await SkillJourney.AskAsync(chat, "look up invoice INV-2025-0101", "alice", "permission");

        Assert.DoesNotContain("1250000", chat.Shown(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await SandboxApi.GetAsync(Host, "alice", "sandbox/api/erp/invoices/INV-2025-0101")).Status);
    }
}
