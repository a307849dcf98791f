using BenchmarkDotNet.Attributes;
using ChatFlow.Skills.Manifests;
using ChatFlow.Skills.Recognition;

namespace ChatFlow.Benchmarks;

/// <summary>One <c>Recognize</c> call at a time on a 150-skill, 15,000-example catalog (CLINC150's size), and
/// training on it and on a manifest-scale catalog (150 skills × 10 examples).</summary>
[MemoryDiagnoser]
[ShortRunJob]
public class RecognitionBenchmarks
{
    private SkillCatalog _large = SkillCatalog.Empty;
    private SkillCatalog _manifestScale = SkillCatalog.Empty;
    private EmbeddedIntentRecognizer _recognizer = null!;

    [GlobalSetup]
    public void Setup()
    {
        _large = SyntheticCatalog.Create(150, 100);
        _manifestScale = SyntheticCatalog.Create(150, 10);
        _recognizer = new EmbeddedIntentRecognizer(_large);
    }

    [Benchmark]
    public IntentRecognition RecognizeEnglish() => _recognizer.Recognize("could you please book the meeting room for tomorrow", "en-US");

    [Benchmark]
    public IntentRecognition RecognizeKorean() => _recognizer.Recognize("내일 회의실 좀 예약해 주세요", "ko-KR");

    [Benchmark]
    public IntentRecognition RecognizeOutOfScope() => _recognizer.Recognize("what's the weather like in Busan tomorrow?", "en-US");

    [Benchmark]
    public EmbeddedIntentRecognizer TrainClincSize() => new(_large);

    [Benchmark]
    public EmbeddedIntentRecognizer TrainManifestScale() => new(_manifestScale);
}
