using ChatFlow.Skills.Manifests;
using ChatFlow.Skills.Recognition.Entities;

namespace ChatFlow.Skills.Tests.Entities;

/// <summary>Slot values found in a first utterance for the shipped skills: months, choices, single days and codes
/// shaped like the slot's placeholder.</summary>
public class SlotFillerTests
{
    private static readonly SkillCatalog Shipped = TestCatalogs.Real();

    private static IReadOnlyDictionary<string, string> Fill(string skillId, string utterance, bool residual = false) =>
        new SlotFiller(Shipped.Find(skillId)!).Fill(utterance, residual);

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

    [Theory]
    [InlineData("사람 찾아줘")]
    [InlineData("동료 좀 찾아줘")]
    [InlineData("직원 찾아주세요")]
    [InlineData("직원 한 명 찾아줘")]
    [InlineData("팀원 연락처 알려줘")]
    [InlineData("find someone")]
    [InlineData("look up a coworker")]
    [InlineData("who is someone")]
    [InlineData("who is this person")]
    public void Fill_OnlyRequestWordsWhereTheNameWouldBe_LeavesThePersonEmpty(string utterance)
    {
        Assert.False(Fill("directory.person.find", utterance, residual: true).ContainsKey("person"));
    }

    [Theory]
    [InlineData("whats minji's email", "minji")]
    [InlineData("find alice kim's phone number", "alice kim")]
    [InlineData("who is Bob's manager?", "Bob")]
    [InlineData("who is the manager of Park Jihoon", "Park Jihoon")]
    [InlineData("박지훈 어디 소속이야", "박지훈")]
    [InlineData("박지훈의 매니저가 누구야", "박지훈")]
    [InlineData("김민수 상사가 누구야", "김민수")]
    [InlineData("김민수 님 찾아주세요", "김민수 님")]
    [InlineData("민지 씨 이메일 알려줘", "민지")]
    [InlineData("김하은 찾아줘", "김하은")]
    public void Fill_NameWithPossessiveParticleOrQuestion_IsTheNameAlone(string utterance, string person)
    {
        Assert.Equal(person, Fill("directory.person.find", utterance, residual: true)["person"]);
    }

    [Theory]
    [InlineData("who's my manager?", "me")]
    [InlineData("who do I report to", "me")]
    [InlineData("what's my job title in the directory", "me")]
    [InlineData("제 팀장님이 누구세요?", "본인")]
    [InlineData("내 상사 누구야", "본인")]
    [InlineData("우리 팀장님 누구야?", "본인")]
    [InlineData("우리 팀장님 누구야", "본인")] // was: no value, so the bot asked whom
    [InlineData("who is my manager", "me")]
    [InlineData("나 어느 부서야?", "본인")]
    [InlineData("who is Bob's manager?", "Bob")]
    [InlineData("find me Alice Kim", "Alice Kim")]
    public void Fill_QuestionAboutTheUserHerself_IsTheSelfValue(string utterance, string person)
    {
        Assert.Equal(person, Fill("directory.person.find", utterance, residual: true).GetValueOrDefault("person"));
    }

    [Theory]
    [InlineData("박지훈 어디 소속이야", "박지훈")]
    [InlineData("이서연 과장님 어디 계셔", "이서연")]
    public void Fill_KoreanPersonsName_IsFoundEvenWithoutResidualWords(string utterance, string person)
    {
        Assert.Equal(person, Fill("directory.person.find", utterance)["person"]);
    }

    [Theory]
    [InlineData("서울역 어디야")]
    [InlineData("이번주 회의 어디야")]
    [InlineData("최대한 빨리 알려줘")]
    public void Fill_EverydayWordShapedLikeAName_IsNoPerson(string utterance)
    {
        Assert.False(Fill("directory.person.find", utterance).ContainsKey("person"));
    }

