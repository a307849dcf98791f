using System.Text.Json;
using ChatFlow.Skills.Recognition.Encoders;

namespace ChatFlow.Skills.Tests.Recognition.Encoders;

/// <summary>The in-process encoder against the reference: <c>Fixtures/use-lite-reference.json</c> holds the piece ids
/// and the 512 numbers (rounded to 6 decimals) that TensorFlow.js 4.22 (cpu backend) with the
/// <c>@tensorflow-models/universal-sentence-encoder</c> tokenizer computed for four sentences from the same model
/// files. Needs the model (<c>CHATFLOW_SENTENCE_ENCODER</c>, which <c>scripts/test</c> always sets); without it
/// only the file checks run.</summary>
public sealed class UniversalSentenceEncoderLiteTests
{
    private static readonly Lazy<UniversalSentenceEncoderLite?> Encoder = new(() =>
        SetUpFiles.SentenceEncoder is { } directory ? UniversalSentenceEncoderLite.Load(directory) : null);

    public static TheoryData<int> Sentences => [0, 1, 2, 3];

    [Theory]
    [MemberData(nameof(Sentences))]
    public void Encode_MatchesTheReferenceImplementation(int index)
    {
        if (SetUpFiles.Missing(Encoder.Value, out var encoder))
        {
            return;
        }

        var reference = Reference()[index];

        var vector = encoder.Encode(reference.Text);

        Assert.NotNull(vector);
        Assert.Equal(512, vector!.Length);
        var largest = vector.Zip(reference.Embedding, (a, b) => Math.Abs(a - b)).Max();
        Assert.True(largest < 2e-5, $"'{reference.Text}': largest difference {largest}");
    }

    [Theory]
    [MemberData(nameof(Sentences))]
    public void Tokenizer_MatchesTheReferenceImplementation(int index)
    {
        if (SetUpFiles.Missing(Encoder.Value, out var encoder))
        {
            return;
        }

        var reference = Reference()[index];

        Assert.Equal(reference.Tokens, encoder.Pieces(reference.Text));
    }

    [Fact]
    public void Encode_KoreanText_IsNull()
    {
        if (SetUpFiles.Missing(Encoder.Value, out var encoder))
        {
            return;
        }


        Assert.Null(encoder.Encode("다음 주 월요일 연차 신청"));
    }

    [Fact]
    public void Load_DirectoryWithoutModel_NamesTheMissingFile()
    {
        var directory = Directory.CreateTempSubdirectory();
        try
        {
            var error = Assert.Throws<InvalidDataException>(() => UniversalSentenceEncoderLite.Load(directory.FullName));

            Assert.Contains("model.json", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static Sentence[] Reference()
    {
        using var stream = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Recognition", "Encoders", "Fixtures", "use-lite-reference.json"));
        using var document = JsonDocument.Parse(stream);
        return [.. document.RootElement.GetProperty("sentences").EnumerateArray().Select(s => new Sentence(
            s.GetProperty("text").GetString()!,
            [.. s.GetProperty("tokens").EnumerateArray().Select(t => t.GetInt32())],
            [.. s.GetProperty("embedding").EnumerateArray().Select(e => e.GetSingle())]))];
    }

    private sealed record Sentence(string Text, int[] Tokens, float[] Embedding);
}
