using System.Text;
using ChatFlow.Skills.Recognition;

namespace ChatFlow.Skills.Tests.Recognition;

/// <summary>Importing published word vectors (GloVe text, wink JSON), reading them back, and what they add to the
/// recogniser: paraphrases with words no example has.</summary>
public sealed class WordVectorsTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("chatflow-vectors-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Import_GloveText_KeepsNormalFormWordsInOrderAtUnitLength()
    {
        var source = Write("glove.txt", "3 2\nthe 3 4\nThe 1 0\nbuy 0 2\ncan't 1 1\n급여 -1 0\nbuy 5 5\n");

        var (words, dimensions) = WordVectorImport.Run(source, Target, maxWords: 10);
        var vectors = WordVectors.Load(Target);

        Assert.Equal((3, 2), (words, dimensions));
        Assert.Equal(3, vectors.Count);
        Assert.True(vectors.TryGet("the", out var the, out var theWeight));
        Assert.Equal([0.6f, 0.8f], the.ToArray());
        Assert.True(vectors.TryGet("buy", out var buy, out var buyWeight));
        Assert.Equal([0f, 1f], buy.ToArray()); // the first "buy" wins
        Assert.True(vectors.TryGet("급여", out var salary, out _));
        Assert.Equal([-1f, 0f], salary.ToArray());
        Assert.False(vectors.TryGet("The", out _, out _));
        Assert.False(vectors.TryGet("can't", out _, out _));
        Assert.True(theWeight > 0 && theWeight < buyWeight, $"{theWeight} {buyWeight}"); // the more frequent word weighs less
    }

    [Fact]
    public void Import_MaxWords_KeepsTheMostFrequentFirst()
    {
        var source = Write("glove.txt", "a 1 0\nb 0 1\nc 1 1\n");

        WordVectorImport.Run(source, Target, maxWords: 2);
        var vectors = WordVectors.Load(Target);

        Assert.Equal(2, vectors.Count);
        Assert.True(vectors.TryGet("b", out _, out _));
        Assert.False(vectors.TryGet("c", out _, out _));
    }

    [Fact]
    public void Import_WinkJson_TakesWordsInListOrderAndDropsTheBookkeepingNumbers()
    {
        var source = Write("wink.json", """
            {"precision":8,"l2NormIndex":2,"wordIndex":3,"size":3,"dimensions":2,
             "words":["pay","salary",","],
             "vectors":{",":[9,9,12.7,2],"salary":[0,3,3,1],"pay":[4,3,5,0]},
             "unkVector":[0,0,0,-1]}
            """);

        var (words, dimensions) = WordVectorImport.Run(source, Target, maxWords: 100);
        var vectors = WordVectors.Load(Target);

        Assert.Equal((2, 2), (words, dimensions));
        Assert.True(vectors.TryGet("pay", out var pay, out var payWeight));
        Assert.Equal([0.8f, 0.6f], pay.ToArray());
        Assert.True(vectors.TryGet("salary", out var salary, out var salaryWeight));
        Assert.Equal([0f, 1f], salary.ToArray());
        Assert.True(payWeight < salaryWeight); // "pay" comes first in the list: more frequent
        Assert.False(vectors.TryGet(",", out _, out _));
    }

    [Theory]
    [InlineData("the 1 2\nbuy 1\n", "glove.txt:2: 1 numbers where the first vector had 2")]
    [InlineData("the 1 x\n", "glove.txt:1: 'x' is not a number")]
    [InlineData("The 1 2\n", "no word in normal form")]
    [InlineData("{\"words\":[]}", "not wink embeddings JSON")]
    public void Import_BadSource_ThrowsNamingThePlace(string text, string expected)
    {
        var source = Write("glove.txt", text);

        var error = Assert.Throws<InvalidDataException>(() => WordVectorImport.Run(source, Target, maxWords: 10));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Target));
    }

    [Fact]
    public void Load_NotAVectorFile_OrTruncated_ThrowsInvalidData()
    {
        var notVectors = Write("x.cfwv", "hello, world, this is not a vector file");
        WordVectorImport.Run(Write("glove.txt", "a 1 0\nb 0 1\n"), Target, maxWords: 10);
        var truncated = Path.Combine(_directory, "truncated.cfwv");
        File.WriteAllBytes(truncated, File.ReadAllBytes(Target)[..^3]);

        Assert.Contains("not a ChatFlow word-vector file", Assert.Throws<InvalidDataException>(() => WordVectors.Load(notVectors)).Message, StringComparison.Ordinal);
        Assert.Contains("truncated", Assert.Throws<InvalidDataException>(() => WordVectors.Load(truncated)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Recognize_WithWordVectors_UnderstandsASynonymNoExampleHas()
    {
        // Toy vectors: "purchase" ≈ "buy", "wage" ≈ "salary"; the frequent words first (they weigh little).
        var source = Write("glove.txt", """
            a 0 0 0 1
            my 0 0 0.1 1
            show 0 0 1 0
            buy 1 0 0 0
            salary 0 1 0 0
            laptop 0.5 0 0.5 0
            monitor 0.5 0 0.6 0
            purchase 0.98 0.05 0 0
            wage 0.05 0.98 0 0
            """);
        WordVectorImport.Run(source, Target, maxWords: 100);
        var catalog = TestCatalogs.Create(
            ("it.hardware.buy", ["buy a laptop", "buy a monitor", "I want to buy a new laptop"]),
            ("hr.salary.show", ["show my salary", "what is my salary", "my salary this month"]));
        var plain = new EmbeddedIntentRecognizer(catalog);
        var withVectors = new EmbeddedIntentRecognizer(catalog, new EmbeddedRecognizerOptions { WordVectors = WordVectors.Load(Target) });

        foreach (var (utterance, skill) in new[] { ("purchase a monitor", "it.hardware.buy"), ("show my wage", "hr.salary.show") })
        {
            var before = plain.Recognize(utterance, "en");
            var after = withVectors.Recognize(utterance, "en");

            Assert.Equal(skill, after.TopSkillId);
            Assert.True(after.Candidates[0].Score > (before.TopSkillId == skill ? before.Candidates[0].Score : 0) + 0.05,
                $"{utterance}: {before.TopSkillId} {before.Candidates.FirstOrDefault()?.Score} → {after.Candidates[0].Score}");
        }

        // Korean has no vector here: the same result as without them.
        Assert.Equal(plain.Recognize("급여 보여줘", "ko").Candidates, withVectors.Recognize("급여 보여줘", "ko").Candidates);
    }

    private string Target => Path.Combine(_directory, "out", "vectors.cfwv");

    private string Write(string name, string text)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }
}
