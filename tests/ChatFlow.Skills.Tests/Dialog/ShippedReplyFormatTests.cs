using ChatFlow.Skills.Conversations;
using ChatFlow.Skills.Dialog;
using ChatFlow.Skills.Manifests;
using ChatFlow.Skills.Recognition;

namespace ChatFlow.Skills.Tests.Dialog;

/// <summary>The shipped manifests' replies as people read them: money by currency and language, friendly dates and
/// months, the raw values the back end sent never shown.</summary>
public class ShippedReplyFormatTests
{
    private static readonly SkillCatalog Shipped = TestCatalogs.Real();
    private static readonly DateTimeOffset Now = new(2026, 3, 4, 1, 0, 0, TimeSpan.Zero);

    private static DialogEngine Engine() => new(Shipped, new EmbeddedIntentRecognizer(Shipped));

    private static DialogState Executing(DialogEngine engine, string text, string locale)
    {
        var step = engine.Handle(DialogState.Initial(), new Turn
        {
            TurnId = Guid.NewGuid().ToString("N"), Channel = "directline", ConversationId = "c1",
            User = new ChannelUser("u1", "Alice"), Text = text, Locale = locale, ReceivedAtMs = Now.ToUnixTimeMilliseconds(),
        });
        Assert.Equal(DialogPhase.Executing, step.State.Phase);
        return step.State;
    }

    [Theory]
    [InlineData("show my payslip for December 2025", "en-US",
        "Your payslip for December 2025: gross ₩11,100,000, deductions ₩1,332,000, net pay **₩9,768,000** (paid Thu, Dec 25, 2025).")]
    [InlineData("2025년 12월 급여명세서 보여줘", "ko-KR",
        "2025년 12월 급여명세서: 총급여 11,100,000원, 공제 1,332,000원, 실수령액 **9,768,000원** (지급일 2025년 12월 25일 (목)).")]
    public void Complete_Payslip_ShowsWonAndDatesInTheUsersLanguage(string request, string locale, string expected)
    {
        var engine = Engine();
        var state = Executing(engine, request, locale);

        var step = engine.Complete(state, SkillOutcome.Succeeded(new Dictionary<string, string>
        {
            ["month"] = "2025-12", ["grossPay"] = "11100000.0", ["deductions"] = "1332000", ["netPay"] = "9768000.0",
            ["currency"] = "KRW", ["payDate"] = "2025-12-25",
        }));

        Assert.Equal(expected, Assert.Single(step.Replies).Text);
    }

    [Theory]
    [InlineData("show invoices from vendor Daehan", "en-US",
        "Invoices for **Daehan** (2):\n• INV-2025-0201 — Daehan Logistics: $4,820.50, approved, due Fri, Nov 14, 2025\n• INV-2025-0202 — Daehan Logistics: ₩9,300,000, overdue, due Fri, Sep 19, 2025")]
    [InlineData("Daehan 거래처 송장 보여줘", "ko-KR",
        "**Daehan** 송장 2건:\n• INV-2025-0201 — Daehan Logistics: 4,820.50달러, 상태 지급 승인, 만기일 2025년 11월 14일 (금)\n• INV-2025-0202 — Daehan Logistics: 9,300,000원, 상태 연체, 만기일 2025년 9월 19일 (금)")]
    public void Complete_InvoiceList_FormatsEachItemByItsOwnCurrency(string request, string locale, string expected)
    {
        var engine = Engine();
        var state = Executing(engine, request, locale);

        var step = engine.Complete(state, SkillOutcome.Succeeded(new Dictionary<string, string>
        {
            ["count"] = "2",
            ["0.number"] = "INV-2025-0201", ["0.vendorName"] = "Daehan Logistics", ["0.amount"] = "4820.50", ["0.currency"] = "USD",
            ["0.status"] = "approved", ["0.dueDate"] = "2025-11-14",
            ["1.number"] = "INV-2025-0202", ["1.vendorName"] = "Daehan Logistics", ["1.amount"] = "9300000", ["1.currency"] = "KRW",
            ["1.status"] = "overdue", ["1.dueDate"] = "2025-09-19",
        }));

        Assert.Equal(expected, Assert.Single(step.Replies).Text);
    }

    [Theory]
    [InlineData("INV-2025-0101 지급됐나요?", "ko-KR", "open", "상태 미지급,")]
    [InlineData("INV-2025-0101 지급됐나요?", "ko-KR", "PAID", "상태 지급 완료,")]
    [InlineData("INV-2025-0101 지급됐나요?", "ko-KR", "disputed", "상태 disputed,")]
    [InlineData("is invoice INV-2025-0101 paid", "en-US", "open", "₩1,250,000, open, due")]
    public void Complete_InvoiceStatus_ReadsInTheUsersLanguage(string request, string locale, string status, string expected)
    {
        var engine = Engine();
        var state = Executing(engine, request, locale);

        var step = engine.Complete(state, SkillOutcome.Succeeded(new Dictionary<string, string>
        {
            ["count"] = "1", ["0.number"] = "INV-2025-0101", ["0.vendorName"] = "Hanbit Office Supply", ["0.amount"] = "1250000",
            ["0.currency"] = "KRW", ["0.status"] = status, ["0.dueDate"] = "2025-10-31",
        }));

        Assert.Contains(expected, Assert.Single(step.Replies).Text, StringComparison.Ordinal);
    }
}
