using System.Net;
using ChatFlow.Bot.Tests.Fixtures;

namespace ChatFlow.Bot.Tests.EndToEnd.Skills;

/// <summary><c>directory.person.find</c> through Direct Line and the Microsoft Graph connector (Graph SDK) against the
/// sandbox's Graph-shaped directory.</summary>
public sealed class PersonFindTests(SqliteHostFixture fixture) : IClassFixture<SqliteHostFixture>
{
    private Uri Host => fixture.Host.BaseAddress;

    [Fact]
    public async Task FindColleague_ByNameInEnglish_ShowsTitleDepartmentAndManager()
    {
        using var chat = await DirectLineTestClient.StartAsync(Host, "alice", "en-US");

        await SkillJourney.AskAsync(chat, "who is Carol Park", "alice", "Senior Accountant");

        var shown = chat.Shown();
        Assert.Contains("Carol Park (carol@acme.example) — Senior Accountant, Finance; manager: Dave Choi", shown, StringComparison.Ordinal);
        var (status, users) = await SandboxApi.GetAsync(Host, "alice", "sandbox/graph/v1.0/users?$filter=mail eq 'carol@acme.example'");
        Assert.Equal(HttpStatusCode.OK, status);
        var carol = Assert.Single(users!["value"]!.AsArray())!;
        var (_, manager) = await SandboxApi.GetAsync(Host, "alice", $"sandbox/graph/v1.0/users/{(string?)carol["id"]}/manager");
        Assert.Equal("Dave Choi", (string?)manager!["displayName"]);
    }

    [Fact]
    public async Task FindColleague_ByEmailInKorean_ShowsManagerInKorean()
    {
        using var chat = await DirectLineTestClient.StartAsync(Host, "bob", "ko-KR");

        await SkillJourney.AskAsync(chat, "alice@acme.example 누구야", "bob", "Software Engineer");

        var shown = chat.Shown();
        Assert.Contains("검색 결과", shown, StringComparison.Ordinal);
        Assert.Contains("Alice Kim (alice@acme.example) — Software Engineer, Engineering; 매니저: Bob Lee", shown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("alice", "en-US", "who's my manager?", "Alice Kim (alice@acme.example) — Software Engineer, Engineering; manager: Bob Lee")]
    [InlineData("carol", "ko-KR", "제 팀장님이 누구세요?", "Carol Park (carol@acme.example) — Senior Accountant, Finance; 매니저: Dave Choi")]
    public async Task FindColleague_AboutTheUserHerself_ShowsHerOwnEntryThroughGraphMe(string user, string locale, string question, string expected)
    {
        using var chat = await DirectLineTestClient.StartAsync(Host, user, locale);

        await SkillJourney.AskAsync(chat, question, user, expected.Split(" — ")[0]);

        Assert.Contains(expected, chat.Shown(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FindColleague_UnknownPersonInEnglish_SaysNoOneMatches()
    {
        using var chat = await DirectLineTestClient.StartAsync(Host, "alice", "en-US");

        await SkillJourney.AskAsync(chat, "who is Zelda Quixote", "alice", "couldn't find");

        Assert.Contains("I couldn't find anyone in the company directory matching **Zelda Quixote**.", chat.Shown(), StringComparison.Ordinal);
    }
}
