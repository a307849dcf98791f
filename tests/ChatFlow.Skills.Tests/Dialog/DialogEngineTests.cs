using System.Text.Json;
using ChatFlow.Skills.Conversations;
using ChatFlow.Skills.Dialog;
using ChatFlow.Skills.Forms;
using ChatFlow.Skills.Manifests;
using ChatFlow.Skills.Recognition;

namespace ChatFlow.Skills.Tests.Dialog;

public class DialogEngineTests
{
    private static readonly SkillCatalog Catalog = TestCatalogs.VendorOnly();
    private int _runs;

    private DialogEngine Engine(SkillCatalog? catalog = null) =>
        new(catalog ?? Catalog, new EmbeddedIntentRecognizer(catalog ?? Catalog), () => $"run-{++_runs}");

    private static Turn Text(string text, string locale = "") => new()
    {
        TurnId = Guid.NewGuid().ToString("N"), Channel = "directline", ConversationId = "c1",
        User = new ChannelUser("u1", "Alice"), Text = text, Locale = locale,
    };

    private static Turn Submit(string action, Dictionary<string, string>? values = null) => new()
    {
        TurnId = Guid.NewGuid().ToString("N"), Channel = "directline", ConversationId = "c1",
        User = new ChannelUser("u1", "Alice"), Submission = new FormSubmission(action, "token", values ?? []),
    };

    private static Dictionary<string, string> Valid(string brn = "123-45-67890") => new()
    {
        ["vendorName"] = "Hanbit Trading", ["businessRegistrationNumber"] = brn,
        ["address"] = "12 Sejong-daero, Seoul", ["contactEmail"] = "ap@hanbit.example",
    };

    [Fact]
    public void Handle_RecognisedUtterance_SendsFormWithAllSlots()
    {
        var step = Engine().Handle(DialogState.Initial(), Text("Register vendor Hanbit Trading at 12 Sejong-daero, Seoul"));

        Assert.Equal(DialogPhase.Collecting, step.State.Phase);
        Assert.Equal(("erp.vendor.register", 1, "run-1"), (step.State.SkillId, step.State.SkillVersion, step.State.RunId));
        var form = Assert.Single(step.Replies, r => r.Form is not null).Form!;
        Assert.Equal("Register a vendor", form.Title);
        Assert.Equal(("Submit", "Cancel"), (form.SubmitTitle, form.CancelTitle));
        Assert.Equal(["vendorName", "businessRegistrationNumber", "address", "contactEmail"], form.Fields.Select(f => f.Id));
        Assert.Equal("Hanbit Trading", form.Fields[0].Value);
        Assert.Equal("12 Sejong-daero, Seoul", form.Fields[2].Value);
        Assert.Equal("000-00-00000", form.Fields[1].Placeholder);
        Assert.Equal(@"^\d{3}-\d{2}-\d{5}$", form.Fields[1].Pattern);
        Assert.Equal(FieldType.Email, form.Fields[3].Type);
        Assert.True(form.Fields.All(f => f.Required && f.ErrorMessage is not null));
        Assert.Equal("businessRegistrationNumber", step.State.PendingSlot);
        Assert.Null(step.Invocation);
    }

    [Fact]
    public void Handle_FormSubmitThenConfirm_InvokesWithArguments()
    {
        var engine = Engine();
        var started = engine.Handle(DialogState.Initial(), Text("register a vendor"));

        var submitted = engine.Handle(started.State, Submit(FormActions.Submit, Valid()));
        var confirmed = engine.Handle(submitted.State, Submit(FormActions.Confirm));

        Assert.Equal(DialogPhase.Confirming, submitted.State.Phase);
        var confirmation = Assert.Single(submitted.Replies, r => r.Confirmation is not null).Confirmation!;
        Assert.Contains(new KeyValuePair<string, string>("Business registration number", "123-45-67890"), confirmation.Facts);
        Assert.Equal(("Confirm", "Cancel"), (confirmation.ConfirmTitle, confirmation.CancelTitle));
        Assert.Equal(DialogPhase.Executing, confirmed.State.Phase);
        var invocation = confirmed.Invocation!;
        Assert.Equal(("erp.vendor.register", 1, "run-1", "acme-erp", "createVendor", "acme", "en"),
            (invocation.SkillId, invocation.SkillVersion, invocation.RunId, invocation.Connector, invocation.Operation, invocation.Connection, invocation.Language));
        Assert.Equal("Hanbit Trading", invocation.Arguments["name"]);
        Assert.Equal("123-45-67890", invocation.Arguments["businessRegistrationNumber"]);
        Assert.Equal("ap@hanbit.example", invocation.Arguments["contactEmail"]);
    }

