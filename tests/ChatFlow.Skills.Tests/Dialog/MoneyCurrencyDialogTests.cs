using ChatFlow.Skills.Conversations;
using ChatFlow.Skills.Dialog;
using ChatFlow.Skills.Manifests;
using ChatFlow.Skills.Recognition;
using ChatFlow.Skills.Recognition.Entities;

namespace ChatFlow.Skills.Tests.Dialog;

/// <summary>The expense skill lists the currencies the ERP takes (<c>currencies: [KRW, USD]</c>): an amount in another
/// one is refused when it is given, naming those, instead of being confirmed and refused by the back end later.</summary>
public class MoneyCurrencyDialogTests
{
    private static readonly SkillCatalog Shipped = TestCatalogs.Real();
    private static readonly DateTimeOffset Now = new(2026, 3, 4, 1, 0, 0, TimeSpan.Zero);
    private static readonly EntityContext Clock = new(Now, EntityContext.Seoul);

    private static DialogStep Run(params string[] texts) => RunIn("en-US", texts);

    private static DialogStep RunIn(string locale, params string[] texts)
    {
        var engine = new DialogEngine(Shipped, new EmbeddedIntentRecognizer(Shipped));
        var step = new DialogStep(DialogState.Initial(), [], null);
        foreach (var text in texts)
        {
            step = engine.Handle(step.State, new Turn
            {
                TurnId = Guid.NewGuid().ToString("N"), Channel = "directline", ConversationId = "c1",
                User = new ChannelUser("u1", "Alice"), Text = text, Locale = locale, ReceivedAtMs = Now.ToUnixTimeMilliseconds(),
            });
        }

        return step;
    }

    private static string Shown(DialogStep step) => string.Join("\n", step.Replies.SelectMany(r =>
        new[] { r.Text, r.Form?.Intro }.Concat(r.Confirmation?.Facts.Select(f => f.Value) ?? [])).Where(t => t is not null));

    [Theory]
    [InlineData("en-US", "expense €50 for a taxi in Berlin yesterday", "won (KRW) or US dollars (USD), not euros (EUR)")]
    [InlineData("en-US", "I spent 30 pounds on lunch yesterday", "not pounds (GBP)")]
    [InlineData("ko-KR", "어제 택시비 50유로 경비 청구해줘", "유로(EUR) 금액은 받을 수 없어요. 원화(KRW)나 미국 달러(USD)")]
    public void Handle_ExpenseInACurrencyTheSkillDoesNotTake_SaysWhichItTakes(string locale, string text, string expected)
    {
        var step = RunIn(locale, text);

        Assert.Null(step.Invocation);
        Assert.Equal(DialogPhase.Collecting, step.State.Phase);
        Assert.Contains(expected, Shown(step), StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_AmountGivenAgainInDollars_GoesToTheConfirmation()
    {
        var step = Run("expense €50 for a taxi yesterday", "$50");

        Assert.Equal(DialogPhase.Confirming, step.State.Phase);
        Assert.Equal("50.00 USD", step.State.Slots["amount"]);
    }

    [Theory]
    [InlineData("expense twelve dollars fifty for parking today", "12.50 USD")]
    [InlineData("I paid 12 dollars and 50 cents for a taxi today", "12.50 USD")]
    [InlineData("expense 5 bucks for the bus today", "5.00 USD")]
    public void Handle_DollarsAndCentsInWords_AreTheAmount(string text, string amount)
    {
        var step = Run(text);

        Assert.Equal(amount, step.State.Slots["amount"]);
    }

    [Fact]
    public void Validate_BareNumber_IsInTheFirstListedCurrency()
    {
        var slot = new SlotDefinition
        {
            Name = "amount", Type = SlotType.Money, Label = new LocalizedText("Amount"), Prompt = new LocalizedText("How much?"),
            Validation = new SlotValidation { Currencies = ["USD", "KRW"] },
        };

        Assert.Equal(("120.00 USD", (string?)null), SlotValidator.Validate(slot, "120", "en", Clock));
    }

    [Theory]
    [InlineData("en", "1.5 won", "no decimals")]
    [InlineData("ko", "₩1,000.5", "소수점")]
    public void Validate_WonWithDecimals_IsRefused(string language, string raw, string expected)
    {
        var slot = Shipped.Find("erp.expense.submit")!.FindSlot("amount")!;

        var (_, error) = SlotValidator.Validate(slot, raw, language, Clock);

        Assert.Contains(expected, error, StringComparison.Ordinal);
    }
}
