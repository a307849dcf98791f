using System.Net;
using ChatFlow.Bot.Tests.Fixtures;

namespace ChatFlow.Bot.Tests.EndToEnd.Skills;

/// <summary><c>hr.payslip.show</c> through Direct Line: each user sees her own payslip only.</summary>
public sealed class PayslipTests(SqliteHostFixture fixture) : IClassFixture<SqliteHostFixture>
{
    private Uri Host => fixture.Host.BaseAddress;

    [Fact]
    public async Task ShowPayslip_AliceInEnglish_ShowsHerNetPayAndNotBobs()
    {
        using var chat = await DirectLineTestClient.StartAsync(Host, "alice", "en-US");

        await SkillJourney.AskAsync(chat, "show my payslip for 2026-10", "alice", "net pay");

        var shown = chat.Shown();
        Assert.Contains("Your payslip for October 2026: gross ₩4,200,000, deductions ₩504,000, net pay **₩3,696,000** (paid Sun, Oct 25, 2026).",
            shown, StringComparison.Ordinal);
        Assert.DoesNotContain("5,368,000", shown, StringComparison.Ordinal);
        var (status, payslip) = await SandboxApi.GetAsync(Host, "alice", "sandbox/api/hr/payslips/2026-10");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("alice", (string?)payslip!["employee"]);
        Assert.Equal(3696000m, (decimal)payslip["netPay"]!);
        Assert.Equal(HttpStatusCode.Forbidden, (await SandboxApi.GetAsync(Host, "alice", "sandbox/api/hr/payslips/2026-10?employee=bob")).Status);
    }

    [Fact]
    public async Task ShowPayslip_BobInKorean_ShowsHisOwnInKorean()
    {
        using var chat = await DirectLineTestClient.StartAsync(Host, "bob", "ko-KR");

        await SkillJourney.AskAsync(chat, "2026-09 급여명세서 보여줘", "bob", "실수령액");

        var shown = chat.Shown();
        Assert.Contains("2026년 9월 급여명세서: 총급여 6,100,000원, 공제 732,000원, 실수령액 **5,368,000원** (지급일 2026년 9월 25일 (금)).",
            shown, StringComparison.Ordinal);
        Assert.DoesNotContain("3,696,000", shown, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await SandboxApi.GetAsync(Host, "bob", "sandbox/api/hr/payslips/2026-09?employee=alice")).Status);
    }

    [Fact]
    public async Task ShowPayslip_MonthWithoutPayslipInKorean_SaysThereIsNoneInKorean()
    {
        using var chat = await DirectLineTestClient.StartAsync(Host, "alice", "ko-KR");

        await SkillJourney.AskAsync(chat, "2019-01 급여명세서 보여줘", "alice", "급여명세서가 없습니다");

        Assert.Contains("**2019년 1월** 급여명세서가 없습니다.", chat.Shown(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await SandboxApi.GetAsync(Host, "alice", "sandbox/api/hr/payslips/2019-01")).Status);
    }
}