    [Fact]
    public void Complete_Succeeded_RendersReplyTemplateAndGoesIdle()
    {
        var engine = Engine();
        var state = Executing(engine, "en");

        var step = engine.Complete(state, SkillOutcome.Succeeded(new Dictionary<string, string> { ["id"] = "V-1001", ["name"] = "Hanbit Trading" }));

        Assert.Equal(DialogPhase.Idle, step.State.Phase);
        Assert.Equal("Registered vendor **Hanbit Trading** (vendor id V-1001).", Assert.Single(step.Replies).Text);
    }

    [Fact]
    public void Complete_Forbidden_RefusesWithoutVendorId()
    {
        var engine = Engine();

        var step = engine.Complete(Executing(engine, "en"), SkillOutcome.Of(SkillOutcomeStatus.Forbidden));

        var text = Assert.Single(step.Replies).Text!;
        Assert.Equal("You don't have permission to do that in Acme ERP. Nothing was changed.", text);
        Assert.DoesNotMatch(@"vendor (id|number)[: ]+\w+", text);
        Assert.Equal(DialogPhase.Idle, step.State.Phase);
    }

    [Fact]
    public void Complete_NotFoundWithoutTemplate_NamesWhatWasLookedFor()
    {
        var engine = Engine();

        var step = engine.Complete(Executing(engine, "en"), SkillOutcome.Of(SkillOutcomeStatus.NotFound));

        Assert.StartsWith("I couldn't find anything in Acme ERP matching \u201cHanbit Trading, ", Assert.Single(step.Replies).Text, StringComparison.Ordinal);
        Assert.Equal(DialogPhase.Idle, step.State.Phase);
    }

    [Fact]
    public void Complete_NotFoundWithTemplate_RendersItInKorean()
    {
        var manifest = TestCatalogs.Real().Find("erp.vendor.register")! with
        {
            NotFound = new LocalizedText("No vendor {vendorName}.", "{vendorName} 업체가 없습니다."),
        };
        var engine = Engine(SkillCatalog.Create([manifest]));

        var step = engine.Complete(Executing(engine, "ko"), SkillOutcome.Of(SkillOutcomeStatus.NotFound));

        Assert.Equal("Hanbit Trading 업체가 없습니다.", Assert.Single(step.Replies).Text);
    }

    [Fact]
    public void Complete_Failed_ApologisesInKorean()
    {
        var engine = Engine();

        var step = engine.Complete(Executing(engine, "ko"), SkillOutcome.Of(SkillOutcomeStatus.Failed));

        Assert.StartsWith("죄송합니다", Assert.Single(step.Replies).Text);
        Assert.Equal("ko", step.Replies[0].Locale);
    }

    [Fact]
    public void Handle_KoreanFlow_UsesKoreanAndInvokes()
    {
        var engine = Engine();

        var started = engine.Handle(DialogState.Initial(), Text("업체 등록해줘"));
        var submitted = engine.Handle(started.State, Submit(FormActions.Submit, Valid()));
        var confirmed = engine.Handle(submitted.State, Text("네"));

        Assert.Equal("ko", started.State.Language);
        Assert.Equal(("업체 등록", "제출", "취소"), (started.Replies[1].Form!.Title, started.Replies[1].Form!.SubmitTitle, started.Replies[1].Form!.CancelTitle));
        Assert.All(started.Replies, r => Assert.Equal("ko", r.Locale));
        Assert.Equal(("확인", "취소"), (submitted.Replies[1].Confirmation!.ConfirmTitle, submitted.Replies[1].Confirmation!.CancelTitle));
        Assert.Equal("ko", confirmed.Invocation!.Language);
    }

    [Theory]
    [InlineData("en", "A business registration number looks like 123-45-67890.")]
    [InlineData("ko", "사업자등록번호는 123-45-67890 형식입니다.")]
    public void Handle_InvalidBrnSubmitted_ResendsFormWithError(string language, string message)
    {
        var engine = Engine();
        var started = engine.Handle(DialogState.Initial(), Text(language == "ko" ? "업체 등록해줘" : "register a vendor"));

        var step = engine.Handle(started.State, Submit(FormActions.Submit, Valid("12-345")));

        Assert.Equal(DialogPhase.Collecting, step.State.Phase);
        Assert.Equal(1, step.State.FailureCount);
        var form = Assert.Single(step.Replies).Form!;
        Assert.Contains(message, form.Intro);
        Assert.Equal("12-345", form.Fields[1].Value);
        Assert.Equal("Hanbit Trading", form.Fields[0].Value);
    }

