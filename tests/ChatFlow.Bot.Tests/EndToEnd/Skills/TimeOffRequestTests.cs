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

        Assert.Contains("annual leave Tue, Dec 1, 2026 to Thu, Dec 3, 2026 (3 days)", chat.Shown(), StringComparison.Ordinal);
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

        Assert.Contains("2026년 12월 21일 (월)부터 2026년 12월 22일 (화)까지 2일", chat.Shown(), StringComparison.Ordinal);
        var (_, requests) = await SandboxApi.GetAsync(Host, "alice", "sandbox/api/hr/timeoff");
        var created = Assert.Single(requests!.AsArray(), r => (string?)r!["reason"] == reason)!;
        Assert.Equal("sick", (string?)created["type"]);
        Assert.Equal("pending", (string?)created["status"]);
        Assert.Equal("bob", (string?)created["approver"]);
    }

    [Fact]
    public async Task RequestTimeOff_KoreanLabelTyped_SendsTheCanonicalTypeAndShowsTheLabel()
    {
        using var chat = await DirectLineTestClient.StartAsync(Host, "alice", "ko-KR");
        var reason = $"가족 간병 {Guid.NewGuid():N}";

        await chat.SayAsync("휴가 신청", VendorJourney.HasInputs);
        var typeInput = Assert.Single(chat.Inputs(), i => (string?)i["id"] == "type");
        var choices = typeInput["choices"]!.AsArray().Select(c => ((string?)c!["title"], (string?)c["value"])).ToList();
        await chat.FillAsync(Values("2026-12-28/2026-12-29", "가족돌봄", reason), got => VendorJourney.HasButton(got, "확인"));
        var confirmation = chat.Shown();
        await chat.ClickAsync("확인", VendorJourney.HasSignIn);
        var page = await SignInBrowser.SignInAsync(chat.SignInLink()!, "alice");
        Assert.True(page.IsSuccessStatusCode);
        await chat.WaitAsync(got => VendorJourney.HasText(got, "승인 대기"));

        Assert.Equal([("연차", "annual"), ("병가", "sick"), ("육아", "parental"), ("가족돌봄", "family"), ("무급", "unpaid")], choices);
        Assert.Contains("가족돌봄", confirmation, StringComparison.Ordinal);
        Assert.DoesNotContain("\"family\"", confirmation, StringComparison.Ordinal);
        Assert.Contains("가족돌봄 휴가를 신청했습니다", chat.Shown(), StringComparison.Ordinal);
        var (_, requests) = await SandboxApi.GetAsync(Host, "alice", "sandbox/api/hr/timeoff");
        var created = Assert.Single(requests!.AsArray(), r => (string?)r!["reason"] == reason)!;
        Assert.Equal("family", (string?)created["type"]);
    }

    private static Dictionary<string, string> Values(string dates, string type, string reason) => new()
    {
        ["dates"] = dates,
        ["type"] = type,
        ["reason"] = reason,
    };
}
