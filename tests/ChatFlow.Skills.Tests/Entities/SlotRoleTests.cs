using ChatFlow.Skills.Recognition.Entities;

namespace ChatFlow.Skills.Tests.Entities;

/// <summary>A manifest's slot <c>role</c> and <c>genericWords</c> decide how a free-text value is read out of a
/// sentence, for a skill whose slot name and label say nothing (<c>order</c>, "Order").</summary>
public class SlotRoleTests
{
    private static string Manifest(string slotExtras) => $$"""
        id: erp.order.lookup
        version: 1
        name: { en: Look up a purchase order, ko: 발주서 조회 }
        utterances:
          en: [look up an order, check a purchase order, show purchase orders, "show purchase order {order}", "check order {order}"]
          ko: [발주서 조회, 발주서 확인해줘, 발주 내역 보여줘, "{order} 발주서 보여줘", "발주서 {order} 확인해줘"]
        slots:
          - name: order
            type: text
            required: true
            label: { en: Order, ko: 주문 }
        {{slotExtras}}
        confirm: false
        action: { connector: acme-erp, operation: listVendors, connection: acme, arguments: { q: "{order}" } }
        reply: { en: "Orders for {order}.", ko: "{order} 발주서." }
        """;

    private static IReadOnlyDictionary<string, string> Fill(string slotExtras, string utterance) =>
        new SlotFiller(TestCatalogs.Parse(Manifest(slotExtras))).Fill(utterance, residual: true);

    [Theory]
    [InlineData("한빛 쪽 발주서 있어?", "한빛")]
    [InlineData("세종에 발주서 나간 거 있어?", "세종")]
    public void QueryRole_AnyUnknownKoreanWordIsTheValue_WithoutItsParticle(string utterance, string value)
    {
        Assert.Equal(value, Fill("    role: query", utterance).GetValueOrDefault("order"));
    }

    [Fact]
    public void TextRole_PlainKoreanWordIsNoValue()
    {
        Assert.False(Fill("    role: text", "한빛 쪽 발주서 있어?").ContainsKey("order"));
    }

    [Theory]
    [InlineData("미결 발주서 좀 보여줘")]
    [InlineData("긴급 발주서 있어?")]
    public void GenericWords_AreNoValue_SoTheBotAsks(string utterance)
    {
        Assert.Equal("미결", Fill("    role: query", "미결 발주서 좀 보여줘").GetValueOrDefault("order")); // without them, a value
        Assert.False(Fill("    role: query\n    genericWords: [미결, 긴급]", utterance).ContainsKey("order"));
    }
}
