using BenchmarkDotNet.Attributes;
using ChatFlow.Skills.Recognition.Encoders;

namespace ChatFlow.Benchmarks;

/// <summary>The Universal Sentence Encoder Lite run in process: one utterance (12 pieces), and 64 manifest-like
/// utterances batched as training encodes them (divide by 64 for the cost per text). Needs the model folder in
/// <c>CHATFLOW_SENTENCE_ENCODER</c> (<c>scripts/fetch-sentence-encoder.sh</c> prints it).</summary>
[MemoryDiagnoser]
[ShortRunJob]
public class SentenceEncoderBenchmarks
{
    private UniversalSentenceEncoderLite _encoder = null!;
    private string[] _batch = [];

    /// <exception cref="InvalidOperationException"><c>CHATFLOW_SENTENCE_ENCODER</c> is not set.</exception>
    [GlobalSetup]
    public void Setup()
    {
        var folder = Environment.GetEnvironmentVariable("CHATFLOW_SENTENCE_ENCODER")
            ?? throw new InvalidOperationException("Set CHATFLOW_SENTENCE_ENCODER to the model folder (scripts/fetch-sentence-encoder.sh prints it).");
        _encoder = UniversalSentenceEncoderLite.Load(folder);
        string[] requests = ["I'd like to book two days of annual leave next week", "show me my payslip for last month",
            "register Hanbit Trading as a new supplier", "has invoice INV-2024-001 been paid", "find Kim Minsu in sales",
            "I need to claim 45,000 won for a client lunch", "what's the status of the bill from Seoul Foods",
            "take Friday off for a family event"];
        _batch = [.. Enumerable.Range(0, 64).Select(i => requests[i % requests.Length] + (i < requests.Length ? "" : $" please {i}"))];
    }

    [Benchmark]
    public float[]? EncodeOneUtterance() => _encoder.Encode("could you please book the meeting room for tomorrow morning");

    [Benchmark(OperationsPerInvoke = 64)]
    public float[]?[] EncodeBatchOf64OnOneThread() => _encoder.EncodeAll(_batch, threads: 1);
}
