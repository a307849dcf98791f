using ChatFlow.Skills.Conversations;
using ChatFlow.Skills.Dialog;
using ChatFlow.Skills.Manifests;
using ChatFlow.Skills.Recognition;

namespace ChatFlow.Skills.Tests.Dialog;

/// <summary>Conversations with the six shipped manifests as people phrase them, in English and Korean, on Wednesday
/// 4 March 2026, 10:00 in Seoul: natural months for payslips, choices answered with a word that also names the
/// skill, one-sentence requests that go straight to the confirmation, codes in any phrasing, and the user's own
/// time zone.</summary>
public class ShippedSkillDialogTests
{
    private static readonly SkillCatalog Shipped = TestCatalogs.Real();
    private static readonly DateTimeOffset Now = new(2026, 3, 4, 1, 0, 0, TimeSpan.Zero);

    private static DialogEngine Engine() => new(Shipped, new EmbeddedIntentRecognizer(Shipped));

    private static Turn Text(string text, string locale = "en-US", DateTimeOffset? at = null, string? timeZone = null) => new()
    {
        TurnId = Guid.NewGuid().ToString("N"), Channel = "directline", ConversationId = "c1",
        User = new ChannelUser("u1", "Alice"), Text = text, Locale = locale,
        ReceivedAtMs = (at ?? Now).ToUnixTimeMilliseconds(), TimeZone = timeZone,
    };

    private static DialogStep Run(DialogEngine engine, params string[] texts)
    {
        var step = new DialogStep(DialogState.Initial(), [], null);
        foreach (var text in texts)
        {
            step = engine.Handle(step.State, Text(text));
        }

        return step;
    }

    [Theory]
    [InlineData("show my payslip for last month", "2026-02")]
    [InlineData("how much was I paid in October", "2026-10")]
    [InlineData("my pay stub for October 2025", "2025-10")]
    [InlineData("지난달 급여명세서 보여줘", "2026-02")]
    [InlineData("10월 월급 명세서", "2026-10")]
    [InlineData("2025년 12월 급여 내역 조회해줘", "2025-12")]
    public void Handle_PayslipRequestWithNaturalMonth_RunsAtOnceWithIsoMonth(string text, string month)
    {
        var step = Run(Engine(), text);

        Assert.Equal(("hr.payslip.show", month), (step.Invocation?.SkillId, step.Invocation?.Arguments["month"]));
    }

    [Theory]
    [InlineData("show my payslip", "last month", "2026-02")]
    [InlineData("show my payslip", "October", "2026-10")]
    [InlineData("show my payslip", "2025-11", "2025-11")]
    [InlineData("급여명세서 보여줘", "지난달이요", "2026-02")]
    [InlineData("급여명세서 보여줘", "2025년 10월", "2025-10")]
    public void Handle_MonthTypedWhenAsked_IsNormalisedToIsoMonth(string request, string answer, string month)
    {
        var step = Run(Engine(), request, answer);

        Assert.Equal(month, step.Invocation?.Arguments["month"]);
    }

    [Fact]
    public void Handle_MonthWrittenOnTheForm_IsNormalisedToIsoMonth()
    {
        var engine = Engine();
        var state = engine.Handle(DialogState.Initial(), Text("show my payslip")).State;

        var step = engine.Handle(state, new Turn
        {
            TurnId = "t2", Channel = "directline", ConversationId = "c1", User = new ChannelUser("u1", "Alice"),
            Submission = new FormSubmission(FormActions.Submit, "token", new Dictionary<string, string> { ["month"] = "last month" }),
            ReceivedAtMs = Now.ToUnixTimeMilliseconds(),
        });

        Assert.Equal("2026-02", step.Invocation?.Arguments["month"]);
    }

    [Theory]
    [InlineData(null, "2026-03")]
    [InlineData("Asia/Seoul", "2026-03")]
    [InlineData("America/New_York", "2026-02")]
    [InlineData("-05:00", "2026-02")]
    public void Handle_LastMonthAtMonthEnd_ResolvesInTheUsersTimeZone(string? timeZone, string month)
    {
        // 31 March 2026 20:00 UTC: already 1 April in Seoul, still 31 March in New York.
        var at = new DateTimeOffset(2026, 3, 31, 20, 0, 0, TimeSpan.Zero);

        var step = Engine().Handle(DialogState.Initial(), Text("show my payslip for last month", at: at, timeZone: timeZone));

        Assert.Equal(month, step.Invocation?.Arguments["month"]);
    }

