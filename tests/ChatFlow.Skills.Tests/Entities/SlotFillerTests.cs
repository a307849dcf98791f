using ChatFlow.Skills.Manifests;
using ChatFlow.Skills.Recognition.Entities;

namespace ChatFlow.Skills.Tests.Entities;

/// <summary>Slot values found in a first utterance for the shipped skills: months, choices, single days and codes
/// shaped like the slot's placeholder.</summary>
public class SlotFillerTests
{
    private static readonly SkillCatalog Shipped = TestCatalogs.Real();

    private static IReadOnlyDictionary<string, string> Fill(string skillId, string utterance) =>
        new SlotFiller(Shipped.Find(skillId)!).Fill(utterance);

    [Theory]
    [InlineData("show my payslip for last month", "last month")]
    [InlineData("how much was I paid in October", "October")]
    [InlineData("지난달 급여명세서 보여줘", "지난달")]
    [InlineData("2026년 10월 급여 내역 조회해줘", "2026년 10월")]
    public void Fill_PayslipUtteranceWithMonth_FillsMonthAsTyped(string utterance, string month)
    {
        Assert.Equal(month, Fill("hr.payslip.show", utterance)["month"]);
    }

    [Theory]
    [InlineData("I want to take annual leave next Friday", "annual", "next Friday")]
    [InlineData("I'm off sick tomorrow", "sick", "tomorrow")]
    public void Fill_TimeOffUtterance_FillsTypeAndSingleDay(string utterance, string type, string dates)
    {
        var values = Fill("hr.timeoff.request", utterance);

        Assert.Equal((type, dates), (values["type"], values["dates"]));
    }

    [Theory]
    [InlineData("hr.timeoff.request", "type", "다음 주 금요일부터 3일 연차 쓸게요", "annual")]
    [InlineData("hr.timeoff.request", "type", "내일 병가로 쉴게요", "sick")]
    [InlineData("hr.timeoff.request", "type", "take parental leave from March 9 to March 20", "parental")]
    [InlineData("erp.expense.submit", "category", "expense a taxi ride", "transport")]
    public void Fill_UtteranceNamingOneChoiceByLabelOrSynonym_FillsIt(string skillId, string slot, string utterance, string choice)
    {
        Assert.Equal(choice, Fill(skillId, utterance)[slot]);
    }

    [Theory]
    [InlineData("erp.expense.submit", "category", "I spent $40 on other stuff")]
    [InlineData("hr.timeoff.request", "type", "sick or annual leave tomorrow")]
    [InlineData("hr.timeoff.request", "type", "연차휴가도 병가도 아니고 그냥 쉬고 싶어요")]
    public void Fill_NoSingleNamedChoice_LeavesChoiceEmpty(string skillId, string slot, string utterance)
    {
        Assert.False(Fill(skillId, utterance).ContainsKey(slot));
    }

    [Theory]
    [InlineData("check invoice INV-2025-0102", "INV-2025-0102")]
    [InlineData("can you pull up INV-2099-9999 for me?", "INV-2099-9999")]
    [InlineData("INV-2025-0201을 확인해 줄래?", "INV-2025-0201")]
    public void Fill_CodeShapedLikePlaceholder_FillsTextSlot(string utterance, string query)
    {
        Assert.Equal(query, Fill("erp.invoice.lookup", utterance)["invoiceQuery"]);
    }

    [Theory]
    [InlineData("check invoices INV-2025-0101 and INV-2025-0102")]
    [InlineData("check an invoice from 2025")]
    public void ShapedLike_NoneOrSeveralCodes_ReturnsNull(string utterance)
    {
        var slot = Shipped.Find("erp.invoice.lookup")!.FindSlot("invoiceQuery")!;

        Assert.Null(SlotFiller.ShapedLike(slot, utterance));
    }

    [Fact]
    public void Accepts_Month_OnlyForTextSlotWhosePatternTakesIt()
    {
        var month = new Entity(EntityKind.Month, "2026-10", 0, 7);
        var payslip = Shipped.Find("hr.payslip.show")!.FindSlot("month")!;
        var brn = Shipped.Find("erp.vendor.register")!.FindSlot("businessRegistrationNumber")!;
        var name = Shipped.Find("erp.vendor.register")!.FindSlot("vendorName")!;

        Assert.Equal((true, false, false), (SlotFiller.Accepts(payslip, month), SlotFiller.Accepts(brn, month), SlotFiller.Accepts(name, month)));
    }
}
