using ChatFlow.Skills.Recognition;

namespace ChatFlow.Skills.Tests.Recognition;

/// <summary>Requests phrased with an intention ending (<c>-려고요</c>, <c>-려구요</c>, <c>-려는데요</c>, <c>-ㄹ까 해요</c>),
/// with a word that names a choice (<c>육아휴직</c>), or made of dates and a leave type without a verb, reach their
/// skill: the recogniser scores the ending as examples write it and leaves the values out.</summary>
public class KoreanIntentRecognitionTests
{
    private static readonly Lazy<EmbeddedIntentRecognizer> Shipped = new(() => new(TestCatalogs.Real()));

    [Theory]
    [InlineData("12월 1일부터 2주간 육아휴직 신청하려고요", "hr.timeoff.request")]
    [InlineData("12월 1일부터 육아휴직 신청하려고요", "hr.timeoff.request")]
    [InlineData("육아휴직 신청하려구요", "hr.timeoff.request")]
    [InlineData("다음주에 출산휴가 쓰려구요", "hr.timeoff.request")]
    [InlineData("12월 4일 금요일부터 12월 7일 월요일까지 연차", "hr.timeoff.request")]
    [InlineData("연차 쓸까 하는데요", "hr.timeoff.request")]
    [InlineData("경비 청구하려는데요", "erp.expense.submit")]
    [InlineData("급여명세서 보려고요", "hr.payslip.show")]
    public void Recognize_IntentionEndingOrValueWords_PicksTheSkill(string utterance, string skill) =>
        Assert.Equal(skill, Shipped.Value.Recognize(utterance, "ko-KR").TopSkillId);

    [Fact]
    public void Recognize_ParentalLeaveWithIntentionEnding_ReadsTheTypeAndDates()
    {
        var result = Shipped.Value.Recognize("12월 1일부터 2주간 육아휴직 신청하려고요", "ko-KR");

        Assert.Equal("parental", result.Slots["type"]);
        Assert.Equal("12월 1일부터 2주간", result.Slots["dates"]);
    }

    [Theory]
    [InlineData("신청하려고요", "신청할게요")]
    [InlineData("휴가 신청하려구요", "휴가 신청할게요")]
    [InlineData("신청할려고요", "신청할게요")]
    [InlineData("연차 쓰려고 합니다", "연차 쓸게요")]
    [InlineData("휴가 내려는데요", "휴가 낼게요")]
    [InlineData("돈 받으려고요", "돈 받을게요")]
    [InlineData("연차 쓸까 해요", "연차 쓸게요")]
    [InlineData("어디까 해요", "어디까 해요")]
    [InlineData("고려해 주세요", "고려해 주세요")]
    [InlineData("request time off", "request time off")]
    public void Normalize_IntentionEnding_IsWrittenAsExamplesWriteIt(string text, string expected) =>
        Assert.Equal(expected, KoreanIntentEndings.Normalize(text));
}
