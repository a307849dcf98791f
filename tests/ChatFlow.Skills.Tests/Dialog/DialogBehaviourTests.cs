using ChatFlow.Skills.Conversations;
using ChatFlow.Skills.Dialog;
using ChatFlow.Skills.Manifests;
using ChatFlow.Skills.Recognition;

namespace ChatFlow.Skills.Tests.Dialog;

/// <summary>Typed slots, corrections, switching, disambiguation, yes/no and language, in English and Korean, on
/// Wednesday 4 March 2026 in Seoul.</summary>
public class DialogBehaviourTests
{
    private const string Expense = """
        id: fin.expense.submit
        version: 1
        name: { en: Submit an expense, ko: 경비 청구 }
        utterances:
          en: [submit an expense, file an expense report, I want to claim an expense, "claim {amount} for {description}"]
          ko: [경비 청구할게, 경비 청구해줘, 비용 정산해 주세요, "{description} 경비 청구"]
        slots:
          - name: amount
            type: money
            required: true
            label: { en: Amount, ko: 금액 }
            prompt: { en: How much was it?, ko: 금액이 얼마인가요? }
            validation:
              min: 1
              error: { en: "Give an amount such as 45,000원 or $120.50.", ko: "45,000원이나 $120.50처럼 금액을 알려 주세요." }
          - name: spentOn
            type: date
            required: true
            label: { en: Date, ko: 사용일 }
            prompt: { en: When did you spend it?, ko: 언제 쓰셨나요? }
          - name: description
            type: text
            required: true
            label: { en: Description, ko: 내용 }
            prompt: { en: What was it for?, ko: 어떤 비용인가요? }
        action: { connector: acme-erp, operation: submitExpense, connection: acme, arguments: { amount: "{amount}", date: "{spentOn}", description: "{description}" } }
        """;

    private const string TimeOff = """
        id: hr.timeoff.request
        version: 1
        name: { en: Request time off, ko: 휴가 신청 }
        utterances:
          en: [request time off, I need a day off, I want to take a vacation, apply for annual leave]
          ko: [휴가 신청할게, 연차 쓰고 싶어, 휴가 내고 싶어요, 연차 신청해줘]
        slots:
          - name: period
            type: daterange
            required: true
            label: { en: Dates, ko: 기간 }
            prompt: { en: Which days?, ko: 언제부터 언제까지인가요? }
          - name: kind
            type: choice
            required: true
            label: { en: Leave type, ko: 휴가 종류 }
            prompt: { en: "Annual, sick or unpaid?", ko: "연차, 병가, 무급 중 무엇인가요?" }
            validation: { choices: [annual, sick, unpaid] }
          - name: approver
            type: person
            label: { en: Approver, ko: 승인자 }
            prompt: { en: Who approves it?, ko: 누가 승인하나요? }
          - name: halfDay
            type: boolean
            label: { en: Half day, ko: 반차 }
            prompt: { en: Half day?, ko: 반차인가요? }
          - name: hours
            type: duration
            label: { en: Hours, ko: 시간 }
            prompt: { en: How long?, ko: 얼마 동안인가요? }
          - name: days
            type: number
            label: { en: Days, ko: 일수 }
            prompt: { en: How many days?, ko: 며칠인가요? }
            validation: { min: 1, max: 30 }
        action: { connector: acme-hr, operation: requestLeave, connection: acme, arguments: { period: "{period}", kind: "{kind}" } }
        """;

