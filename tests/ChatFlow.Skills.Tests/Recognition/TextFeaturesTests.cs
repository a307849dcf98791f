using ChatFlow.Skills.Recognition;

namespace ChatFlow.Skills.Tests.Recognition;

/// <summary>The word features of <c>TextFeatures.Hash</c>: words, bigrams, and the opening and closing word.</summary>
public sealed class TextFeaturesTests
{
    [Fact]
    public void Hash_LatinText_AddsItsOpeningAndClosingWordAsFeaturesOfTheirOwn()
    {
        var words = Words("check my balance");

        // 3 words, 2 bigrams, the opening word and the closing word.
        Assert.Equal(7, words.Count);
        Assert.Equal(7, words.Distinct().Count());
    }

    [Fact]
    public void Hash_SameWordsInAnotherOrder_DifferInTheOpeningAndClosingWords()
    {
        var forward = Words("check balance").ToHashSet();
        var backward = Words("balance check").ToHashSet();

        // The unigrams are shared; the bigram, the opening word and the closing word are not.
        Assert.Equal(2, forward.Intersect(backward).Count());
        Assert.Equal(5, forward.Count);
    }

    [Fact]
    public void Hash_OneWord_IsOpeningAndClosingWordWithDistinctFeatures()
    {
        Assert.Equal(3, Words("balance").Distinct().Count());
    }

    [Fact]
    public void Hash_KoreanOrValueWordsAtTheEdges_AddNoWordFeature()
    {
        Assert.Empty(Words("잔액 알려줘"));

        // "INV-2024-001" normalises to two value words; only "show" is a word, opening but not closing the text.
        var text = TextFeatures.Normalize("show INV-2024-001");
        var words = new List<ulong>();
        TextFeatures.Hash(text, TextFeatures.ValueWords("show INV-2024-001"), [], words, [], []);
        Assert.Equal(2, words.Count);
    }

    private static List<ulong> Words(string text)
    {
        var words = new List<ulong>();
        TextFeatures.Hash(TextFeatures.Normalize(text), TextFeatures.ValueWords(text), [], words, [], []);
        return words;
    }
}
