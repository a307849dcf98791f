using ChatFlow.Skills.Conversations;
using ChatFlow.Skills.Dialog;
using ChatFlow.Skills.Manifests;
using ChatFlow.Skills.Recognition;
using ChatFlow.Skills.Recognition.Entities;

namespace ChatFlow.Skills.Tests.Dialog;

/// <summary>What the directory skill searches for: a Korean name typed with a space between family and given name is
/// searched as the directory writes it (김민수), and a question about who is in a team searches for the team (which
/// the directory connector matches against departments), not for "in finance".</summary>
public class DirectoryQueryDialogTests
{
    private static readonly SkillCatalog Shipped = TestCatalogs.Real();
    private static readonly DateTimeOffset Now = new(2026, 3, 4, 1, 0, 0, TimeSpan.Zero);

    private static DialogStep Run(string locale, params string[] texts)
    {
        var engine = new DialogEngine(Shipped, new EmbeddedIntentRecognizer(Shipped));
        var step = new DialogStep(DialogState.Initial(), [], null);
        foreach (var text in texts)
        {
            step = engine.Handle(step.State, new Turn
            {
                TurnId = Guid.NewGuid().ToString("N"), Channel = "directline", ConversationId = "c1",
                User = new ChannelUser("u1", "Alice"), Text = text, Locale = locale, ReceivedAtMs = Now.ToUnixTimeMilliseconds(),
            });
        }

        return step;
    }

    [Theory]
    [InlineData("ko-KR", "김 민수 찾아줘", "김민수")]
    [InlineData("ko-KR", "이 서연 과장님 연락처 알려줘", "이서연")]
    [InlineData("ko-KR", "박 지훈 어느 부서야", "박지훈")]
    [InlineData("ko-KR", "재무팀 사람 찾아줘", "재무팀")]
    [InlineData("en-US", "who's in finance?", "finance")]
    [InlineData("en-US", "who is in the engineering team?", "engineering")]
    [InlineData("en-US", "who works in engineering?", "engineering")]
    [InlineData("en-US", "find people in the design team", "design")]
    [InlineData("en-US", "who is Carol Park", "Carol Park")]
    [InlineData("en-US", "find alice@acme.example in the directory", "alice@acme.example")]
    public void Handle_DirectoryRequest_SearchesForTheNameOrTeam(string locale, string text, string query)
    {
        var step = Run(locale, text);

        Assert.Equal(("directory.person.find", query), (step.Invocation?.SkillId, step.Invocation?.Arguments["query"]));
    }

    [Theory]
    [InlineData("ko-KR", "동료 찾기", "김 민수", "김민수")]
    [InlineData("ko-KR", "동료 찾기", "개발팀 사람들", "개발팀")]
    [InlineData("en-US", "find a colleague", "the finance team", "finance")]
    [InlineData("en-US", "find a colleague", "in finance", "finance")]
    public void Handle_NameOrTeamAnsweredWhenAsked_IsTidied(string locale, string request, string answer, string query)
    {
        var step = Run(locale, request, answer);

        Assert.Equal(query, step.Invocation?.Arguments["query"]);
    }

    [Theory]
    [InlineData("김 민수", "김민수")]
    [InlineData("남궁 민", "남궁민")]
    [InlineData("이 서연님", "이서연")]
    [InlineData("이 사람", "이 사람")]
    [InlineData("김 과장", "김 과장")]
    [InlineData("Alice Kim", "Alice Kim")]
    [InlineData("In-ho Park", "In-ho Park")]
    [InlineData("The Hanbit Group", "The Hanbit Group")]
    [InlineData("in finance", "finance")]
    [InlineData("재무팀 직원", "재무팀")]
    public void Tidy_Value_IsWhatADirectorySearches(string value, string expected) =>
        Assert.Equal(expected, PersonQuery.Tidy(value));
}