    private static readonly long Now = new DateTimeOffset(2026, 3, 4, 1, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();
    private static readonly SkillCatalog Catalog =
        SkillCatalog.Create(TestCatalogs.VendorOnly().Skills.Concat([TestCatalogs.Parse(Expense), TestCatalogs.Parse(TimeOff)]));

    private int _runs;

    private DialogEngine Engine() => new(Catalog, new EmbeddedIntentRecognizer(Catalog), () => $"run-{++_runs}");

    private static Turn Text(string text, string locale = "") => new()
    {
        TurnId = Guid.NewGuid().ToString("N"), Channel = "directline", ConversationId = "c1",
        User = new ChannelUser("u1", "Alice"), Text = text, Locale = locale, ReceivedAtMs = Now,
    };

    private static Turn Submit(string action, Dictionary<string, string>? values = null) => new()
    {
        TurnId = Guid.NewGuid().ToString("N"), Channel = "directline", ConversationId = "c1",
        User = new ChannelUser("u1", "Alice"), Submission = new FormSubmission(action, "token", values ?? []), ReceivedAtMs = Now,
    };

    private static IntentRecognition Recognised(string skillId, Dictionary<string, string>? slots = null) =>
        new() { Candidates = [new IntentCandidate(skillId, 0.9)], Slots = slots ?? [] };

    private DialogState Run(DialogEngine engine, params string[] texts)
    {
        var state = DialogState.Initial();
        foreach (var text in texts)
        {
            state = engine.Handle(state, Text(text)).State;
        }

        return state;
    }

    private static string Said(DialogStep step) => string.Join("\n", step.Replies.Select(r => r.Text));

    [Theory]
    [InlineData("submit an expense 45,000원 on March 3", "45000 KRW", "2026-03-03", "en")]
    [InlineData("경비 청구할게 5만원 어제", "50000 KRW", "2026-03-03", "ko")]
    [InlineData("file an expense report: $120.50 yesterday", "120.50 USD", "2026-03-03", "en")]
    public void Handle_UtteranceWithTypedValues_FillsSeveralSlotsNormalised(string text, string amount, string date, string language)
    {
        var step = Engine().Handle(DialogState.Initial(), Text(text));

        Assert.Equal(("fin.expense.submit", amount, date), (step.State.SkillId, step.State.Slots["amount"], step.State.Slots["spentOn"]));
        Assert.Equal(("description", language), (step.State.PendingSlot, step.State.Language));
    }

    [Fact]
    public void Handle_VendorUtteranceWithEmailAnywhere_FillsNameAddressAndEmail()
    {
        var step = Engine().Handle(DialogState.Initial(), Text("register vendor Hanbit Trading at 12 Sejong-daero, Seoul, email ap@hanbit.example"));

        Assert.Equal("Hanbit Trading", step.State.Slots["vendorName"]);
        Assert.Equal("12 Sejong-daero, Seoul", step.State.Slots["address"]);
        Assert.Equal("ap@hanbit.example", step.State.Slots["contactEmail"]);
        Assert.Equal("businessRegistrationNumber", step.State.PendingSlot);
    }

    [Fact]
    public void Handle_KoreanVendorUtteranceWithRegistrationNumber_FillsNameAndNumber()
    {
        var step = Engine().Handle(DialogState.Initial(), Text("한빛상사 업체 등록해줘 사업자번호 123-45-67890"), Recognised("erp.vendor.register"));

        Assert.Equal(("한빛상사", "123-45-67890"), (step.State.Slots["vendorName"], step.State.Slots["businessRegistrationNumber"]));
        Assert.Equal("ko", step.State.Language);
    }

    [Theory]
    [InlineData("en", "actually 50,000원", "amount", "50000 KRW", "Changed Amount to ₩50,000.")]
    [InlineData("ko", "아니 금액은 5만원", "amount", "50000 KRW", "금액을 50,000원으로 바꿨어요.")]
    [InlineData("en", "change the date to March 2", "spentOn", "2026-03-02", "Changed Date to Mon, Mar 2, 2026.")]
    [InlineData("ko", "사용일은 그저께로 바꿔줘", "spentOn", "2026-03-02", "사용일을 2026년 3월 2일 (월)로 바꿨어요.")]
    public void Handle_CorrectionWhileConfirming_ChangesSlotAndConfirmsAgain(string language, string text, string slot, string value, string said)
    {
        var engine = Engine();
        var state = Run(engine, language == "ko" ? "경비 청구할게" : "submit an expense", "45,000원", "yesterday", "team lunch");
        Assert.Equal(DialogPhase.Confirming, state.Phase);

        var step = engine.Handle(state, Text(text));

        Assert.Equal((DialogPhase.Confirming, value), (step.State.Phase, step.State.Slots[slot]));
        Assert.Equal(said, step.Replies[0].Text);
        Assert.NotNull(step.Replies[^1].Confirmation);
    }

    [Theory]
    [InlineData("change the email to x@y.com", "contactEmail", "x@y.com")]
    [InlineData("이메일은 x@y.com으로 바꿔줘", "contactEmail", "x@y.com")]
    [InlineData("주소는 부산으로 바꿔줘", "address", "부산")]
    [InlineData("actually the address is 1 Main St", "address", "1 Main St")]
    public void Handle_VendorCorrectionWhileConfirming_MapsToSlotByLabel(string text, string slot, string value)
    {
        var engine = Engine();
        var state = engine.Handle(DialogState.Initial(), Text("register a vendor")).State;
        state = engine.Handle(state, Submit(FormActions.Submit, new()
        {
            ["vendorName"] = "Hanbit Trading", ["businessRegistrationNumber"] = "123-45-67890",
            ["address"] = "12 Sejong-daero, Seoul", ["contactEmail"] = "ap@hanbit.example",
        })).State;

        var step = engine.Handle(state, Text(text));

        Assert.Equal(value, step.State.Slots[slot]);
        Assert.Equal(DialogPhase.Confirming, step.State.Phase);
    }

    [Fact]
    public void Handle_CorrectionWhileCollecting_ChangesEarlierAnswerAndAsksPendingAgain()
    {
        var engine = Engine();
        var state = Run(engine, "submit an expense", "45,000원");

        var step = engine.Handle(state, Text("actually $30"));

        Assert.Equal(("30.00 USD", "spentOn"), (step.State.Slots["amount"], step.State.PendingSlot));
        Assert.Equal("Changed Amount to $30.00. When did you spend it?", Said(step));
    }

    [Theory]
    [InlineData("cancel", "Cancelled. Nothing was changed.")]
    [InlineData("never mind", "Cancelled. Nothing was changed.")]
    [InlineData("취소", "Cancelled. Nothing was changed.")]
    [InlineData("그만", "Cancelled. Nothing was changed.")]
    public void Handle_CancelWordWhileConfirming_Cancels(string word, string said)
    {
        var engine = Engine();
        var state = Run(engine, "submit an expense", "45,000원", "yesterday", "team lunch");

        var step = engine.Handle(state, Text(word));

        Assert.Equal((DialogPhase.Idle, said), (step.State.Phase, Said(step)));
    }

    [Theory]
    [InlineData("help", "I can help you:")]
    [InlineData("도움말", "제가 도와드릴 수 있는 일:")]
    public void Handle_HelpWhileConfirming_HelpsAndShowsConfirmationAgain(string word, string start)
    {
        var engine = Engine();
        var state = Run(engine, word == "help" ? "submit an expense" : "경비 청구할게", "45,000원", "yesterday", "team lunch");

        var step = engine.Handle(state, Text(word));

        Assert.StartsWith(start, step.Replies[0].Text);
        Assert.NotNull(step.Replies[1].Confirmation);
        Assert.Equal(DialogPhase.Confirming, step.State.Phase);
    }

    [Theory]
    [InlineData("I need a day off", "yes", "en")]
    [InlineData("휴가 신청할게", "네", "ko")]
    [InlineData("I want to take a vacation", "sure", "en")]
    public void Handle_OtherSkillWhileCollectingThenYes_StartsOtherSkill(string other, string yes, string language)
    {
        var engine = Engine();
        var state = Run(engine, language == "ko" ? "경비 청구할게" : "submit an expense");

        var asked = engine.Handle(state, Text(other));
        var switched = engine.Handle(asked.State, Text(yes));

        Assert.Equal(("fin.expense.submit", "hr.timeoff.request"), (asked.State.SkillId, asked.State.SwitchTo));
        Assert.Equal(2, asked.Replies.Single().SuggestedActions.Count);
        Assert.Contains(language == "ko" ? "중단하고" : "Stop it", asked.Replies.Single().Text);
        Assert.Equal(("hr.timeoff.request", DialogPhase.Collecting, "period", "run-2"),
            (switched.State.SkillId, switched.State.Phase, switched.State.PendingSlot, switched.State.RunId));
        Assert.Null(switched.State.SwitchTo);
    }

    [Theory]
    [InlineData("I need a day off", "no", "OK, let's continue with \"Submit an expense\".\nHow much was it?")]
    [InlineData("휴가 신청할게", "아니요", "좋아요, \"경비 청구\"를 계속할게요.\n금액이 얼마인가요?")]
    public void Handle_OtherSkillWhileCollectingThenNo_ContinuesCurrentRun(string other, string no, string said)
    {
        var engine = Engine();
        var state = Run(engine, other.StartsWith('I') ? "submit an expense" : "경비 청구할게");

        var asked = engine.Handle(state, Text(other));
        var step = engine.Handle(asked.State, Text(no));

        Assert.Equal(("fin.expense.submit", "amount", "run-1"), (step.State.SkillId, step.State.PendingSlot, step.State.RunId));
        Assert.Null(step.State.SwitchTo);
        Assert.Equal(said, Said(step));
    }

    [Fact]
    public void Handle_OtherSkillWhileConfirmingThenNo_ShowsConfirmationAgain()
    {
        var engine = Engine();
        var state = Run(engine, "submit an expense", "45,000원", "yesterday", "team lunch", "request time off");

        var step = engine.Handle(state, Text("no"));

        Assert.Equal(DialogPhase.Confirming, step.State.Phase);
        Assert.NotNull(step.Replies[^1].Confirmation);
    }

    [Theory]
    [InlineData("2", "hr.timeoff.request")]
    [InlineData("1", "fin.expense.submit")]
    [InlineData("Request time off", "hr.timeoff.request")]
    [InlineData("휴가 신청", "hr.timeoff.request")]
    [InlineData("the first one", "fin.expense.submit")]
    [InlineData("두 번째", "hr.timeoff.request")]
    public void Handle_AmbiguousRecognitionThenPick_StartsPickedSkill(string answer, string expected)
    {
        var engine = Engine();
        var ambiguous = new IntentRecognition
        {
            Candidates = [new IntentCandidate("fin.expense.submit", 0.61), new IntentCandidate("hr.timeoff.request", 0.6)],
            IsAmbiguous = true,
        };

        var asked = engine.Handle(DialogState.Initial(), Text("I want to take tomorrow off or claim 5만원"), ambiguous);
        var picked = engine.Handle(asked.State, Text(answer));

        Assert.Equal(["fin.expense.submit", "hr.timeoff.request"], asked.State.Offered);
        Assert.Equal(["Submit an expense", "Request time off"], asked.Replies.Single().SuggestedActions.Select(a => a.Title));
        Assert.Equal((expected, DialogPhase.Collecting), (picked.State.SkillId, picked.State.Phase));
        Assert.Empty(picked.State.Offered);
    }

    [Fact]
    public void Handle_AmbiguousThenPickExpense_FillsSlotsFromFirstUtterance()
    {
        var engine = Engine();
        var ambiguous = new IntentRecognition
        {
            Candidates = [new IntentCandidate("hr.timeoff.request", 0.61), new IntentCandidate("fin.expense.submit", 0.6)],
            IsAmbiguous = true,
        };
        var asked = engine.Handle(DialogState.Initial(), Text("claim 5만원 for taxi yesterday"), ambiguous);

        var picked = engine.Handle(asked.State, Text("경비 청구"));

        Assert.Equal(("50000 KRW", "2026-03-03"), (picked.State.Slots["amount"], picked.State.Slots["spentOn"]));
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("sure")]
    [InlineData("ok")]
    [InlineData("네")]
    [InlineData("응")]
    [InlineData("예")]
    [InlineData("좋아")]
    public void Handle_YesWhileConfirming_Executes(string word)
    {
        var engine = Engine();
        var state = Run(engine, "submit an expense", "45,000원", "yesterday", "team lunch");

        var step = engine.Handle(state, Text(word));

        Assert.Equal(DialogPhase.Executing, step.State.Phase);
        Assert.Equal(("45000 KRW", "2026-03-03", "team lunch"),
            (step.Invocation!.Arguments["amount"], step.Invocation.Arguments["date"], step.Invocation.Arguments["description"]));
    }

    [Theory]
    [InlineData("no")]
    [InlineData("아니요")]
    [InlineData("아니")]
    public void Handle_NoWhileConfirming_CancelsWithoutInvocation(string word)
    {
        var engine = Engine();
        var state = Run(engine, "submit an expense", "45,000원", "yesterday", "team lunch");

        var step = engine.Handle(state, Text(word));

        Assert.Equal(DialogPhase.Idle, step.State.Phase);
        Assert.Null(step.Invocation);
    }

    [Theory]
    [InlineData("en", "lots", "Give an amount such as 45,000원 or $120.50. How much was it?")]
    [InlineData("ko", "많이", "45,000원이나 $120.50처럼 금액을 알려 주세요. 금액이 얼마인가요?")]
    public void Handle_InvalidMoney_RepromptsWithSlotErrorThenGivesUpAfterThree(string language, string bad, string said)
    {
        var engine = Engine();
        var state = Run(engine, language == "ko" ? "경비 청구할게" : "submit an expense");

        var first = engine.Handle(state, Text(bad));
        var second = engine.Handle(first.State, Text(bad));
        var third = engine.Handle(second.State, Text(bad));

        Assert.Equal((said, 1, "amount"), (Said(first), first.State.FailureCount, first.State.PendingSlot));
        Assert.Equal(DialogPhase.Idle, third.State.Phase);
        Assert.StartsWith(language == "ko" ? "여기서 멈출게요" : "Let's stop here", Said(third));
    }

    [Fact]
    public void Handle_InvalidDate_UsesGenericErrorInTheRunLanguage()
    {
        var engine = Engine();
        var state = Run(engine, "경비 청구할게", "45,000원");

        var step = engine.Handle(state, Text("someday"));

        Assert.Equal("사용일 형식이 올바르지 않습니다. 언제 쓰셨나요?", Said(step));
    }

    [Fact]
    public void Handle_KoreanRunUserTypesOnlyEmail_KeepsKoreanAndFillsEmail()
    {
        var engine = Engine();
        var state = engine.Handle(DialogState.Initial(), Text("업체 등록해줘")).State;

        var step = engine.Handle(state, Text("ap@hanbit.example"));

        Assert.Equal(("ko", "ap@hanbit.example", "vendorName"), (step.State.Language, step.State.Slots["contactEmail"], step.State.PendingSlot));
        Assert.Equal("업체명을 알려 주세요.", Said(step));
        Assert.All(step.Replies, r => Assert.Equal("ko", r.Locale));
    }

    [Fact]
    public void Handle_EnglishRunUserAnswersInKorean_RepliesInKorean()
    {
        var engine = Engine();
        var state = Run(engine, "submit an expense");

        var step = engine.Handle(state, Text("4만 5천원이요"));

        Assert.Equal(("ko", "45000 KRW"), (step.State.Language, step.State.Slots["amount"]));
        Assert.Equal("언제 쓰셨나요?", Said(step));
    }

    [Fact]
    public void Handle_AnswerWithSeveralValues_FillsEachSlotByType()
    {
        var engine = Engine();
        var state = Run(engine, "submit an expense");

        var step = engine.Handle(state, Text("45,000원 yesterday"));

        Assert.Equal(("45000 KRW", "2026-03-03", "description"), (step.State.Slots["amount"], step.State.Slots["spentOn"], step.State.PendingSlot));
    }

    [Fact]
    public void Handle_RecognitionWithSlots_ValidatesAndNormalisesThem()
    {
        var step = Engine().Handle(DialogState.Initial(), Text("경비 청구"),
            Recognised("fin.expense.submit", new() { ["amount"] = "5만원", ["spentOn"] = "내일", ["description"] = "택시비" }));

        Assert.Equal(("50000 KRW", "2026-03-05", "택시비"), (step.State.Slots["amount"], step.State.Slots["spentOn"], step.State.Slots["description"]));
        Assert.Equal(DialogPhase.Confirming, step.State.Phase);
        Assert.NotNull(step.Replies[^1].Confirmation);
    }

    [Fact]
    public void Handle_RecognitionWithInvalidSlot_AsksForItWithTheError()
    {
        var step = Engine().Handle(DialogState.Initial(), Text("submit an expense"),
            Recognised("fin.expense.submit", new() { ["amount"] = "a lot", ["spentOn"] = "2026-03-02" }));

        Assert.Equal(("amount", "a lot", "2026-03-02"), (step.State.PendingSlot, step.State.Slots["amount"], step.State.Slots["spentOn"]));
        Assert.Contains("Give an amount such as 45,000원 or $120.50.", step.Replies[1].Form!.Intro);
    }

    [Fact]
    public void Handle_RecognitionGiven_DoesNotConsultTheEngineRecogniser()
    {
        var step = Engine().Handle(DialogState.Initial(), Text("what's the weather like?"), Recognised("hr.timeoff.request"));

        Assert.Equal("hr.timeoff.request", step.State.SkillId);
    }

    [Theory]
    [InlineData("period", "오늘부터 일주일", "2026-03-04/2026-03-10")]
    [InlineData("period", "from Monday to Wednesday", "2026-03-09/2026-03-11")]
    [InlineData("period", "3/5", "2026-03-05/2026-03-05")]
    [InlineData("kind", "Sick", "sick")]
    [InlineData("kind", "2", "sick")]
    [InlineData("kind", "unpaid leave please", "unpaid")]
    [InlineData("approver", "<@U123ABC>", "<@U123ABC>")]
    [InlineData("approver", "ask <at>Kim Minsu</at>", "<at>Kim Minsu</at>")]
    [InlineData("halfDay", "네", "true")]
    [InlineData("halfDay", "no", "false")]
    [InlineData("hours", "사흘", "P3D")]
    [InlineData("hours", "2 hours", "PT2H")]
    [InlineData("days", "twelve", "12")]
    [InlineData("days", "열", "10")]
    public void Handle_FormSubmission_StoresNormalisedValue(string slot, string raw, string expected)
    {
        var engine = Engine();
        var state = engine.Handle(DialogState.Initial(), Text("request time off")).State;
        var values = new Dictionary<string, string> { ["period"] = "2026-03-09/2026-03-10", ["kind"] = "annual", [slot] = raw };

        var step = engine.Handle(state, Submit(FormActions.Submit, values));

        Assert.Equal(DialogPhase.Confirming, step.State.Phase);
        Assert.Equal(expected, step.State.Slots[slot]);
    }

    [Theory]
    [InlineData("days", "40")]
    [InlineData("kind", "holiday")]
    [InlineData("halfDay", "maybe")]
    [InlineData("period", "soon")]
    [InlineData("hours", "long")]
    public void Handle_FormSubmissionOutOfRange_ResendsForm(string slot, string raw)
    {
        var engine = Engine();
        var state = engine.Handle(DialogState.Initial(), Text("request time off")).State;
        var values = new Dictionary<string, string> { ["period"] = "2026-03-09/2026-03-10", ["kind"] = "annual", [slot] = raw };

        var step = engine.Handle(state, Submit(FormActions.Submit, values));

        Assert.Equal((DialogPhase.Collecting, slot, 1), (step.State.Phase, step.State.PendingSlot, step.State.FailureCount));
        Assert.NotNull(step.Replies.Single().Form);
    }

    [Theory]
    [InlineData("en", "Amount", "₩45,000", "Date", "Tue, Mar 3, 2026")]
    [InlineData("ko", "금액", "45,000원", "사용일", "2026년 3월 3일 (화)")]
    public void Handle_Confirmation_ShowsValuesHumanReadable(string language, string amountLabel, string amount, string dateLabel, string date)
    {
        var engine = Engine();
        var state = Run(engine, language == "ko" ? "경비 청구할게" : "submit an expense", "45,000원", "yesterday");

        var step = engine.Handle(state, Text("team lunch"));

        var facts = step.Replies.Single(r => r.Confirmation is not null).Confirmation!.Facts;
        Assert.Contains(new KeyValuePair<string, string>(amountLabel, amount), facts);
        Assert.Contains(new KeyValuePair<string, string>(dateLabel, date), facts);
    }

    [Fact]
    public void Handle_RangeConfirmation_ShowsBothEndsAndDays()
    {
        var engine = Engine();
        var state = engine.Handle(DialogState.Initial(), Text("request time off")).State;

        var step = engine.Handle(state, Submit(FormActions.Submit, new() { ["period"] = "다음 주 월요일부터 3일", ["kind"] = "annual" }));

        Assert.Contains(new KeyValuePair<string, string>("Dates", "Mon, Mar 9 – Wed, Mar 11, 2026 (3 days)"), step.Replies[^1].Confirmation!.Facts);
    }
}
