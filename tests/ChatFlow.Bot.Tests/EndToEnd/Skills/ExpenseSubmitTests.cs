using ChatFlow.Bot.Tests.Fixtures;

namespace ChatFlow.Bot.Tests.EndToEnd.Skills;

/// <summary><c>erp.expense.submit</c> through Direct Line: the expense is created under the requester.</summary>
public sealed class ExpenseSubmitTests(SqliteHostFixture fixture) : IClassFixture<SqliteHostFixture>
{
    private Uri Host => fixture.Host.BaseAddress;

    [Fact]
    public async Task SubmitExpense_InDollarsInEnglish_CreatesTheExpenseUnderCarol()
    {
        using var chat = await DirectLineTestClient.StartAsync(Host, "carol", "en-US");
        var memo = $"Taxi to client {Guid.NewGuid():N}";

        await SkillJourney.SubmitAsync(chat, "submit an expense", Values("$120.50", "2026-11-20", "transport", memo), "Confirm", "carol", "Submitted expense");

        Assert.Matches("EXP-\\d+", chat.Shown());
        Assert.Contains("$120.50 for transport on Fri, Nov 20, 2026.", chat.Shown(), StringComparison.Ordinal);
        var (_, expenses) = await SandboxApi.GetAsync(Host, "carol", "sandbox/api/erp/expenses");
        var created = Assert.Single(expenses!.AsArray(), e => (string?)e!["memo"] == memo)!;
        Assert.Equal("carol", (string?)created["employee"]);
        Assert.Equal(120.50m, (decimal)created["amount"]!);
        Assert.Equal("USD", (string?)created["currency"]);
        Assert.Equal("transport", (string?)created["category"]);
        Assert.Equal("2026-11-20", (string?)created["date"]);
    }

    [Fact]
    public async Task SubmitExpense_InWonInKorean_CreatesTheExpenseUnderAliceAndAnswersInKorean()
    {
        using var chat = await DirectLineTestClient.StartAsync(Host, "alice", "ko-KR");
        var memo = $"팀 점심 {Guid.NewGuid():N}";

        await SkillJourney.SubmitAsync(chat, "경비 청구할게요", Values("45,000원", "2026-11-19", "meals", memo), "확인", "alice", "청구했습니다");

        Assert.Contains("청구했습니다: 2026년 11월 19일 (목) 식대 45,000원.", chat.Shown(), StringComparison.Ordinal);
        var (_, expenses) = await SandboxApi.GetAsync(Host, "alice", "sandbox/api/erp/expenses");
        var created = Assert.Single(expenses!.AsArray(), e => (string?)e!["memo"] == memo)!;
        Assert.Equal("alice", (string?)created["employee"]);
        Assert.Equal(45000m, (decimal)created["amount"]!);
        Assert.Equal("KRW", (string?)created["currency"]);
        var (_, bobs) = await SandboxApi.GetAsync(Host, "bob", "sandbox/api/erp/expenses");
        Assert.DoesNotContain(bobs!.AsArray(), e => (string?)e!["memo"] == memo);
    }

    [Fact]
    public async Task SubmitExpense_KoreanCategorySynonym_SendsTheCanonicalCategory()
    {
        using var chat = await DirectLineTestClient.StartAsync(Host, "carol", "ko-KR");
        var memo = $"야근 택시 {Guid.NewGuid():N}";

        await SkillJourney.SubmitAsync(chat, "경비 청구할게요", Values("23,500원", "2026-11-18", "택시비", memo), "확인", "carol", "청구했습니다");

        Assert.Contains("교통", chat.Shown(), StringComparison.Ordinal);
        var (_, expenses) = await SandboxApi.GetAsync(Host, "carol", "sandbox/api/erp/expenses");
        var created = Assert.Single(expenses!.AsArray(), e => (string?)e!["memo"] == memo)!;
        Assert.Equal("transport", (string?)created["category"]);
    }

    private static Dictionary<string, string> Values(string amount, string date, string category, string memo) => new()
    {
        ["amount"] = amount,
        ["date"] = date,
        ["category"] = category,
        ["memo"] = memo,
    };
}
