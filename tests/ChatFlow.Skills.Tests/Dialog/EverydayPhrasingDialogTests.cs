using ChatFlow.Skills.Conversations;
using ChatFlow.Skills.Dialog;
using ChatFlow.Skills.Manifests;
using ChatFlow.Skills.Recognition;

namespace ChatFlow.Skills.Tests.Dialog;

/// <summary>The shipped skills answered the way people actually type, in English and Korean, on Wednesday 4 March
/// 2026, 10:00 in Seoul: small talk, yes and no with words around them, cancels in a sentence, asking for the
/// choices, corrections without a field name, one end of a date range moved, and ranges said as "3 days starting
/// Monday" or "Thursday and Friday".</summary>
public class EverydayPhrasingDialogTests
{
    private static readonly SkillCatalog Shipped = TestCatalogs.Real();
    private static readonly DateTimeOffset Now = new(2026, 3, 4, 1, 0, 0, TimeSpan.Zero);
    private static readonly DialogEngine Shared = new(Shipped, new EmbeddedIntentRecognizer(Shipped));

    private static Turn Text(string text) => new()
    {
        TurnId = Guid.NewGuid().ToString("N"), Channel = "directline", ConversationId = "c1",
        User = new ChannelUser("u1", "Alice"), Text = text, Locale = "en-US", ReceivedAtMs = Now.ToUnixTimeMilliseconds(),
    };

    private static DialogStep Run(params string[] texts)
    {
        var step = new DialogStep(DialogState.Initial(), [], null);
        foreach (var text in texts)
        {
            step = Shared.Handle(step.State, Text(text));
        }

        return step;
    }

    private static string Said(DialogStep step) => string.Join("\n", step.Replies.Select(r => r.Text));

    [Theory]
    [InlineData("hi there", "Hi!")]
    [InlineData("Hello!", "Hi!")]
    [InlineData("안녕하세요", "안녕하세요!")]
    public void Handle_Greeting_SaysHelloAndWhatItCanDo(string text, string hello)
    {
        var step = Run(text);

        Assert.StartsWith(hello, Said(step), StringComparison.Ordinal);
        Assert.DoesNotContain("can't help", Said(step), StringComparison.Ordinal);
        Assert.DoesNotContain("도와드릴 수 없어요", Said(step), StringComparison.Ordinal);
        Assert.Equal(6, step.Replies[0].SuggestedActions.Count);
        Assert.Equal(DialogPhase.Idle, step.State.Phase);
    }

