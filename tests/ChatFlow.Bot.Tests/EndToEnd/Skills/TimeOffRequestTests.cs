using ChatFlow.Bot.Tests.Fixtures;

namespace ChatFlow.Bot.Tests.EndToEnd.Skills;

/// <summary><c>hr.timeoff.request</c> through Direct Line: the request is pending, with the requester's manager as
/// approver.</summary>
public sealed class TimeOffRequestTests(SqliteHostFixture fixture) : IClassFixture<SqliteHostFixture>
{
    private Uri Host => fixture.Host.BaseAddress;

    [Fact]
    public async Task RequestTimeOff_AliceInEnglish_IsPendingWithBobAsApprover()
    {
        using var chat = await DirectLineTestClient.StartAsync(Host, "alice", "en-US");
        var reason = $"Family trip {Guid.NewGuid():N}";

        await SkillJourney.SubmitAsync(chat, "request time off", Values("2026-12-01/2026-12-03", "annual", reason), "Confirm", "alice", "pending approval by bob");

        Assert.Contains("(3 days)", chat.Shown(), StringComparison.Ordinal);
        var (_, requests) = await SandboxApi.GetAsync(Host, "alice", "sandbox/api/hr/timeoff");
        var created = Assert.Single(requests!.AsArray(), r => (string?)r!["reason"] == reason)!;
        Assert.Equal("alice", (string?)created["employee"]);
        Assert.Equal("pending", (string?)created["status"]);
        Assert.Equal("bob", (string?)created["approver"]);
        Assert.Equal("2026-12-01", (string?)created["startDate"]);
        Assert.Equal("2026-12-03", (string?)created["endDate"]);
        var (_, bobsQueue) = await SandboxApi.GetAsync(Host, "bob", "sandbox/api/hr/timeoff");
        Assert.Contains(bobsQueue!.AsArray(), r => (string?)r!["reason"] == reason);
    }

    [Fact]
    public async Task RequestTimeOff_AliceInKorean_IsPendingAndAnswersInKorean()
    {
        using var chat = await DirectLineTestClient.StartAsync(Host, "alice", "ko-KR");
        var reason = $"병원 진료 {Guid.NewGuid():N}";

        await SkillJourney.SubmitAsync(chat, "연차 쓰고 싶어요", Values("2026-12-21/2026-12-22", "sick", reason), "확인", "alice", "승인 대기");

        Assert.Contains("2일", chat.Shown(), StringComparison.Ordinal);
        var (_, requests) = await SandboxApi.GetAsync(Host, "alice", "sandbox/api/hr/timeoff");
        var created = Assert.Single(requests!.AsArray(), r => (string?)r!["reason"] == reason)!;
        Assert.Equal("sick", (string?)created["type"]);
        Assert.Equal("pending", (string?)created["status"]);
        Assert.Equal("bob", (string?)created["approver"]);
    }

    private static Dictionary<string, string> Values(string dates, string type, string reason) => new()
    {
        ["dates"] = dates,
        ["type"] = type,
        ["reason"] = reason,
    };
}
