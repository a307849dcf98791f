using System.Text.Json;
using ChatFlow.Integrations.Connectors;

namespace ChatFlow.Integrations.Tests.Connectors;

public sealed class ResultFieldsTests
{
    [Fact]
    public void Flatten_TopLevelArray_GivesCountAndIndexedNestedFields()
    {
        // Arrange
        using var body = JsonDocument.Parse("""[{"number":"INV-1","amount":12.5,"manager":{"displayName":"Bob Lee"}},{"number":"INV-2","paid":false,"gone":null}]""");

        // Act
        var fields = ResultFields.Flatten(body.RootElement);

        // Assert
        Assert.Equal(new Dictionary<string, string>
        {
            ["count"] = "2", ["0.number"] = "INV-1", ["0.amount"] = "12.5", ["0.manager.displayName"] = "Bob Lee",
            ["1.number"] = "INV-2", ["1.paid"] = "false",
        }, fields);
    }

    [Fact]
    public void Flatten_LongArray_KeepsTheCountButOnlyTheFirstItems()
    {
        // Arrange
        using var body = JsonDocument.Parse("[" + string.Join(",", Enumerable.Range(0, 30)) + "]");

        // Act
        var fields = ResultFields.Flatten(body.RootElement);

        // Assert
        Assert.Equal("30", fields["count"]);
        Assert.Equal("19", fields["19"]);
        Assert.False(fields.ContainsKey("20"));
    }
}
