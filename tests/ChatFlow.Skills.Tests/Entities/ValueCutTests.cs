using ChatFlow.Skills.Recognition.Entities;

namespace ChatFlow.Skills.Tests.Entities;

/// <summary>Slot values cut out of an utterance as whole words only.</summary>
public class ValueCutTests
{
    [Theory]
    [InlineData("pay Cardinal Foods by card", "card", "pay Cardinal Foods by  ")]
    [InlineData("card for Cardinal Foods", "card", "  for Cardinal Foods")]
    [InlineData("한빛에 줄 돈 얼마야", "한빛", " 에 줄 돈 얼마야")]
    [InlineData("invoice INV-2025-0102 please", "INV-2025-0102", "invoice   please")]
    public void Without_CutsTheValueOnlyAsAWholeWord(string text, string value, string expected)
    {
        var rest = ValueCut.Without(text, [value], out var removed);

        Assert.Equal((expected, true), (rest, removed));
    }

    [Fact]
    public void Without_ValueOnlyInsideAWord_CutsNothing()
    {
        var rest = ValueCut.Without("register Cardinal Foods", ["card"], out var removed);

        Assert.Equal(("register Cardinal Foods", false), (rest, removed));
    }

    [Fact]
    public void Without_SeveralValues_CutsTheLongestFirst()
    {
        var rest = ValueCut.Without("Sejong Paper in Sejong", ["Sejong", "Sejong Paper"], out _);

        Assert.Equal("  in  ", rest);
    }
}
