using System.Text.Json;
using ChatFlow.Integrations.Connectors;
using ChatFlow.Skills.Manifests;

namespace ChatFlow.Integrations.Tests.Connectors;

/// <summary>A back end's 400 with field errors (ValidationProblem <c>errors</c>) is read per field and told with the
/// skill's slot labels in the user's language, not as "correct the highlighted fields".</summary>
public sealed class ConnectorFieldErrorsTests : IAsyncLifetime
{
    private const string ExpenseProblem = """
        {"type":"https://tools.ietf.org/html/rfc9110#section-15.5.1","title":"Correct the highlighted expense fields.","status":400,
         "errors":{"amount":["The amount must be positive; KRW amounts have no decimals."],"date":["Send the date as yyyy-MM-dd."]}}
        """;

    private static readonly SkillManifest Expense = SkillManifestLoader.Load(
        Path.Combine(AppContext.BaseDirectory, "manifests", "skills", "erp.expense.submit.yaml")).Manifest!;

    private FakeApi api = null!;

    public async Task InitializeAsync() => api = await FakeApi.StartAsync(FakeApi.RepositoryConnectors);

    public async Task DisposeAsync() => await api.DisposeAsync();

    [Fact]
    public async Task InvokeAsync_ValidationProblem_KeepsTheMessagesPerField()
    {
        api.Response = (400, "application/problem+json", ExpenseProblem);

        var result = await api.Invoker.InvokeAsync(new ConnectorCall("acme-erp", "submitExpense",
            new Dictionary<string, string> { ["amount"] = "1.5 KRW", ["date"] = "x", ["category"] = "meals" }, "k"), "t", CancellationToken.None);

        Assert.Equal(ConnectorResultStatus.Invalid, result.Status);
        Assert.Equal(["amount", "date"], result.FieldErrors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("Send the date as yyyy-MM-dd.", Assert.Single(result.FieldErrors["date"]));
    }

    [Fact]
    public async Task InvokeAsync_Succeeded_HasNoFieldErrors()
    {
        api.Response = (201, "application/json", """{"id":"E-1","errors":{"x":["not an error"]}}""");

        var result = await api.Invoker.InvokeAsync(new ConnectorCall("acme-erp", "submitExpense",
            new Dictionary<string, string> { ["amount"] = "1 KRW", ["date"] = "2026-01-01", ["category"] = "meals" }, "k"), "t", CancellationToken.None);

        Assert.Empty(result.FieldErrors);
    }

    [Fact]
    public void Describe_English_NamesEachSlotByLabelWithTheBackEndsMessage()
    {
        var errors = ConnectorFieldErrors.Read(JsonDocument.Parse(ExpenseProblem).RootElement)!;

        var text = ConnectorFieldErrors.Describe(errors, Expense, "en");

        Assert.Equal("**Amount**: The amount must be positive; KRW amounts have no decimals; **Date**: Send the date as yyyy-MM-dd", text);
    }

    [Fact]
    public void Describe_Korean_UsesKoreanLabelsAndTheSlotsOwnKoreanMessage()
    {
        var errors = ConnectorFieldErrors.Read(JsonDocument.Parse(ExpenseProblem).RootElement)!;

        var text = ConnectorFieldErrors.Describe(errors, Expense, "ko");

        Assert.StartsWith("**금액**: 원화나 달러 금액을 알려 주세요", text, StringComparison.Ordinal);
        Assert.Contains("**날짜**: 쓰신 날짜를 오늘이나 그 이전으로 알려 주세요", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("$.Amount")]
    [InlineData("body.amount")]
    [InlineData("AMOUNT")]
    public void Describe_FieldWrittenAsAPathOrInOtherCase_FindsTheSlot(string field)
    {
        var errors = new Dictionary<string, IReadOnlyList<string>> { [field] = ["Too big"] };

        Assert.Equal("**Amount**: Too big", ConnectorFieldErrors.Describe(errors, Expense, "en"));
    }

    [Fact]
    public void Describe_FieldNoSlotCarries_IsNamedAsSent()
    {
        var errors = new Dictionary<string, IReadOnlyList<string>> { ["costCentre"] = ["Unknown cost centre."] };

        Assert.Equal("**costCentre**: Unknown cost centre", ConnectorFieldErrors.Describe(errors, Expense, "en"));
    }

    [Fact]
    public void Read_ErrorsNotAnObjectOrWithoutTexts_IsNull()
    {
        Assert.Null(ConnectorFieldErrors.Read(JsonDocument.Parse("""{"errors":["a"]}""").RootElement));
        Assert.Null(ConnectorFieldErrors.Read(JsonDocument.Parse("""{"errors":{"a":[1,2]}}""").RootElement));
        Assert.Equal("one", ConnectorFieldErrors.Read(JsonDocument.Parse("""{"errors":{"a":"one"}}""").RootElement)!["a"][0]);
    }
}
