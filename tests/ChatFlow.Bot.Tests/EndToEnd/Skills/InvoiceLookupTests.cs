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
        Assert.Contains("INV-2025-0101 — Hanbit Office Supply: ₩1,250,000, open, due Fri, Oct 31, 2025", shown, StringComparison.Ordinal);
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
        Assert.Contains("INV-2025-0201 — Daehan Logistics: 4,820.50달러, 상태 지급 승인, 만기일 2025년 11월 14일 (금)", shown, StringComparison.Ordinal);
        Assert.Contains("9,300,000원", shown, StringComparison.Ordinal);
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

    [Fact]
    public async Task LookUpInvoice_UnknownNumberInEnglish_SaysNotFoundNamingTheNumber()
    {
        using var chat = await DirectLineTestClient.StartAsync(Host, "carol", "en-US");

        await SkillJourney.AskAsync(chat, "look up invoice INV-2099-0999", "carol", "couldn't find");

        var shown = chat.Shown();
        Assert.Contains("I couldn't find an invoice or vendor matching **INV-2099-0999**.", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("didn't accept", shown, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await SandboxApi.GetAsync(Host, "carol", "sandbox/api/erp/invoices/search?q=INV-2099-0999")).Status);
    }

    [Fact]
    public async Task LookUpInvoice_UnknownNumberInKorean_SaysNotFoundInKorean()
    {
        using var chat = await DirectLineTestClient.StartAsync(Host, "carol", "ko-KR");

        await SkillJourney.AskAsync(chat, "INV-2099-0998 송장 조회해줘", "carol", "찾지 못했습니다");

        var shown = chat.Shown();
        Assert.Contains("**INV-2099-0998**에 해당하는 송장이나 거래처를 찾지 못했습니다.", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("받아들이지 않았습니다", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("No invoice matches", shown, StringComparison.Ordinal);
    }
}
