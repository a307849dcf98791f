using ChatFlow.Skills.Conversations;
using ChatFlow.Skills.Dialog;
using ChatFlow.Skills.Manifests;
using ChatFlow.Skills.Recognition;

namespace ChatFlow.Skills.Tests.Dialog;

/// <summary>The shipped skills on Tuesday 24 November 2026, 10:00 in Seoul, when people step out of the form: cancel
/// phrases with Korean endings and spacing, corrections in the words people use at the confirmation, a filler before
/// another request, a question in the middle of a form, thanks with something added.</summary>
public class EverydayInterruptionsDialogTests
{
    private static readonly SkillCatalog Shipped = ShippedDialog.Catalog;
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 1, 0, 0, TimeSpan.Zero);
    private static readonly ShippedDialog Dialog = new(Now);
    private static readonly DialogEngine Shared = ShippedDialog.Engine;

    private static Turn Text(string text, string locale) => Dialog.Text(text, locale);

    private static DialogStep Run(params string[] texts) => RunIn("en-US", texts);

    private static DialogStep RunKo(params string[] texts) => RunIn("ko-KR", texts);

    private static DialogStep RunIn(string locale, string[] texts) => Dialog.Run(locale, texts);

    private static string Said(DialogStep step) => ShippedDialog.Said(step);

    private static readonly string[] KoreanVendorToConfirmation =
        ["벤더 등록 부탁해요", "미래상사", "110-22-33333", "부산시 해운대구 센텀로 10", "mirae@example.kr"];

    private static readonly string[] EnglishVendorToConfirmation =
        ["register a vendor", "Mirae Trading", "110-22-33333", "10 Centum-ro, Busan", "mirae@example.kr"];

    [Theory]
    [InlineData("그만할게")]
    [InlineData("그만할래요")]
    [InlineData("그만 할게요")]
    [InlineData("그만할래")]
    [InlineData("그만둘래")]
    [InlineData("그만 둘게요")]
    [InlineData("안 할래")]
    [InlineData("안할래요")]
    [InlineData("안 할게요")]
    [InlineData("취소할게")]
    [InlineData("취소할래요")]
    [InlineData("취소 해 주세요")]
    [InlineData("관둘래")]
    [InlineData("관둬요")]
    [InlineData("됐어요")]
    [InlineData("그냥 그만할게요 ㅠㅠ")]
    [InlineData("이거 취소해줘")]
    [InlineData("아 그만할래")]
    [InlineData("전부 취소해줘")]
    [InlineData("stop it")]
    [InlineData("forget it")]
    [InlineData("cancel that")]
    [InlineData("never mind that")]
    [InlineData("quit")]
    [InlineData("nvm")]
    [InlineData("can you cancel this request")]
    [InlineData("i'd like to stop")]
    [InlineData("actually, forget it")]
    public void Handle_CancelPhraseWhileAskedForAName_CancelsInsteadOfTakingItAsTheName(string cancel)
    {
        var step = RunKo("신규 거래처 추가", cancel);

        Assert.Equal(DialogPhase.Idle, step.State.Phase);
        Assert.False(step.State.Slots.ContainsKey("vendorName"));
        Assert.Null(step.Invocation);
    }

    [Theory]
    [InlineData("취소 수수료", "취소 수수료")]
    [InlineData("그만두기 상사", "그만두기 상사")]
    [InlineData("Stop & Shop", "Stop & Shop")]
    [InlineData("Quit Smoking Co", "Quit Smoking Co")]
    [InlineData("Never Mind Records", "Never Mind Records")]
    [InlineData("Oh Minsu Trading", "Oh Minsu Trading")]
    [InlineData("Well Made Co", "Well Made Co")]
    [InlineData("oh, Mirae Trading", "Mirae Trading")]
    public void Handle_NameThatMerelyStartsWithACancelOrFillerWord_IsTheName(string answer, string name)
    {
        var step = Run("register a vendor", answer);

        Assert.Equal((DialogPhase.Collecting, name), (step.State.Phase, step.State.Slots.GetValueOrDefault("vendorName")));
    }

    [Fact]
    public void Handle_CancelPhraseForTheAmount_Cancels()
    {
        var step = RunKo("경비 청구", "그만할래요");

        Assert.Equal(DialogPhase.Idle, step.State.Phase);
        Assert.Contains("취소", Said(step), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("아 업체명은 미래상사(주)로 해주세요")]
    [InlineData("업체명은 미래상사(주)로")]
    [InlineData("업체명 미래상사(주)로")]
    [InlineData("업체명을 미래상사(주)로 바꿔줘")]
    [InlineData("미래상사가 아니라 미래상사(주)예요")]
    [InlineData("미래상사(주)로 해주세요")]
    public void Handle_KoreanNameCorrectionAtConfirmation_ChangesTheName(string correction)
    {
        var step = RunKo([.. KoreanVendorToConfirmation, correction]);

        Assert.Equal((DialogPhase.Confirming, "미래상사(주)"), (step.State.Phase, step.State.Slots["vendorName"]));
        Assert.Contains("미래상사(주)", Said(step), StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_YesAfterACorrection_RegistersTheCorrectedName()
    {
        var step = RunKo([.. KoreanVendorToConfirmation, "아 업체명은 미래상사(주)로 해주세요", "네"]);

        Assert.Equal("미래상사(주)", step.Invocation?.Arguments["name"]);
    }

    [Theory]
    [InlineData("actually the name is Mirae Trading Ltd")]
    [InlineData("make the name Mirae Trading Ltd")]
    [InlineData("make the vendor name Mirae Trading Ltd")]
    [InlineData("oh wait, the name should be Mirae Trading Ltd")]
    public void Handle_EnglishNameCorrectionAtConfirmation_ChangesTheName(string correction)
    {
        var step = Run([.. EnglishVendorToConfirmation, correction]);

        Assert.Equal((DialogPhase.Confirming, "Mirae Trading Ltd"), (step.State.Phase, step.State.Slots["vendorName"]));
    }

    [Theory]
    [InlineData("아 날짜는 그저께로")]
    [InlineData("날짜 그저께로 해주세요")]
    [InlineData("어제가 아니라 그제야")]
    [InlineData("어제 말고 그제로")]
    [InlineData("not yesterday, the day before")]
    [InlineData("not yesterday but Nov 22")]
    [InlineData("Nov 22, not yesterday")]
    [InlineData("아 어제 말고 하루 전날이요")]
    public void Handle_DateCorrectionAtConfirmation_ChangesTheDate(string correction)
    {
        var step = RunKo("어제 점심 식대 2만원 청구", correction);

        Assert.Equal((DialogPhase.Confirming, "2026-11-22"), (step.State.Phase, step.State.Slots["date"]));
    }

    [Fact]
    public void Handle_AnswerWithNotInIt_IsTheAnswerWhenNoFieldHoldsEitherValue()
    {
        var step = Run("register a vendor", "Mirae Trading", "110-22-33333", "12 Main St, not the PO box");

        Assert.Equal(("12 Main St, not the PO box", "contactEmail"), (step.State.Slots["address"], step.State.PendingSlot));
    }

    [Fact]
    public void Handle_DateCorrectionWhileCollecting_ChangesTheDateAndAsksOn()
    {
        var step = RunKo("경비 청구", "2만원", "어제", "어제가 아니라 그제야");

        Assert.Equal(("2026-11-22", "category"), (step.State.Slots["date"], step.State.PendingSlot));
    }

    [Theory]
    [InlineData("아 날짜는 목요일로")]
    [InlineData("기간은 목요일로 해주세요")]
    public void Handle_KoreanDaysCorrectionAtConfirmation_IsAppliedToTheDates(string correction)
    {
        var step = RunKo("연차 쓸게요", "다음 주 화요일", correction);

        Assert.Equal(DialogPhase.Confirming, step.State.Phase);
        Assert.NotEqual("2026-12-01/2026-12-01", step.State.Slots["dates"]);
        Assert.Contains("바꿨어요", Said(step), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("actually, show me my payslip for october", "hr.payslip.show")]
    [InlineData("wait, show me my payslip", "hr.payslip.show")]
    [InlineData("um, who is Bob's manager?", "directory.person.find")]
    public void Handle_FillerBeforeAnotherRequestInTimeOff_AsksWhetherToSwitch(string text, string other)
    {
        var step = Run("request time off", text);

        Assert.Equal((other, "hr.timeoff.request"), (step.State.SwitchTo, step.State.SkillId));
        Assert.Contains("Stop it and start", Said(step), StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_FillerBeforeAQuestionForAnotherSkillInAnExpense_AsksWhetherToSwitch()
    {
        var step = Run("submit an expense", "20 dollars", "wait, who is Bob's manager?");

        Assert.Equal("directory.person.find", step.State.SwitchTo);
        Assert.DoesNotContain("Which field", Said(step), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("oh yes", "erp.expense.submit")]
    [InlineData("hmm, no", "hr.timeoff.request")]
    public void Handle_FillerBeforeTheAnswerToTheSwitchQuestion_ReadsTheAnswer(string answer, string skill)
    {
        var step = Run("request time off", "actually I need to submit an expense", answer);

        Assert.Equal((skill, null, DialogPhase.Collecting), (step.State.SkillId, step.State.SwitchTo, step.State.Phase));
    }

    [Fact]
    public void Handle_SwitchAfterAFiller_StartsTheOtherSkillWithTheValuesItGave()
    {
        var step = Run("request time off", "actually, show me my payslip for october", "yes");

        Assert.Equal(("hr.payslip.show", "2026-10"), (step.Invocation?.SkillId, step.Invocation?.Arguments["month"]));
    }

    [Theory]
    [InlineData("actually 50,000원", "amount", "50000 KRW")]
    [InlineData("actually, make it 50,000원", "amount", "50000 KRW")]
    [InlineData("wait, the amount is 30 dollars", "amount", "30.00 USD")]
    public void Handle_CorrectionAfterAFiller_IsStillACorrection(string text, string slot, string value)
    {
        var step = Run("submit an expense", "20 dollars", text);

        Assert.Null(step.State.SwitchTo);
        Assert.Equal(value, step.State.Slots[slot]);
    }

    [Fact]
    public void Handle_ActuallyMakeItSickLeave_AtConfirmation_ChangesTheType()
    {
        var step = Run("can I take next friday off", "annual", "actually make it sick leave");

        Assert.Equal((DialogPhase.Confirming, "sick", null), (step.State.Phase, step.State.Slots["type"], step.State.SwitchTo));
    }

    [Theory]
    [InlineData("how many days do i have left?")]
    [InlineData("how many days do i have left")]
    [InlineData("what's my balance?")]
    [InlineData("um, why do you need that?")]
    public void Handle_QuestionWhileAskedForTheType_SaysItCannotAnswerAndAsksAgainWithoutAFailure(string question)
    {
        var step = Run("time off please", "dec 21 to dec 24", question);

        Assert.Equal(("type", 0, DialogPhase.Collecting), (step.State.PendingSlot, step.State.FailureCount, step.State.Phase));
        Assert.StartsWith("I can't answer that here. Which type", Said(step), StringComparison.Ordinal);
        Assert.DoesNotContain("not valid", Said(step), StringComparison.Ordinal);
        Assert.Equal(5, step.Replies[0].SuggestedActions.Count);
    }

    [Theory]
    [InlineData("남은 휴가가 며칠이야?")]
    [InlineData("잔여 휴가 알 수 있나요")]
    [InlineData("왜 필요해요")]
    public void Handle_KoreanQuestionMidForm_AnswersInKoreanWithoutAFailure(string question)
    {
        var step = RunKo("휴가 신청", "12월 21일부터 24일까지", question);

        Assert.Equal(("type", 0), (step.State.PendingSlot, step.State.FailureCount));
        Assert.StartsWith("여기서는 그 질문에 답해 드릴 수 없어요. 어떤 휴가인가요", Said(step), StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_InvalidAnswersThatAreNotQuestions_StillCountAndEndTheRunAtThree()
    {
        var step = RunKo("휴가 신청", "아무때나", "몰라요", "글쎄");

        Assert.Equal(DialogPhase.Idle, step.State.Phase);
        Assert.Contains("다시 하려면 \"휴가 신청\"이라고 말해 주세요", Said(step), StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_QuestionAtAFreeTextField_IsNotTakenAsTheName()
    {
        var step = Run("register a vendor", "what should I put here?");

        Assert.Equal(("vendorName", 0), (step.State.PendingSlot, step.State.FailureCount));
        Assert.False(step.State.Slots.ContainsKey("vendorName"));
    }

    [Theory]
    [InlineData("thanks, you're great", "You're welcome")]
    [InlineData("thanks a lot!", "You're welcome")]
    [InlineData("thank you so much :)", "You're welcome")]
    [InlineData("thanks lol", "You're welcome")]
    [InlineData("고마워요 ㅎㅎ", "천만에요")]
    [InlineData("고마워요ㅎㅎ", "천만에요")]
    [InlineData("정말 고마워요^^", "천만에요")]
    [InlineData("진짜 감사합니다!!", "천만에요")]
    [InlineData("많이 고마워요~", "천만에요")]
    [InlineData("감사해요 ㅋㅋ", "천만에요")]
    [InlineData("안녕하세요 ㅎㅎ", "안녕하세요!")]
    [InlineData("hi there :)", "Hi!")]
    public void Handle_SmallTalkWithSomethingAdded_AnswersPolitely(string text, string expected)
    {
        var said = Said(RunIn(text.Any(c => c >= '가' && c <= '힣') ? "ko-KR" : "en-US", [text]));

        Assert.StartsWith(expected, said, StringComparison.Ordinal);
        Assert.DoesNotContain("can't help", said, StringComparison.Ordinal);
        Assert.DoesNotContain("도와드릴 수 없어요", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("thanks, now look up invoice INV-2025-0101")]
    [InlineData("고마워요 근데 송장 조회해줘")]
    public void Handle_ThanksFollowedByARequest_IsTheRequest(string text)
    {
        var step = RunIn(text.Any(c => c >= '가' && c <= '힣') ? "ko-KR" : "en-US", [text]);

        Assert.DoesNotContain("You're welcome", Said(step), StringComparison.Ordinal);
        Assert.DoesNotContain("천만에요", Said(step), StringComparison.Ordinal);
    }
}
