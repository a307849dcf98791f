using ChatFlow.Skills.Recognition;

namespace ChatFlow.Skills.Tests.Recognition;

/// <summary>Paraphrases of the shipped skill that are in no manifest and no other test: the recogniser's accuracy on
/// them is reported in docs/BENCHMARKS.md.</summary>
public class HeldBackParaphraseTests
{
    private const string Vendor = "erp.vendor.register";

    internal static readonly string[] English =
    [
        "I'd like to register a new supplier", "please set up vendor Blue Ocean Logistics",
        "we have a new supplier, can you add it to the ERP", "create a new vendor in the system",
        "add Daehan Steel to our vendors", "I want to onboard a supplier", "register supplier Kumho Parts",
        "can you create a supplier record for Acme Paper", "new supplier onboarding please", "help me register a vendor",
        "set up a new vendor account for Mirae Foods", "add a supplier to the vendor list",
    ];

    internal static readonly string[] Korean =
    [
        "거래처 등록하고 싶어요", "새 공급업체 등록 부탁드립니다", "신규 업체 등록해 주세요", "한빛상사를 업체로 등록해줘",
        "협력업체 하나 추가해 주세요", "ERP에 새 업체 등록해줘", "거래처 신규 등록", "업체 추가해줘",
        "공급업체를 새로 만들고 싶어요", "벤더 추가 부탁해요", "미래식품 거래처로 등록해 주세요", "새로운 거래처를 등록하려고 해요",
    ];

    private static readonly EmbeddedIntentRecognizer Single = new(TestCatalogs.Real());
    private static readonly EmbeddedIntentRecognizer Many = new(TestCatalogs.Several());

    [Theory]
    [InlineData("en")]
    [InlineData("ko")]
    public void Recognize_HeldBackParaphrases_AtLeastNineInTenPickTheShippedSkill(string language)
    {
        var paraphrases = language == "en" ? English : Korean;

        foreach (var recognizer in new[] { Single, Many })
        {
            var missed = paraphrases.Where(p => recognizer.Recognize(p, null).TopSkillId != Vendor).ToList();

            Assert.True(missed.Count * 10 <= paraphrases.Length,
                $"{recognizer.SkillCount} skills, {language}: missed {missed.Count}/{paraphrases.Length}: {string.Join(" | ", missed)}");
        }
    }
}
