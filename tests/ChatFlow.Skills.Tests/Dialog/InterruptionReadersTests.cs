using ChatFlow.Skills.Dialog;
using ChatFlow.Skills.Recognition;

namespace ChatFlow.Skills.Tests.Dialog;

/// <summary>The small readers behind interruptions: leading fillers, questions, cancel phrases and corrections, each
/// on its own.</summary>
public class InterruptionReadersTests
{
    [Theory]
    [InlineData("actually, show me my payslip", "show me my payslip")]
    [InlineData("wait, who is Bob's manager?", "who is Bob's manager?")]
    [InlineData("ok so make it Friday", "make it Friday")]
    [InlineData("um hmm, 45,000원", "45,000원")]
    [InlineData("아 업체명은 미래상사(주)로 해주세요", "업체명은 미래상사(주)로 해주세요")]
    [InlineData("아 참, 금액은 3만원", "금액은 3만원")]
    [InlineData("근데 잠깐, 급여명세서 보여줘", "급여명세서 보여줘")]
    [InlineData("그런데 휴가 며칠 남았어?", "휴가 며칠 남았어?")]
    [InlineData("Oh Minsu", "Minsu")]
    [InlineData("actually", "actually")]
    [InlineData("아니 목요일", "아니 목요일")]
    [InlineData("아이스크림", "아이스크림")]
    public void Strip_TakesOffLeadingFillersOnly(string text, string rest) =>
        Assert.Equal(rest, LeadingFillers.Strip(text));

    [Theory]
    [InlineData("oh, Mirae Trading", "Mirae Trading")]
    [InlineData("Oh Minsu Trading", "Oh Minsu Trading")]
    [InlineData("Well Made Co", "Well Made Co")]
    [InlineData("Sorry Records", "Sorry Records")]
    [InlineData("um Acme", "Acme")]
    [InlineData("아 미래상사", "미래상사")]
    [InlineData("참좋은상사", "참좋은상사")]
    public void StripForValue_KeepsWordsThatCanBeginANameUnlessPunctuated(string text, string rest) =>
        Assert.Equal(rest, LeadingFillers.StripForValue(text));

    [Theory]
    [InlineData("how many days do i have left?", true)]
    [InlineData("how many days do i have left", true)]
    [InlineData("can I leave it empty", true)]
    [InlineData("남은 휴가가 며칠이야?", true)]
    [InlineData("연차 몇 개 남았어", true)]
    [InlineData("잔여 휴가 알 수 있나요", true)]
    [InlineData("annual", false)]
    [InlineData("아무때나", false)]
    [InlineData("언제든지 괜찮아요", false)]
    [InlineData("몰라요", false)]
    [InlineData("next monday to wednesday", false)]
    public void IsQuestion_TellsQuestionsFromAnswers(string text, bool question) =>
        Assert.Equal(question, Questions.IsQuestion(text));

    [Theory]
    [InlineData("그만할게", true)]
    [InlineData("그만 할게요", true)]
    [InlineData("그만둘래요", true)]
    [InlineData("안할래요", true)]
    [InlineData("관둘게", true)]
    [InlineData("취소해주세요 ㅠㅠ", true)]
    [InlineData("됐어요", true)]
    [InlineData("하지 마세요", true)]
    [InlineData("stop it", true)]
    [InlineData("nvm", true)]
    [InlineData("never mind that", true)]
    [InlineData("could you cancel the request", true)]
    [InlineData("그만", true)]
    [InlineData("취소 수수료", false)]
    [InlineData("그만두기 캠페인", false)]
    [InlineData("안녕하세요", false)]
    [InlineData("다 됐어요", false)]
    [InlineData("stop shop", false)]
    [InlineData("quit smoking co", false)]
    public void IsCancel_ReadsKoreanEndingsAndSpacingButNotValues(string text, bool cancel) =>
        Assert.Equal(cancel, ShortAnswers.IsCancel(TextFeatures.Normalize(text)));

    [Theory]
    [InlineData("hey what can you do?", true)]
    [InlineData("Hi there! What else can you do for me?", true)]
    [InlineData("how can you help me", true)]
    [InlineData("what are your features", true)]
    [InlineData("안녕, 뭐 할 수 있어?", true)]
    [InlineData("넌 뭘 할 줄 알아?", true)]
    [InlineData("어떤 기능이 있어요?", true)]
    [InlineData("사용법 알려줘", true)]
    [InlineData("help me submit an expense", false)]
    [InlineData("what can you do about my expense", false)]
    [InlineData("hey", false)]
    [InlineData("뭐 할 수 있어 경비", false)]
    public void IsHelp_ReadsEverydayFormsAfterAGreetingButNotRequests(string text, bool help) =>
        Assert.Equal(help, ShortAnswers.IsHelp(TextFeatures.Normalize(text)));

    [Theory]
    [InlineData("ㅇㅇ")]
    [InlineData("ㅇㅋ")]
    public void IsYes_ReadsLoneHangulLettersAsTyped(string text) =>
        Assert.True(ShortAnswers.IsYes(TextFeatures.Normalize(text)));

    [Theory]
    [InlineData("어제가 아니라 그제야", null, "그제", "어제")]
    [InlineData("화요일 말고 목요일로", null, "목요일", "화요일")]
    [InlineData("not yesterday, the day before", null, "the day before", "yesterday")]
    [InlineData("Thursday, not Tuesday", null, "Thursday", "Tuesday")]
    [InlineData("아 업체명은 미래상사(주)로 해주세요", "업체명", "미래상사(주)", null)]
    [InlineData("업체명 미래상사(주)로", "업체명", "미래상사(주)", null)]
    [InlineData("날짜는 목요일로", "날짜", "목요일", null)]
    [InlineData("make the name Mirae Trading", "name", "Mirae Trading", null)]
    [InlineData("make the vendor name Mirae Trading", "vendor name", "Mirae Trading", null)]
    [InlineData("change the vendor name to Mirae Trading, not Mirae", "vendor name", "Mirae Trading", "Mirae")]
    [InlineData("미래 말고 업체명은 미래상사로 바꿔줘", "업체명", "미래상사", "미래")]
    public void Parse_ReadsTheFieldTheValueAndTheValueReplaced(string text, string? label, string value, string? old)
    {
        var names = new[] { "업체명", "날짜", "name", "vendor name" };

        var correction = Corrections.Parse(text, names.Contains);

        Assert.Equal((label, value, old), (correction?.Label, correction?.Value, correction?.Old));
    }

    [Theory]
    [InlineData("the day before", -1)]
    [InlineData("a day later", 1)]
    [InlineData("전날이요", -1)]
    [InlineData("하루 뒤로", 1)]
    [InlineData("Friday", null)]
    public void DayShift_ReadsDaysMovedRelativeToTheDateHeld(string value, int? days) =>
        Assert.Equal(days, Corrections.DayShift(value));
}
