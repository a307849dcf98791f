using ChatFlow.Skills.Conversations;
using ChatFlow.Skills.Dialog;
using ChatFlow.Skills.Manifests;
using ChatFlow.Skills.Recognition;

namespace ChatFlow.Skills.Tests.Dialog;

/// <summary>The shipped skills on Tuesday 24 November 2026, 10:00 in Seoul, when people step sideways: start the form
/// over, ask which choices there are, answer "all of them", say yes to "did you mean …?", say goodbye, ask for a balance
/// no skill shows, or ask for two things at once.</summary>
public class RestartAndSideRequestsDialogTests
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

    [Theory]
    [InlineData("ugh let's start over")]
    [InlineData("start over")]
    [InlineData("can we start again?")]
    [InlineData("restart")]
    [InlineData("let's redo this")]
    [InlineData("actually, start from scratch please")]
    public void Handle_StartOverMidForm_ClearsTheValuesAndAsksTheFirstQuestionAgain(string restart)
    {
        var before = Run("request time off", "next monday to wednesday");
        var step = Shared.Handle(before.State, Text(restart, "en-US"));

        Assert.Equal(DialogPhase.Collecting, step.State.Phase);
        Assert.Equal("hr.timeoff.request", step.State.SkillId);
        Assert.Empty(step.State.Slots);
        Assert.Equal("dates", step.State.PendingSlot);
        Assert.NotEqual(before.State.RunId, step.State.RunId);
        Assert.Contains("Which days", Said(step), StringComparison.Ordinal);
        Assert.DoesNotContain("not valid", Said(step), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("아 잠깐 처음부터 다시 할게")]
    [InlineData("처음부터")]
    [InlineData("처음부터 다시")]
    [InlineData("다시 할게요")]
    [InlineData("리셋")]
    [InlineData("리셋해 주세요")]
    public void Handle_KoreanStartOverMidForm_ClearsTheValuesAndAsksTheFirstQuestionAgain(string restart)
    {
        var step = RunKo("휴가 신청할게요", "다음주 월요일부터 수요일까지", restart);

        Assert.Equal(DialogPhase.Collecting, step.State.Phase);
        Assert.Empty(step.State.Slots);
        Assert.Equal("dates", step.State.PendingSlot);
        Assert.Contains("언제부터", Said(step), StringComparison.Ordinal);
        Assert.Contains("처음부터", Said(step), StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_StartOverAtTheConfirmation_GoesBackToTheFirstQuestion()
    {
        var step = Run("register a vendor", "Mirae Trading", "110-22-33333", "10 Centum-ro, Busan", "mirae@example.kr", "start over");

        Assert.Equal(DialogPhase.Collecting, step.State.Phase);
        Assert.Empty(step.State.Slots);
        Assert.Equal("vendorName", step.State.PendingSlot);
    }

    [Fact]
    public void Handle_VendorNamedRestartLabs_IsTheName()
    {
        var step = Run("register a vendor", "Restart Labs");

        Assert.Equal("Restart Labs", step.State.Slots["vendorName"]);
    }

    [Theory]
    [InlineData("en-US", "request time off", "next monday to wednesday", "blah", "Annual leave, Sick leave")]
    [InlineData("ko-KR", "휴가 신청할게요", "다음주 월요일부터 수요일까지", "몰라 아무거나 블라", "연차, 병가")]
    public void Handle_WrongChoice_NamesTheChoicesInsteadOfSayingTheFormatIsWrong(string locale, string start, string dates, string wrong, string listed)
    {
        var step = RunIn(locale, [start, dates, wrong]);

        Assert.Contains(listed, Said(step), StringComparison.Ordinal);
        Assert.DoesNotContain("형식이 올바르지", Said(step), StringComparison.Ordinal);
        Assert.DoesNotContain("not valid", Said(step), StringComparison.Ordinal);
        Assert.True(step.State.Slots.ContainsKey("dates"));
    }

    [Theory]
    [InlineData("en-US", "request time off", "next Thursday and Friday", "hmm what kinds of leave can I pick from?", "Annual leave, Sick leave, Parental leave")]
    [InlineData("en-US", "request time off", "next Thursday and Friday", "what are the options?", "Annual leave, Sick leave, Parental leave")]
    [InlineData("en-US", "request time off", "next Thursday and Friday", "which types of leave are there?", "Annual leave, Sick leave, Parental leave")]
    [InlineData("ko-KR", "휴가 신청할게요", "다음주 목요일부터 금요일까지", "뭐가 있어요?", "연차, 병가, 육아")]
    [InlineData("ko-KR", "휴가 신청할게요", "다음주 목요일부터 금요일까지", "어떤 종류가 있어?", "연차, 병가, 육아")]
    [InlineData("ko-KR", "휴가 신청할게요", "다음주 목요일부터 금요일까지", "휴가 종류 뭐 고를 수 있어요?", "연차, 병가, 육아")]
    public void Handle_QuestionAboutTheChoices_ListsThemAndKeepsTheValues(string locale, string start, string dates, string question, string listed)
    {
        var before = RunIn(locale, [start, dates]);
        var step = Shared.Handle(before.State, Text(question, locale));

        Assert.Contains(listed, Said(step), StringComparison.Ordinal);
        Assert.Equal(before.State.Slots["dates"], step.State.Slots["dates"]);
        Assert.Equal("type", step.State.PendingSlot);
        Assert.Equal(0, step.State.FailureCount);
    }

    [Fact]
    public void Handle_QuestionAboutTheChoicesThenAnAnswer_KeepsTheDates()
    {
        var before = Run("request time off", "next Thursday and Friday");
        var step = Shared.Handle(Shared.Handle(before.State, Text("hmm what kinds of leave can I pick from?", "en-US")).State, Text("family", "en-US"));

        Assert.Equal(DialogPhase.Confirming, step.State.Phase);
        Assert.Equal(before.State.Slots["dates"], step.State.Slots["dates"]);
        Assert.Equal("family", step.State.Slots["type"]);
    }

    [Fact]
    public void Handle_NearMissWithAnEmailThenYes_SearchesForTheEmail()
    {
        var first = RunKo("jisoo@acme.example 이 사람 누구예요?");
        var step = Shared.Handle(first.State, Text("네", "ko-KR"));

        if (first.State.Phase == DialogPhase.Idle)
        {
            Assert.NotNull(step.Invocation);
        }

        Assert.Equal(DialogPhase.Executing, step.State.Phase);
        Assert.Equal("jisoo@acme.example", step.State.Slots["person"]);
    }

    [Theory]
    [InlineData("ko", "네")]
    [InlineData("ko", "동료 찾기")]
    [InlineData("en", "yes")]
    public void Handle_YesToDidYouMeanAfterAnEmail_KeepsTheEmail(string language, string answer)
    {
        var offered = DialogState.Initial(language) with
        {
            Offered = ["directory.person.find"], DeferredUtterance = "jisoo@acme.example 이 사람 누구예요?",
        };

        var step = Shared.Handle(offered, Text(answer, language == "ko" ? "ko-KR" : "en-US"));

        Assert.Equal(DialogPhase.Executing, step.State.Phase);
        Assert.Equal("jisoo@acme.example", step.State.Slots["person"]);
        Assert.Equal("jisoo@acme.example", step.Invocation!.Arguments["query"]);
    }

    [Theory]
    [InlineData("hmm what do you mean by that?")]
    [InlineData("hmm why do you need it?")]
    public void Handle_QuestionAfterAFillerAtTheTypePrompt_KeepsTheDatesAndTheQuestion(string question)
    {
        var before = Run("request time off", "next monday to wednesday");
        var step = Shared.Handle(before.State, Text(question, "en-US"));

        Assert.Equal("type", step.State.PendingSlot);
        Assert.Equal(before.State.Slots["dates"], step.State.Slots["dates"]);
        Assert.DoesNotContain("Which days", Said(step), StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_AnotherSkillAskedWithTheFieldsSubjectWord_StillOffersTheSwitch()
    {
        var step = Run("register a vendor", "actually, look up the invoices for vendor Hanbit");

        Assert.Equal("erp.invoice.lookup", step.State.SwitchTo);
    }

    [Theory]
    [InlineData("ko-KR", "동료 찾기", "네")]
    [InlineData("ko-KR", "동료 찾기", "아니요")]
    [InlineData("en-US", "find a colleague", "yes")]
    [InlineData("en-US", "find a colleague", "no")]
    public void Handle_YesOrNoAsTheSearchValue_AsksAgainWithoutSearching(string locale, string start, string answer)
    {
        var step = RunIn(locale, [start, answer]);

        Assert.Null(step.Invocation);
        Assert.Equal(DialogPhase.Collecting, step.State.Phase);
        Assert.False(step.State.Slots.ContainsKey("person"));
        Assert.Equal("person", step.State.PendingSlot);
    }

    [Theory]
    [InlineData("오늘도 고마웠어요 수고하세요~")]
    [InlineData("수고하세요")]
    [InlineData("잘 있어")]
    [InlineData("좋은 하루 되세요")]
    [InlineData("들어가세요")]
    [InlineData("안녕히 계세요")]
    [InlineData("감사합니다 수고하세요")]
    public void Handle_KoreanGoodbye_SaysGoodbyePolitely(string goodbye)
    {
        var step = RunKo(goodbye);

        Assert.Equal(DialogPhase.Idle, step.State.Phase);
        Assert.Contains("안녕히 가세요", Said(step), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bye")]
    [InlineData("see you")]
    [InlineData("have a good one")]
    [InlineData("thanks, bye!")]
    [InlineData("ok see you tomorrow")]
    public void Handle_EnglishGoodbye_SaysGoodbyePolitely(string goodbye)
    {
        var step = Run(goodbye);

        Assert.Equal(DialogPhase.Idle, step.State.Phase);
        Assert.Contains("Bye!", Said(step), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US", "show me all unpaid invoices", "all of them, any vendor", "number or vendor")]
    [InlineData("en-US", "show me all unpaid invoices", "any vendor", "number or vendor")]
    [InlineData("en-US", "show me all unpaid invoices", "all of them", "number or vendor")]
    [InlineData("ko-KR", "미지급 송장 보여줘", "전부 다요", "송장 번호 또는 거래처")]
    [InlineData("ko-KR", "미지급 송장 보여줘", "거래처 상관없이 전부", "송장 번호 또는 거래처")]
    public void Handle_AllOfThemForALookup_ExplainsLookupsGoOneAtATimeAndAsksAgain(string locale, string start, string answer, string explained)
    {
        var step = RunIn(locale, [start, answer]);

        Assert.Null(step.State.SwitchTo);
        Assert.Null(step.Invocation);
        Assert.Equal("erp.invoice.lookup", step.State.SkillId);
        Assert.Equal("invoiceQuery", step.State.PendingSlot);
        Assert.Contains(explained, Said(step), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Register a vendor", Said(step), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US", "how many vacation days do I have left this year?", "balance")]
    [InlineData("ko-KR", "잔여 연차 며칠이에요?", "잔여")]
    [InlineData("ko-KR", "남은 휴가 알려줘", "잔여")]
    [InlineData("ko-KR", "연차 몇 개 남았어?", "잔여")]
    public void Handle_BalanceQuestionNoSkillAnswers_SaysSoAndOffersTheSkillWithoutStartingIt(string locale, string question, string said)
    {
        var step = RunIn(locale, [question]);

        Assert.Equal(DialogPhase.Idle, step.State.Phase);
        Assert.Null(step.Invocation);
        Assert.Contains(said, Said(step), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(["hr.timeoff.request"], step.State.Offered);

        var yes = Shared.Handle(step.State, Text(locale == "ko-KR" ? "네" : "yes", locale));
        Assert.Equal("hr.timeoff.request", yes.State.SkillId);
        Assert.Equal("dates", yes.State.PendingSlot);
    }

    [Theory]
    [InlineData("en-US", "what's my leave balance?")]
    [InlineData("en-US", "how much PTO do I have remaining")]
    [InlineData("en-US", "how many days off do I have left?")]
    [InlineData("ko-KR", "남은 연차 며칠이야?")]
    [InlineData("ko-KR", "휴가 며칠 남았나요?")]
    public void Handle_BalanceQuestion_NeverStartsASkill(string locale, string question)
    {
        var step = RunIn(locale, [question]);

        Assert.Equal(DialogPhase.Idle, step.State.Phase);
        Assert.Null(step.Invocation);
        Assert.Matches(locale == "ko-KR" ? "잔여" : "can't show balances", Said(step));
    }

    [Theory]
    [InlineData("en-US", "I want to use my remaining vacation days next week")]
    [InlineData("ko-KR", "남은 연차 다음주에 쓸게요")]
    public void Handle_RequestThatMentionsWhatIsLeft_StillStartsTheSkill(string locale, string request)
    {
        var step = RunIn(locale, [request]);

        Assert.Equal("hr.timeoff.request", step.State.SkillId);
    }

    [Theory]
    [InlineData("en-US", "expense $40 for a taxi yesterday and also show me my october payslip", "payslip")]
    [InlineData("ko-KR", "어제 택시비 4만원 경비 청구하고 10월 급여명세서도 보여줘", "급여명세서")]
    public void Handle_TwoRequestsInOneMessage_DoesTheFirstThenOffersTheSecond(string locale, string text, string second)
    {
        var start = RunIn(locale, [text]);
        Assert.Equal("erp.expense.submit", start.State.SkillId);
        Assert.True(start.State.Slots.ContainsKey("amount"));
        Assert.False(start.State.Slots.TryGetValue("memo", out var memo) && memo.Contains("payslip", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(second, Said(start), StringComparison.OrdinalIgnoreCase);

        var executing = Shared.Handle(start.State, Text(locale == "ko-KR" ? "네" : "yes", locale));
        Assert.Equal(DialogPhase.Executing, executing.State.Phase);
        var done = Shared.Complete(executing.State, SkillOutcome.Succeeded(new Dictionary<string, string>
        {
            ["id"] = "EXP-1001", ["amount"] = "40", ["currency"] = "USD", ["category"] = "transport", ["date"] = "2026-11-23",
        }));

        Assert.Contains(second, Said(done), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(["hr.payslip.show"], done.State.Offered);
        var next = Shared.Handle(done.State, Text(locale == "ko-KR" ? "네" : "yes", locale));
        Assert.Equal("hr.payslip.show", next.State.SkillId);
        Assert.Equal("2026-10", next.State.Slots["month"]);
    }
}
