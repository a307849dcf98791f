using ChatFlow.Skills.Recognition.Entities;

namespace ChatFlow.Skills.Tests.Entities;

/// <summary>Cents said in words or numbers after the dollars, and amounts in cents alone.</summary>
public class MoneyInWordsTests
{
    private static readonly EntityContext Clock = EntityExtractorTests.Clock;

    [Theory]
    [InlineData("expense twelve dollars fifty for parking today", "12.50 USD")]
    [InlineData("twelve dollars and fifty cents", "12.50 USD")]
    [InlineData("12 dollars and 50 cents for a taxi", "12.50 USD")]
    [InlineData("12 dollars 50 cents", "12.50 USD")]
    [InlineData("$3 and 25 cents", "3.25 USD")]
    [InlineData("twenty bucks fifty", "20.50 USD")]
    [InlineData("fifty cents", "0.50 USD")]
    [InlineData("a coffee for 75 cents", "0.75 USD")]
    [InlineData("5 bucks", "5.00 USD")]
    [InlineData("ten euros twenty", "10.20 EUR")]
    [InlineData("12달러 50센트", "12.50 USD")]
    [InlineData("50센트", "0.50 USD")]
    public void Extract_CentsAfterTheAmount_AreAddedToIt(string text, string expected)
    {
        var money = Assert.Single(EntityExtractor.Extract(text, Clock), e => e.Kind == EntityKind.Money);

        Assert.Equal(expected, money.Value);
    }

    [Theory]
    [InlineData("10 dollars 2 days ago", "10.00 USD")]
    [InlineData("$12 fifty", "12.00 USD")]
    [InlineData("20 dollars for 3 people", "20.00 USD")]
    [InlineData("5,000원 50", "5000 KRW")]
    [InlineData("15 dollars 5 March", "15.00 USD")]
    [InlineData("$12.50 and 5 cents", "12.50 USD")]
    public void Extract_NumberThatIsNotCents_KeepsTheAmount(string text, string expected)
    {
        var money = EntityExtractor.Extract(text, Clock).First(e => e.Kind == EntityKind.Money);

        Assert.Equal(expected, money.Value);
    }

    [Fact]
    public void Extract_DateAfterDollars_StaysADate()
    {
        var entities = EntityExtractor.Extract("15 dollars 5 March", Clock);

        Assert.Contains(entities, e => e.Kind == EntityKind.Date && e.Value == "2026-03-05");
    }
}