    [Fact]
    public void Handle_ThreeInvalidSubmissions_EndsGracefully()
    {
        var engine = Engine();
        var state = engine.Handle(DialogState.Initial(), Text("register a vendor")).State;

        state = engine.Handle(state, Submit(FormActions.Submit, Valid("1"))).State;
        state = engine.Handle(state, Submit(FormActions.Submit, Valid("2"))).State;
        var step = engine.Handle(state, Submit(FormActions.Submit, Valid("3")));

        Assert.Equal(DialogPhase.Idle, step.State.Phase);
        Assert.StartsWith("Let's stop here", Assert.Single(step.Replies).Text);
        Assert.Null(step.Invocation);
    }

    [Fact]
    public void Handle_TypedAnswers_FillSlotsInOrderThenConfirm()
    {
        var engine = Engine();
        var state = engine.Handle(DialogState.Initial(), Text("register a vendor")).State;

        var name = engine.Handle(state, Text("Hanbit Trading"));
        var badBrn = engine.Handle(name.State, Text("12345"));
        var brn = engine.Handle(badBrn.State, Text("123-45-67890"));
        var address = engine.Handle(brn.State, Text("12 Sejong-daero, Seoul"));
        var email = engine.Handle(address.State, Text("ap@hanbit.example"));

        Assert.Equal("What is the business registration number (000-00-00000)?", name.Replies.Single().Text);
        Assert.StartsWith("A business registration number looks like 123-45-67890.", badBrn.Replies.Single().Text);
        Assert.Equal("businessRegistrationNumber", badBrn.State.PendingSlot);
        Assert.Equal("What is the vendor's address?", brn.Replies.Single().Text);
        Assert.Equal("contactEmail", address.State.PendingSlot);
        Assert.Equal(DialogPhase.Confirming, email.State.Phase);
        Assert.Equal(4, email.State.Slots.Count);
    }

    [Theory]
    [InlineData("cancel")]
    [InlineData("never mind")]
    [InlineData("취소")]
    [InlineData("그만")]
    [InlineData("됐어")]
    public void Handle_CancelWordWhileCollecting_Cancels(string word)
    {
        var engine = Engine();
        var state = engine.Handle(DialogState.Initial(), Text("register a vendor")).State;

        var step = engine.Handle(state, Text(word));

        Assert.Equal(DialogPhase.Idle, step.State.Phase);
        Assert.Equal("Cancelled. Nothing was changed.", step.Replies.Single().Text);
    }

    [Fact]
    public void Handle_CancelSubmissionInKorean_CancelsInKorean()
    {
        var engine = Engine();
        var state = engine.Handle(DialogState.Initial(), Text("업체 등록해줘")).State;

        var step = engine.Handle(state, Submit(FormActions.Cancel));

        Assert.Equal("취소했습니다. 아무것도 변경하지 않았습니다.", step.Replies.Single().Text);
    }

    [Fact]
    public void Handle_NoWhileConfirming_Cancels()
    {
        var engine = Engine();
        var state = engine.Handle(DialogState.Initial(), Text("register a vendor")).State;
        state = engine.Handle(state, Submit(FormActions.Submit, Valid())).State;

        var step = engine.Handle(state, Text("no"));

        Assert.Equal(DialogPhase.Idle, step.State.Phase);
        Assert.Null(step.Invocation);
    }

    [Theory]
    [InlineData("what's the weather like in Busan tomorrow?", "I can't help with that yet.")]
    [InlineData("help", "I can help you:")]
    [InlineData("what can you do", "I can help you:")]
    [InlineData("오늘 날씨 어때?", "아직 그 요청은 도와드릴 수 없어요.")]
    [InlineData("도움말", "제가 도와드릴 수 있는 일:")]
    [InlineData("뭐 할 수 있어", "제가 도와드릴 수 있는 일:")]
    public void Handle_OutOfScopeOrHelp_ListsSkillsWithoutForm(string text, string start)
    {
        var step = Engine().Handle(DialogState.Initial(), Text(text));

        var reply = Assert.Single(step.Replies);
        Assert.StartsWith(start, reply.Text);
        Assert.Null(reply.Form);
        Assert.Contains(reply.Locale == "ko" ? "• 업체 등록" : "• Register a vendor", reply.Text);
        Assert.Contains(reply.Locale == "ko" ? "\"업체 등록해줘\"" : "Try \"register a vendor\".", reply.Text);
        Assert.Equal(DialogPhase.Idle, step.State.Phase);
    }

