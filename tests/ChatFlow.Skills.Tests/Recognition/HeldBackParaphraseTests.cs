using ChatFlow.Skills.Recognition;
using ChatFlow.Skills.Recognition.Encoders;

namespace ChatFlow.Skills.Tests.Recognition;

/// <summary>The held-back paraphrases of every shipped skill (<see cref="HeldBackParaphrases"/>) are recognised by the
/// shipped catalog's recogniser, without and (when the set-up made them, <c>CHATFLOW_WORD_VECTORS</c>) with the word
/// vectors <c>scripts/run</c> uses. Accuracies are reported in docs/BENCHMARKS.md.</summary>
public class HeldBackParaphraseTests
{
    private const string Vendor = "erp.vendor.register";

    /// <summary>Least share of the vendor skill's paraphrases whose top skill must be the right one.</summary>
    private const double Required = 0.9;

    /// <summary>Least share of all the shipped skills' paraphrases of a language whose top skill must be the right
    /// one: what the recogniser reaches now (docs/BENCHMARKS.md: en 62/72 without and 67/72 with word vectors, 66/72
    /// with the sentence encoder too (its guard is 0.9); ko 61, 62 and 61/72), a guard against regressions. Every miss but two is an out-of-scope answer (the bot asks), not a
    /// wrong skill: <c>송장 하나 찾아줘</c> (→ person search) and, with vectors, <c>check the status of a bill from a
    /// supplier</c> (→ vendor registration).</summary>
    private static double RequiredFor(string language) => language == "en" ? 0.85 : 0.8;

    private static readonly Lazy<EmbeddedIntentRecognizer> Shipped = new(() => new(TestCatalogs.Real()));
    private static readonly Lazy<EmbeddedIntentRecognizer?> ShippedWithVectors = new(() =>
        SetUpFiles.WordVectors is { } path ? new(TestCatalogs.Real(), new EmbeddedRecognizerOptions { WordVectors = WordVectors.Load(path) }) : null);

    private static readonly Lazy<EmbeddedIntentRecognizer?> ShippedWithEncoder = new(() =>
        SetUpFiles.WordVectors is { } path && SetUpFiles.SentenceEncoder is { } encoder
            ? new(TestCatalogs.Real(), new EmbeddedRecognizerOptions { WordVectors = WordVectors.Load(path), SentenceEncoder = UniversalSentenceEncoderLite.Load(encoder) })
            : null);

    [Fact]
    public void HeldBackParaphrases_CoverEveryShippedSkill_AndNoneIsAManifestExample()
    {
        var catalog = TestCatalogs.Real();
        var examples = catalog.Skills.SelectMany(s => s.Utterances.Values.SelectMany(u => u)).Select(Key).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(catalog.Skills.Select(s => s.Id).Order(StringComparer.Ordinal), HeldBackParaphrases.BySkill.Keys.Order(StringComparer.Ordinal));
        foreach (var (skill, (english, korean)) in HeldBackParaphrases.BySkill)
        {
            Assert.True(english.Length >= 10 && korean.Length >= 10, $"{skill}: {english.Length} en, {korean.Length} ko");
            Assert.DoesNotContain(english.Concat(korean), p => examples.Contains(Key(p)));
        }

        static string Key(string text) => new([.. text.ToLowerInvariant().Where(char.IsLetterOrDigit)]);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ko")]
    public void Recognize_HeldBackParaphrases_PickTheirSkillInTheShippedCatalog(string language) =>
        AssertAccuracy(Shipped.Value, language);

    [Theory]
    [InlineData("en")]
    [InlineData("ko")]
    public void Recognize_HeldBackParaphrases_PickTheirSkillWithTheWordVectorsOfScriptsRun(string language)
    {
        if (SetUpFiles.Missing(ShippedWithVectors.Value, out var recognizer))
        {
            return;
        }

        AssertAccuracy(recognizer, language);
    }

    /// <summary>Requests for things no shipped skill does, and chit-chat: the recogniser must not send them to a skill,
    /// with or without word vectors (a sentence vector of function words only must not look like a request).</summary>
    public static TheoryData<string> OutOfScope => new()
    {
        "what's the weather like in Busan tomorrow?", "tell me a joke", "book a meeting room", "hi", "play some music",
        "reset my password", "I need a new laptop", "what time is it", "I need a new one", "can you do that for me",
        "what's the capital of France?", "who invented the telephone", "what is the population of Korea",
        "오늘 날씨 어때?", "점심 뭐 먹지", "안녕", "회의실 예약해줘",
    };

    [Theory]
    [MemberData(nameof(OutOfScope))]
    public void Recognize_OutOfScopeRequest_IsOutOfScopeInTheShippedCatalog(string utterance)
    {
        Assert.True(Shipped.Value.Recognize(utterance, null).IsOutOfScope, "without vectors");
        if (ShippedWithVectors.Value is { } withVectors)
        {
            var result = withVectors.Recognize(utterance, null);
            Assert.True(result.IsOutOfScope, $"with vectors: {result.TopSkillId} {result.Candidates.FirstOrDefault()?.Score}");
        }

        if (ShippedWithEncoder.Value is { } withEncoder)
        {
            var result = withEncoder.Recognize(utterance, null);
            Assert.True(result.IsOutOfScope, $"with the sentence encoder: {result.TopSkillId} {result.Candidates.FirstOrDefault()?.Score}");
        }
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ko")]
    public void Recognize_HeldBackParaphrases_PickTheirSkillWithTheSentenceEncoder(string language)
    {
        if (SetUpFiles.Missing(ShippedWithEncoder.Value, out var recognizer))
        {
            return;
        }

        AssertAccuracy(recognizer, language, language == "en" ? 0.9 : RequiredFor(language));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ko")]
    public void Recognize_VendorParaphrases_PickTheVendorSkillAmongTheTestCatalogsSkills(string language)
    {
        var (english, korean) = HeldBackParaphrases.BySkill[Vendor];
        var paraphrases = language == "en" ? english : korean;
        var recognizer = new EmbeddedIntentRecognizer(TestCatalogs.Several());

        var missed = paraphrases.Where(p => recognizer.Recognize(p, null).TopSkillId != Vendor).ToList();

        Assert.True(missed.Count <= paraphrases.Length * (1 - Required), $"missed {missed.Count}/{paraphrases.Length}: {string.Join(" | ", missed)}");
    }

    private static void AssertAccuracy(EmbeddedIntentRecognizer recognizer, string language, double? required = null)
    {
        var total = 0;
        var missed = new List<string>();
        foreach (var (skill, (english, korean)) in HeldBackParaphrases.BySkill)
        {
            foreach (var paraphrase in language == "en" ? english : korean)
            {
                total++;
                var top = recognizer.Recognize(paraphrase, null).TopSkillId;
                if (top != skill)
                {
                    missed.Add($"{paraphrase} → {top ?? "(out of scope)"} (want {skill})");
                }
            }
        }

        Assert.True(missed.Count <= total * (1 - (required ?? RequiredFor(language))),
            $"{language}: {total - missed.Count}/{total} right; missed:\n{string.Join("\n", missed)}");
    }

}
