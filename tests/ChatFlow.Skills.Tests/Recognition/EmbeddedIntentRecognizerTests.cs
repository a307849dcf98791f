using System.Diagnostics;
using ChatFlow.Skills.Manifests;
using ChatFlow.Skills.Recognition;

namespace ChatFlow.Skills.Tests.Recognition;

public class EmbeddedIntentRecognizerTests
{
    private const string Vendor = "erp.vendor.register";
    private static readonly EmbeddedIntentRecognizer Single = new(TestCatalogs.VendorOnly());
    private static readonly EmbeddedIntentRecognizer Many = new(TestCatalogs.Several());

    public static TheoryData<string> VendorParaphrases => new()
    {
        "register a vendor", "I need to add a new supplier", "can you set up a new vendor for us", "Register vendor ABC Corp",
        "업체 등록해줘", "업체를 등록해 주세요", "업체등록해줘", "거래처 하나 추가해줘",
        "please register a new supplier", "add vendor Hanbit Trading", "새 거래처 등록해 주세요", "공급업체 추가",
    };

    public static TheoryData<string> OutOfScope => new()
    {
        "what's the weather like in Busan tomorrow?", "tell me a joke", "오늘 날씨 어때?", "book a meeting room", "hi",
        "play some music", "점심 뭐 먹지", "안녕", "reset my password", "I need a new laptop",
    };

    [Theory]
    [MemberData(nameof(VendorParaphrases))]
    public void Recognize_VendorParaphrase_PicksVendorRegister(string utterance)
    {
        var result = Single.Recognize(utterance, null);

        Assert.Equal(Vendor, result.TopSkillId);
        Assert.False(result.IsOutOfScope);
    }

    [Theory]
    [MemberData(nameof(VendorParaphrases))]
    public void Recognize_VendorParaphraseAmongSeveralSkills_RanksVendorFirst(string utterance)
    {
        var result = Many.Recognize(utterance, null);

        Assert.Equal(Vendor, result.TopSkillId);
    }

    [Theory]
    [MemberData(nameof(OutOfScope))]
    public void Recognize_UnrelatedUtterance_IsOutOfScope(string utterance)
    {
        var single = Single.Recognize(utterance, null);
        var many = Many.Recognize(utterance, null);

        Assert.True(single.IsOutOfScope, $"{utterance}: {string.Join(", ", single.Candidates)}");
        Assert.True(many.IsOutOfScope, $"{utterance}: {string.Join(", ", many.Candidates)}");
        Assert.Null(single.TopSkillId);
    }

    [Theory]
    [InlineData("what time is it")]
    [InlineData("회의실 예약해줘")]
    public void Recognize_UnrelatedUtteranceWithOneSkill_IsOutOfScope(string utterance)
    {
        var result = Single.Recognize(utterance, "en-US");

        Assert.True(result.IsOutOfScope);
    }

    [Theory]
    [InlineData("I'd like to take a vacation next week", "hr.timeoff.request")]
    [InlineData("연차 신청할게요", "hr.timeoff.request")]
    [InlineData("show me my payslip", "hr.payslip.show")]
    [InlineData("급여명세서 좀 보여줘", "hr.payslip.show")]
    [InlineData("look up invoice INV-001", "erp.invoice.lookup")]
    [InlineData("송장 조회해줘", "erp.invoice.lookup")]
    public void Recognize_SeveralSkills_RanksTheMeantSkillFirst(string utterance, string expected)
    {
        var result = Many.Recognize(utterance, null);

        Assert.Equal(expected, result.TopSkillId);
        Assert.Equal(result.Candidates.OrderByDescending(c => c.Score).Select(c => c.SkillId), result.Candidates.Select(c => c.SkillId));
    }

    [Fact]
    public void Recognize_EveryManifestExample_ResolvesToItsSkillAndFillsItsSlots()
    {
        var catalog = TestCatalogs.Several();
        var recognizer = new EmbeddedIntentRecognizer(catalog);
        foreach (var skill in catalog.Skills)
        {
            foreach (var example in skill.Utterances.Values.SelectMany(u => u))
            {
                var samples = skill.Slots.ToDictionary(s => s.Name, s => SampleValue(s.Name));
                var utterance = Templates.Render(example, name => samples[name]);

                var result = recognizer.Recognize(utterance, null);

                Assert.True(skill.Id == result.TopSkillId, $"'{utterance}' → {result.TopSkillId ?? "out of scope"}");
                foreach (var name in Templates.Names(example))
                {
                    Assert.True(result.Slots.TryGetValue(name, out var value) && value == samples[name],
                        $"'{utterance}': slot {name} = '{result.Slots.GetValueOrDefault(name)}'");
                }
            }
        }
    }

    [Fact]
    public void Recognize_SameInput_IsDeterministic()
    {
        // Speed is measured by benchmarks/ChatFlow.Benchmarks (BenchmarkDotNet), not by a timed unit test.
        var first = Many.Recognize("업체 등록해줘", "ko-KR");
        IntentRecognition? last = null;
        for (var i = 0; i < 100; i++)
        {
            last = Many.Recognize("업체 등록해줘", "ko-KR");
        }

        Assert.Equal(first.Candidates, last!.Candidates);
        Assert.Equal(first.TopSkillId, new EmbeddedIntentRecognizer(TestCatalogs.Several()).Recognize("업체 등록해줘", "ko-KR").TopSkillId);
    }

    [Theory]
    [InlineData(RecognizerClassifier.Svm)]
    [InlineData(RecognizerClassifier.Softmax)]
    [InlineData(RecognizerClassifier.Ensemble)]
    public void Recognize_EachClassifier_RanksTheMeantSkillFirstAndRetrainsIdentically(RecognizerClassifier classifier)
    {
        var options = new EmbeddedRecognizerOptions { Classifier = classifier };
        var first = new EmbeddedIntentRecognizer(TestCatalogs.Several(), options);
        var second = new EmbeddedIntentRecognizer(TestCatalogs.Several(), options);

        foreach (var (utterance, expected) in new[] { ("show me my payslip", "hr.payslip.show"), ("연차 신청할게요", "hr.timeoff.request"), ("register a vendor", Vendor) })
        {
            var result = first.Recognize(utterance, null);
            Assert.Equal(expected, result.TopSkillId);
            Assert.Equal(result.Candidates, second.Recognize(utterance, null).Candidates);
        }
    }

    [Fact]
    public void Recognize_EmptyCatalog_IsOutOfScope()
    {
        var recognizer = new EmbeddedIntentRecognizer(SkillCatalog.Empty);

        Assert.True(recognizer.Recognize("register a vendor", "en").IsOutOfScope);
    }

    private static string SampleValue(string slot) => slot switch
    {
        "vendorName" => "Hanbit Trading",
        "address" => "12 Sejong-daero, Seoul",
        "number" => "INV-2024-001",
        "start" => "2025-03-01",
        _ => "sample",
    };
}
