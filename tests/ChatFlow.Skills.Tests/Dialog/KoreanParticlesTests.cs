using ChatFlow.Skills.Dialog;

namespace ChatFlow.Skills.Tests.Dialog;

public class KoreanParticlesTests
{
    [Theory]
    [InlineData("동료 찾기을(를) 시작할게요.", "동료 찾기를 시작할게요.")]
    [InlineData("휴가 신청을(를) 진행할게요.", "휴가 신청을 진행할게요.")]
    [InlineData("금액은(는) 필수 항목입니다.", "금액은 필수 항목입니다.")]
    [InlineData("업체명은(는) 필수 항목입니다.", "업체명은 필수 항목입니다.")]
    [InlineData("주소은(는) 필수 항목입니다.", "주소는 필수 항목입니다.")]
    [InlineData("담당자이(가) 없습니다.", "담당자가 없습니다.")]
    [InlineData("사람과(와) 부서", "사람과 부서")]
    [InlineData("금액을(를) 5만원(으)로 바꿨어요.", "금액을 5만원으로 바꿨어요.")]
    [InlineData("종류을(를) 병가(으)로 바꿨어요.", "종류를 병가로 바꿨어요.")]
    [InlineData("주소을(를) 서울(으)로 바꿨어요.", "주소를 서울로 바꿨어요.")]
    [InlineData("업체 **한빛상사**을(를) 등록했습니다.", "업체 **한빛상사**를 등록했습니다.")]
    [InlineData("지금 \"경비 청구\"을(를) 진행 중이에요.", "지금 \"경비 청구\"를 진행 중이에요.")]
    [InlineData("경비 **EXP-1001**을(를) 청구했습니다.", "경비 **EXP-1001**을 청구했습니다.")]
    [InlineData("금액을(를) 45000(으)로", "금액을 45000으로")]
    [InlineData("주소을(를) 세종대로 12(으)로 바꿨어요.", "주소를 세종대로 12로 바꿨어요.")]
    [InlineData("번호을(를) 110-22-33333(으)로", "번호를 110-22-33333으로")]
    [InlineData("7(으)로", "7로")]
    [InlineData("이메일을(를) a@b.kr(으)로 바꿨어요.", "이메일을 a@b.kr(으)로 바꿨어요.")]
    [InlineData("다시 하려면 \"휴가 신청\"(이)라고 말해 주세요.", "다시 하려면 \"휴가 신청\"이라고 말해 주세요.")]
    [InlineData("다시 하려면 \"경비 청구\"(이)라고 말해 주세요.", "다시 하려면 \"경비 청구\"라고 말해 주세요.")]
    [InlineData("\"동료 찾기\"(이)라는 기능", "\"동료 찾기\"라는 기능")]
    [InlineData("\"송장 조회\"(이)라는 기능", "\"송장 조회\"라는 기능")]
    [InlineData("\"업체 등록\"(이)라는 기능", "\"업체 등록\"이라는 기능")]
    [InlineData("(으)로 시작", "(으)로 시작")]
    [InlineData("3월 2일 (월)(으)로", "3월 2일 (월)로")]
    [InlineData("no particles here (at all)", "no particles here (at all)")]
    public void Resolve_PicksTheFormTheSyllableBeforeTakes(string text, string expected) =>
        Assert.Equal(expected, KoreanParticles.Resolve(text));
}