    [Fact]
    public void Handle_HelpWhileCollecting_HelpsAndRepromptsAndKeepsState()
    {
        var engine = Engine();
        var state = engine.Handle(DialogState.Initial(), Text("register a vendor")).State;

        var step = engine.Handle(state, Text("help"));

        Assert.Equal(state, step.State);
        Assert.Equal("What is the vendor's name?", step.Replies[^1].Text);
    }

    [Fact]
    public void Handle_SubmissionWhileIdle_SaysFormIsNoLongerActive()
    {
        var step = Engine().Handle(DialogState.Initial(), Submit(FormActions.Submit, Valid()));

        Assert.Equal("That form is no longer active.", step.Replies.Single().Text);
        Assert.Null(step.Invocation);
    }

    [Fact]
    public void Handle_TextWhileExecuting_SaysStillWorking()
    {
        var engine = Engine();

        var step = engine.Handle(Executing(engine, "en"), Text("hello?"));

        Assert.StartsWith("I'm still working on", step.Replies.Single().Text);
        Assert.Equal(DialogPhase.Executing, step.State.Phase);
    }

    [Fact]
    public void Handle_SignInCompletedWhileExecuting_ReissuesSameRun()
    {
        var engine = Engine();
        var state = Executing(engine, "en");

        var step = engine.Handle(state, Text("") with { Kind = TurnKind.SignInCompleted, Text = null });

        Assert.Equal(state.RunId, step.Invocation!.RunId);
    }

    [Fact]
    public void Handle_RunStartedOnVersion1_StaysOnVersion1AfterVersion2IsRegistered()
    {
        var v1 = Catalog.Find("erp.vendor.register")!;
        var v2 = v1 with { Version = 2, Action = v1.Action with { Operation = "createVendorV2" } };
        var state = Engine().Handle(DialogState.Initial(), Text("register a vendor")).State;
        var engine = Engine(Catalog.With(v2));

        state = engine.Handle(state, Submit(FormActions.Submit, Valid())).State;
        var step = engine.Handle(state, Submit(FormActions.Confirm));
        var fresh = engine.Handle(DialogState.Initial(), Text("register a vendor"));

        Assert.Equal((1, "createVendor"), (step.Invocation!.SkillVersion, step.Invocation.Operation));
        Assert.Equal(2, fresh.State.SkillVersion);
    }

    [Theory]
    [InlineData("register a vendor", "ko-KR", "en")]
    [InlineData("업체 등록해줘", "en-US", "ko")]
    [InlineData("123", "ko-KR", "ko")]
    [InlineData("123", "en-US", "en")]
    public void Handle_Language_FollowsTextThenLocale(string text, string locale, string expected)
    {
        var step = Engine().Handle(DialogState.Initial(), Text(text, locale));

        Assert.Equal(expected, step.State.Language);
        Assert.All(step.Replies, r => Assert.Equal(expected, r.Locale));
    }

    [Fact]
    public void DialogState_JsonRoundTrip_KeepsEveryField()
    {
        var engine = Engine();
        var state = engine.Handle(DialogState.Initial(), Text("업체 등록해줘")).State;
        state = engine.Handle(state, Text("한빛상사")).State;

        var json = JsonSerializer.Serialize(state, DialogJsonContext.Default.DialogState);
        var back = JsonSerializer.Deserialize(json, DialogJsonContext.Default.DialogState)!;

        Assert.Contains("\"phase\":\"Collecting\"", json);
        Assert.Equal(state with { Slots = back.Slots }, back);
        Assert.Equal(state.Slots, back.Slots);
    }

    private static DialogState Executing(DialogEngine engine, string language)
    {
        var state = engine.Handle(DialogState.Initial(), Text(language == "ko" ? "업체 등록해줘" : "register a vendor")).State;
        state = engine.Handle(state, Submit(FormActions.Submit, Valid())).State;
        return engine.Handle(state, Submit(FormActions.Confirm)).State;
    }
}