    [Theory]
    [InlineData("한빛 송장 좀 보여줘", "한빛")]
    [InlineData("한빛에 줄 돈 얼마야?", "한빛")]
    [InlineData("한빛한테 줄 돈이 얼마야", "한빛")]
    [InlineData("한빛의 송장 조회해 주세요", "한빛")]
    [InlineData("한빛 송장 조회해줘", "한빛")]
    [InlineData("한빛상사가 보낸 송장 보여줘", "한빛상사")]
    [InlineData("한빛 쪽 송장 있어?", "한빛")]
    [InlineData("what do we owe hanbit", "hanbit")] // a vendor typed in lower case
    [InlineData("any invoices from daehan?", "daehan")]
    [InlineData("do we owe Hanbit anything?", "Hanbit")]
    [InlineData("ugh so Daehan Logistics has been calling me all morning about money, can you pull up their invoices", "Daehan Logistics")]
    public void Fill_VendorWithParticleFillerOrLowerCase_IsTheVendorAlone(string utterance, string query)
    {
        Assert.Equal(query, Fill("erp.invoice.lookup", utterance, residual: true)["invoiceQuery"]);
    }

    [Theory]
    [InlineData("미지급 송장 있나요")]
    [InlineData("연체된 송장 보여줘")]
    [InlineData("이 인보이스 결제됐는지 봐줘")]
    [InlineData("빨리 송장 조회해줘")]
    [InlineData("지난달 송장 좀 보여줘")]
    [InlineData("송장 납기일 알려줘")]
    [InlineData("show me unpaid invoices")]
    [InlineData("any overdue bills this month?")]
    [InlineData("which invoices are due this week")]
    [InlineData("what do we owe in total")]
    public void Fill_InvoiceRequestWithoutAVendor_LeavesTheQueryEmpty(string utterance)
    {
        Assert.False(Fill("erp.invoice.lookup", utterance, residual: true).ContainsKey("invoiceQuery"));
    }

    [Theory]
    [InlineData("register vendor Sejong Paper", "Sejong Paper")]
    [InlineData("please register vendor Sejong Paper", "Sejong Paper")]
    [InlineData("can you register vendor Sejong Paper", "Sejong Paper")]
    [InlineData("register vendor Pretty Please Bakery", "Pretty Please Bakery")] // a courtesy word inside a name stays
    [InlineData("please register vendor Pretty Please Bakery please", "Pretty Please Bakery")]
    [InlineData("세종문구 업체 등록해 주세요", "세종문구")]
    [InlineData("(주)가나다 업체 등록해주실래요?", "(주)가나다")]
    public void Fill_VendorNameInAnExampleSaidWithOtherCourtesy_FillsTheName(string utterance, string name)
    {
        Assert.Equal(name, Fill("erp.vendor.register", utterance)["vendorName"]);
    }

    [Theory]
    [InlineData("please register Blue Ocean Foods as a vendor, BRN 214-86-55555, address 77 Teheran-ro, Gangnam-gu, Seoul, contact orders@blueocean.example",
        "Blue Ocean Foods", "214-86-55555", "77 Teheran-ro, Gangnam-gu, Seoul", "orders@blueocean.example")]
    [InlineData("(주)가나다 업체 등록해주세요. 사업자번호 123-45-67890, 주소 서울 중구 세종대로 12, 이메일 ap@gana.example",
        "(주)가나다", "123-45-67890", "서울 중구 세종대로 12", "ap@gana.example")]
    [InlineData("vendor name Sejong Paper, address 1 Jong-ro, email ap@sejong.example, BRN 220-81-12345",
        "Sejong Paper", "220-81-12345", "1 Jong-ro", "ap@sejong.example")]
    [InlineData("업체명은 가나다, 주소는 서울시 중구 세종대로 12, 사업자번호 220-81-12345, 메일 ap@gana.example",
        "가나다", "220-81-12345", "서울시 중구 세종대로 12", "ap@gana.example")]
    public void Fill_OneShotVendorWithLabelledValues_FillsEveryField(string utterance, string name, string brn, string address, string email)
    {
        var values = Fill("erp.vendor.register", utterance, residual: true);

        Assert.Equal((name, brn, address, email),
            (values.GetValueOrDefault("vendorName"), values.GetValueOrDefault("businessRegistrationNumber"),
                values.GetValueOrDefault("address"), values.GetValueOrDefault("contactEmail")));
    }
}