    [Theory]
    [InlineData("thanks!", "You're welcome")]
    [InlineData("thank you so much", "You're welcome")]
    [InlineData("고마워요", "천만에요")]
    [InlineData("감사합니다", "천만에요")]
    [InlineData("bye", "Bye")]
    public void Handle_ThanksOrGoodbye_AnswersPolitelyWithoutTheHelpList(string text, string expected)
    {
        var said = Said(Run(text));

        Assert.StartsWith(expected, said, StringComparison.Ordinal);
        Assert.DoesNotContain("•", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("yes that's right")]
    [InlineData("looks good")]
    [InlineData("yep go ahead")]
    [InlineData("sounds good, thanks")]
    [InlineData("응 맞아")]
    [InlineData("네 맞습니다")]
    [InlineData("네 진행해 주세요")]
    [InlineData("좋아요 부탁드려요")]
    [InlineData("네 신청해 주세요")]
    [InlineData("submit it")]
    public void Handle_YesWithWordsAround_AtConfirmation_Runs(string yes)
    {
        var step = Run("I want to file a sick day for tomorrow", yes);

        Assert.Equal("hr.timeoff.request", step.Invocation?.SkillId);
    }

    [Theory]
    [InlineData("no thanks")]
    [InlineData("nope, not now")]
    [InlineData("아니요 괜찮아요")]
    [InlineData("아니 됐어")]
    public void Handle_NoWithWordsAround_AtConfirmation_Cancels(string no)
    {
        var step = Run("I want to file a sick day for tomorrow", no);

        Assert.Null(step.Invocation);
        Assert.Equal(DialogPhase.Idle, step.State.Phase);
        Assert.Contains("Nothing was changed", Said(step), StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_YesFollowedByAChange_IsNotAYes()
    {
        var step = Run("I want to file a sick day for tomorrow", "ok but change the type");

        Assert.Null(step.Invocation);
        Assert.Equal(DialogPhase.Confirming, step.State.Phase);
    }

    [Theory]
    [InlineData("cancel it please")]
    [InlineData("just cancel")]
    [InlineData("forget about it")]
    [InlineData("그냥 취소해 주세요")]
    [InlineData("없던 걸로 해줘")]
    [InlineData("안 할래")]
    [InlineData("Oops wrong one, cancel that")]
    [InlineData("앗 잘못 눌렀어 취소")]
    public void Handle_CancelInASentence_WhileCollecting_Cancels(string cancel)
    {
        var step = Run("request time off", cancel);

        Assert.Equal(DialogPhase.Idle, step.State.Phase);
        Assert.Null(step.Invocation);
    }

    [Theory]
    [InlineData("what are my options?", "Which type")]
    [InlineData("뭐가 있어?", "어떤 휴가인가요")]
    public void Handle_AskingForTheChoices_ListsThemWithoutCountingAFailure(string question, string prompt)
    {
        var step = Run("take time off from next monday to wednesday", question);

        Assert.StartsWith(prompt, Said(step), StringComparison.Ordinal);
        Assert.DoesNotContain("not valid", Said(step), StringComparison.Ordinal);
        Assert.Equal((0, 5), (step.State.FailureCount, step.Replies[0].SuggestedActions.Count));
    }

    [Theory]
    [InlineData("actually make it annual", "annual")]
    [InlineData("annual leave instead", "annual")]
    [InlineData("make it family care", "family")]
    [InlineData("병가로 바꿔줘", "sick")]
    public void Handle_ChoiceNamedWithoutItsField_AtConfirmation_ChangesThatChoice(string correction, string type)
    {
        var step = Run("I need time off next monday, parental leave", correction);

        Assert.Equal((DialogPhase.Confirming, type), (step.State.Phase, step.State.Slots["type"]));
    }

    [Theory]
    [InlineData("no wait, make it Friday", "2026-03-06/2026-03-06")]
    [InlineData("actually until Friday", "2026-03-05/2026-03-06")]
    [InlineData("아니 금요일까지", "2026-03-05/2026-03-06")]
    public void Handle_DateCorrection_AtConfirmation_ChangesTheDates(string correction, string dates)
    {
        var step = Run("I want to file a sick day for tomorrow", correction);

        Assert.Equal((DialogPhase.Confirming, dates), (step.State.Phase, step.State.Slots["dates"]));
    }

    [Theory]
    [InlineData("아니 27일까지", "2026-03-24/2026-03-27")]
    [InlineData("actually until the 28th", "2026-03-24/2026-03-28")]
    [InlineData("make it start on the 23rd", "2026-03-23/2026-03-26")]
    public void Handle_OneEndOfTheRangeMoved_KeepsTheOtherEnd(string correction, string dates)
    {
        var step = Run("3월 24일부터 26일까지 연차", correction);

        Assert.Equal(dates, step.State.Slots["dates"]);
    }

    [Theory]
    [InlineData("I need 3 days off starting Monday", "2026-03-09/2026-03-11")]
    [InlineData("time off this thursday and friday", "2026-03-05/2026-03-06")]
    [InlineData("off tomorrow and the day after", "2026-03-05/2026-03-06")]
    [InlineData("내일이랑 모레 휴가 쓸게", "2026-03-05/2026-03-06")]
    [InlineData("vacation Dec 22 through Jan 2", "2026-12-22/2027-01-02")]
    [InlineData("오늘부터일주일병가쓸게", "2026-03-04/2026-03-10")]
    [InlineData("다음주월요일부터3일휴가", "2026-03-09/2026-03-11")]
    public void Handle_RangeSaidEveryDay_FillsBothEnds(string request, string dates)
    {
        var step = Run(request);

        Assert.Equal(dates, step.State.Slots["dates"]);
    }

    [Theory]
    [InlineData("keep going")]
    [InlineData("no thanks")]
    [InlineData("계속할게요")]
    [InlineData("아니 계속")]
    public void Handle_CarryOnAnswerToTheSwitchQuestion_KeepsTheCurrentSkill(string answer)
    {
        var step = Run("request time off", "actually I need to submit an expense", answer);

        Assert.Equal(("hr.timeoff.request", DialogPhase.Collecting), (step.State.SkillId, step.State.Phase));
        Assert.Null(step.State.SwitchTo);
    }

    [Fact]
    public void Handle_KoreanDayWordInAnEnglishRun_SwitchesTheRepliesToKorean()
    {
        var step = Run("request time off", "내일");

        Assert.Equal("ko", step.State.Language);
        Assert.StartsWith("어떤 휴가인가요", Said(step), StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_WonAmountInAnEnglishRun_KeepsEnglish()
    {
        var step = Run("submit an expense", "45,000원");

        Assert.Equal("en", step.State.Language);
    }

    [Fact]
    public void Handle_WordsAboutTheAskedField_AreAWrongAnswerNotASkillSwitch()
    {
        var step = Run("register vendor Hanbit Trading at 12 Sejong-daero, Seoul", "123-45-67890", "not an email");

        Assert.Null(step.State.SwitchTo);
        Assert.Equal(("contactEmail", 1), (step.State.PendingSlot, step.State.FailureCount));
        Assert.Contains("Which email", Said(step), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("김민수 님 찾아줘", "김민수")]
    [InlineData("이서연 과장님 연락처 알려줘", "이서연")]
    [InlineData("박지훈씨 찾아줘", "박지훈")]
    public void Handle_KoreanNameWithHonorific_SearchesForTheName(string request, string name)
    {
        var step = Run(request);

        Assert.Equal(("directory.person.find", name), (step.Invocation?.SkillId, step.Invocation?.Arguments["query"]));
    }

    [Theory]
    [InlineData("who's Carol?", "Carol")]
    [InlineData("what's Bob Kim's email address", "Bob Kim")]
    public void Handle_ContractedQuestion_FillsTheSlotLikeTheExample(string request, string person)
    {
        var step = Run(request);

        Assert.Equal(person, step.Invocation?.Arguments["query"]);
    }

    [Fact]
    public void Handle_ChoiceNamedWhileAnotherFieldIsAsked_FillsTheChoiceAndAsksAgainWithoutAFailure()
    {
        var step = Run("request time off", "family");

        Assert.Equal(("family", "dates", 0), (step.State.Slots["type"], step.State.PendingSlot, step.State.FailureCount));
        Assert.StartsWith("Which days", Said(step), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("memo: client lunch", "client lunch")]
    [InlineData("add a memo saying client lunch", "client lunch")]
    [InlineData("메모는 팀 회식으로 해줘", "팀 회식")]
    public void Handle_FieldNamedWithItsValue_AtConfirmation_ChangesThatField(string correction, string memo)
    {
        var step = Run("expense 30 dollars for office supplies yesterday", correction);

        Assert.Equal((memo, "supplies"), (step.State.Slots["memo"], step.State.Slots["category"]));
    }

    [Theory]
    [InlineData("reason is kid's school event", "kid's school event")]
    [InlineData("사유는 개인 사정", "개인 사정")]
    public void Handle_FieldIsValue_AtConfirmation_SetsThatField(string text, string reason)
    {
        var step = Run("I want to file a sick day for tomorrow", text);

        Assert.Equal((DialogPhase.Confirming, reason), (step.State.Phase, step.State.Slots["reason"]));
    }

    [Theory]
    [InlineData("look up invoices from Hanbit", "erp.invoice.lookup", "q", "Hanbit")]
    [InlineData("한빛상사 송장 있어?", "erp.invoice.lookup", "q", "한빛상사")]
    [InlineData("김철수 팀장님 연락처 알려줘", "directory.person.find", "query", "김철수")]
    [InlineData("Hey! Could you pull up Alice's contact info?", "directory.person.find", "query", "Alice")]
    [InlineData("Pull up Alice's contact info", "directory.person.find", "query", "Alice")]
    [InlineData("I need to see the invoices from Bank of Korea", "erp.invoice.lookup", "q", "Bank of Korea")]
    public void Handle_FreeTextValueInAnUnseenPhrasing_IsTakenFromTheWordsTheExamplesNeverUse(string text, string skill, string argument, string value)
    {
        var step = Run(text);

        Assert.Equal((skill, value), (step.Invocation?.SkillId, step.Invocation?.Arguments[argument]));
    }

    [Theory]
    [InlineData("박지훈 어디 소속이야", "박지훈")]
    [InlineData("박지훈 직급이 뭐야", "박지훈")]
    [InlineData("who is Bob's manager?", "Bob")]
    [InlineData("whats minji's email", "minji")]
    [InlineData("한빛 송장 좀 보여줘", "한빛")]
    [InlineData("한빛에 줄 돈 얼마야?", "한빛")]
    public void Handle_NameWithAQuestionParticleOrPossessive_LooksUpTheNameAlone(string text, string value)
    {
        var step = Run(text);

        Assert.Equal(value, step.Invocation?.Arguments.Values.Single());
    }

    [Theory]
    [InlineData("사람 찾아줘")]
    [InlineData("동료 좀 찾아줘")]
    [InlineData("find someone")]
    [InlineData("look up a coworker")]
    public void Handle_RequestNamingNoOne_AsksWhomInsteadOfSearching(string text)
    {
        var step = Run(text);

        Assert.Null(step.Invocation);
        Assert.Equal(("directory.person.find", "person"), (step.State.SkillId, step.State.PendingSlot));
    }

    [Fact]
    public void Handle_VendorWithEveryFieldInOneSentence_GoesToTheConfirmation()
    {
        var step = Run("please register Blue Ocean Foods as a vendor, BRN 214-86-55555, address 77 Teheran-ro, Gangnam-gu, Seoul, contact orders@blueocean.example");

        Assert.Equal((DialogPhase.Confirming, "Blue Ocean Foods", "77 Teheran-ro, Gangnam-gu, Seoul"),
            (step.State.Phase, step.State.Slots["vendorName"], step.State.Slots["address"]));
    }

    [Theory]
    [InlineData("i wanna register a supplier called Blue Harbor", "Blue Harbor")]
    [InlineData("register a new vendor named Green Leaf Co, email hello@greenleaf.example", "Green Leaf Co")]
    [InlineData("한빛상사라는 업체 등록해줘", "한빛상사")]
    public void Handle_NameIntroducedAsSuch_FillsTheNameField(string text, string name)
    {
        var step = Run(text);

        Assert.Equal(("erp.vendor.register", name), (step.State.SkillId, step.State.Slots.GetValueOrDefault("vendorName")));
    }

    [Theory]
    [InlineData("register the vendor Seoul Foods, BRN 456-78-90123, 5 Jongno-ro Seoul, orders@seoulfoods.example", "Seoul Foods", "5 Jongno-ro Seoul")]
    [InlineData("업체 등록해줘 블루하버상사, 456-78-90123, 부산시 해운대구 7, orders@seoulfoods.example", "블루하버상사", "부산시 해운대구 7")]
    public void Handle_OneLineVendorWithCommas_FillsNameAndAddressInOrder(string text, string name, string address)
    {
        var step = Run(text);

        Assert.Equal(
            (name, "456-78-90123", address, "orders@seoulfoods.example", DialogPhase.Confirming),
            (step.State.Slots["vendorName"], step.State.Slots["businessRegistrationNumber"], step.State.Slots["address"],
                step.State.Slots["contactEmail"], step.State.Phase));
    }

    [Fact]
    public void Handle_ThisMorning_IsToday()
    {
        var step = Run("file an expense: coffee for the team, 13,500 won, this morning");

        Assert.Equal(("13500 KRW", "2026-03-04"), (step.State.Slots["amount"], step.State.Slots["date"]));
    }

    [Theory]
    [InlineData("look up an invoice")]
    [InlineData("check the invoice status please")]
    [InlineData("송장 조회해줘")]
    [InlineData("인보이스 조회 부탁드립니다")]
    [InlineData("미지급 송장 있나요")]
    public void Handle_NoValueInTheRequest_AsksForItInsteadOfGuessing(string text)
    {
        var step = Run(text);

        Assert.Equal(("erp.invoice.lookup", "invoiceQuery"), (step.State.SkillId, step.State.PendingSlot));
    }

    [Fact]
    public void Handle_MonthsAgo_IsTheMonthCountedBack()
    {
        var step = Run("I want to see my payslip", "the one from two months ago");

        Assert.Equal("2026-01", step.Invocation?.Arguments["month"]);
    }

    [Theory]
    [InlineData("submit an expense of -5000 won yesterday")]
    [InlineData("경비 청구 -5,000원 어제")]
    public void Handle_NegativeAmount_IsRefusedNotTurnedPositive(string text)
    {
        var step = Run(text);

        Assert.Contains("amount", step.State.Slots.Keys);
        Assert.NotEqual("5000 KRW", step.State.Slots["amount"]);
        Assert.Equal(DialogPhase.Collecting, step.State.Phase);
    }

    [Theory]
    [InlineData("점심값 만 이천원 청구", "meals")]
    [InlineData("주차비 5천원 경비 청구", "transport")]
    public void Handle_KoreanCostWord_PicksTheCategoryItNames(string request, string category)
    {
        var step = Run(request);

        Assert.Equal(category, step.State.Slots["category"]);
    }
}