    [Theory]
    [InlineData("I want to take annual leave next Friday", "2026-03-13/2026-03-13", "annual")]
    [InlineData("I'm off sick tomorrow", "2026-03-05/2026-03-05", "sick")]
    [InlineData("take annual leave from March 9 to March 11", "2026-03-09/2026-03-11", "annual")]
    [InlineData("다음 주 금요일부터 3일 연차 쓸게요", "2026-03-13/2026-03-17", "annual")]
    [InlineData("12월 1일부터 3일까지 병가 신청", "2026-12-01/2026-12-03", "sick")]
    public void Handle_TimeOffInOneSentence_GoesStraightToConfirmation(string text, string dates, string type)
    {
        var step = Run(Engine(), text);

        Assert.Equal((DialogPhase.Confirming, dates, type), (step.State.Phase, step.State.Slots["dates"], step.State.Slots["type"]));
        Assert.StartsWith(step.State.Language == "ko" ? "휴가 신청을 진행할게요." : "Sure: Request time off. Please check the details and confirm.",
            step.Replies[0].Text);
        Assert.NotNull(step.Replies[^1].Confirmation);
    }

    [Theory]
    [InlineData("request time off", "tomorrow", "sick")]
    [InlineData("휴가 신청할게요", "내일", "annual")]
    [InlineData("휴가 신청할게요", "내일", "병가")]
    public void Handle_ChoiceAnswerThatAlsoNamesTheSkill_FillsTheChoice(string request, string dates, string type)
    {
        var step = Run(Engine(), request, dates, type);

        Assert.Equal(DialogPhase.Confirming, step.State.Phase);
        Assert.Equal(type == "병가" ? "sick" : type, step.State.Slots.GetValueOrDefault("type"));
    }

    [Theory]
    [InlineData("check invoice INV-2025-0102", "INV-2025-0102")]
    [InlineData("can you pull up INV-2099-9999 for me?", "INV-2099-9999")]
    public void Handle_InvoiceNumberInAnyPhrasing_LooksItUpAtOnce(string text, string number)
    {
        var step = Engine().Handle(DialogState.Initial(), Text(text),
            new IntentRecognition { Candidates = [new IntentCandidate("erp.invoice.lookup", 0.9)] });

        Assert.Equal(number, step.Invocation?.Arguments["q"]);
    }

    [Theory]
    [InlineData("actually I need to submit an expense", "erp.expense.submit")]
    [InlineData("actually, show my payslip", "hr.payslip.show")]
    public void Handle_ActuallyFollowedByAnotherSkill_AsksToSwitchInsteadOfCorrecting(string text, string other)
    {
        var engine = Engine();
        var state = Run(engine, "request time off").State;

        var step = engine.Handle(state, Text(text));

        Assert.Equal((other, "dates"), (step.State.SwitchTo, step.State.PendingSlot));
    }

    [Fact]
    public void Handle_ActuallyWithAValue_StillCorrects()
    {
        var step = Run(Engine(), "submit an expense", "45,000원", "actually 50,000원");

        Assert.Equal(("50000 KRW", null), (step.State.Slots["amount"], step.State.SwitchTo));
    }

    [Theory]
    [InlineData("이서연 전화번호 알려줘", "ko-KR", "혹시 ‘동료 찾기’ 말씀이세요?", "동료 찾기", "네", "directory.person.find", "person", "이서연")]
    [InlineData("이서연 전화번호 알려줘", "ko-KR", "혹시 ‘동료 찾기’ 말씀이세요?", "동료 찾기", "동료 찾기", "directory.person.find", "person", "이서연")]
    public void Handle_UtteranceJustShortOfASkill_AsksDidYouMeanAndStartsItOnYesOrItsNameWithItsValues(
        string text, string locale, string question, string button, string answer, string skill, string slot, string value)
    {
        var engine = Engine();

        var asked = engine.Handle(DialogState.Initial(), Text(text, locale));
        var started = engine.Handle(asked.State, Text(answer, locale));

        Assert.Contains(question, asked.Replies[0].Text!, StringComparison.Ordinal);
        Assert.Equal(button, asked.Replies[0].SuggestedActions[0].Title);
        Assert.Equal([skill], asked.State.Offered);
        Assert.Null(asked.Invocation);
        Assert.Equal((skill, value), (started.State.SkillId, started.State.Slots.GetValueOrDefault(slot)));
    }

    [Theory]
    [InlineData("tell me a joke", "en-US")]
    [InlineData("what time is it", "en-US")]
    [InlineData("점심 뭐 먹지", "ko-KR")]
    [InlineData("회의실 예약해줘", "ko-KR")]
    public void Handle_UnrelatedRequest_OffersNoGuessAndYesStartsNothing(string text, string locale)
    {
        var engine = Engine();

        var answered = engine.Handle(DialogState.Initial(), Text(text, locale));
        var yes = engine.Handle(answered.State, Text(locale == "en-US" ? "yes" : "네", locale));

        Assert.Empty(answered.State.Offered);
        Assert.DoesNotContain("?", answered.Replies[0].Text!.Split('\n')[0], StringComparison.Ordinal);
        Assert.Null(yes.State.SkillId);
    }
}
