using ChatFlow.Skills.Manifests;

namespace ChatFlow.Skills.Tests;

/// <summary>The real manifests copied to the test output, and made-up skills for ranking tests.</summary>
internal static class TestCatalogs
{
    internal static string SkillsDirectory => Path.Combine(AppContext.BaseDirectory, "manifests", "skills");

    internal static SkillCatalog Real()
    {
        var result = SkillCatalog.LoadDirectory(SkillsDirectory);
        Assert.Empty(result.Errors);
        return result.Catalog;
    }

    /// <summary>Only the shipped vendor skill: for tests written against a one-skill catalog, so they do not move
    /// when more shipped manifests arrive.</summary>
    internal static SkillCatalog VendorOnly() =>
        SkillCatalog.Create(Real().Skills.Where(s => s.Id == "erp.vendor.register"));

    /// <summary>Skills without slots made of English examples only (for recogniser tests).</summary>
    internal static SkillCatalog Create(params (string Id, string[] English)[] skills) =>
        SkillCatalog.Create(skills.Select(s => new SkillManifest
        {
            Id = s.Id,
            Version = 1,
            Name = new LocalizedText(s.Id),
            Utterances = new Dictionary<string, IReadOnlyList<string>> { ["en"] = s.English },
            Slots = [],
            Confirm = false,
            Action = new SkillAction { Connector = "test", Operation = "none", Connection = "none", Arguments = [], SystemName = new LocalizedText("test") },
        }));

    internal static SkillManifest Parse(string yaml, string source = "test.yaml")
    {
        var result = SkillManifestLoader.LoadText(yaml, source);
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        return result.Manifest!;
    }

    internal const string TimeOff = """
        id: hr.timeoff.request
        version: 1
        name: { en: Request time off, ko: 휴가 신청 }
        utterances:
          en: [request time off, I want to take a vacation, "take leave from {start}", apply for annual leave, I need a day off]
          ko: [휴가 신청할게, 연차 쓰고 싶어, 휴가 내고 싶어요, 연차 신청해줘]
        slots:
          - { name: start, type: date, required: true }
        action: { connector: acme-hr, operation: requestLeave, connection: acme, arguments: { start: "{start}" } }
        """;

    internal const string Payslip = """
        id: hr.payslip.show
        version: 1
        name: { en: Show my payslip, ko: 급여명세서 보기 }
        utterances:
          en: [show my payslip, what was my salary last month, I want to see my pay stub, download my payslip]
          ko: [급여명세서 보여줘, 지난달 월급 얼마야, 월급 명세서 확인, 급여 명세서 보기]
        slots: []
        confirm: false
        action: { connector: acme-hr, operation: getPayslip, connection: acme, arguments: {} }
        """;

    internal const string InvoiceLookup = """
        id: erp.invoice.lookup
        version: 1
        name: { en: Look up an invoice, ko: 송장 조회 }
        utterances:
          en: ["look up invoice {number}", find an invoice, "what is the status of invoice {number}", check an invoice]
          ko: ["{number} 송장 조회해줘", 인보이스 찾아줘, 송장 상태 확인]
        slots:
          - { name: number, type: text, required: true }
        confirm: false
        action: { connector: acme-erp, operation: getInvoice, connection: acme, arguments: { number: "{number}" } }
        """;

    /// <summary>The vendor skill and the made-up ones above (standing in for the shipped skills of the same ids).</summary>
    internal static SkillCatalog Several() =>
        SkillCatalog.Create(VendorOnly().Skills.Concat([Parse(TimeOff), Parse(Payslip), Parse(InvoiceLookup)]));
}
