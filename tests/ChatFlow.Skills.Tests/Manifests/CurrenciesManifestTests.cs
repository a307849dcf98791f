using ChatFlow.Skills.Manifests;
using NJsonSchema;

namespace ChatFlow.Skills.Tests.Manifests;

/// <summary><c>validation.currencies</c> on a money slot: the loader reads it and reports mistakes at their file, line
/// and column; the schema agrees.</summary>
public class CurrenciesManifestTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromFileAsync(
        Path.Combine(AppContext.BaseDirectory, "manifests", "schema", "skill.schema.json")).GetAwaiter().GetResult());

    private const string MoneySlot = "    type: money\n    validation:\n      min: 1";

    public static TheoryData<string, string, string> Broken => new()
    {
        { "lower-case code", MoneySlot + "\n      currencies: [KRW, usd]", "36:25: slots[1].validation.currencies[1]: 'usd' is not a currency code; write three capital letters (ISO 4217), e.g. KRW or USD." },
        { "empty list", MoneySlot + "\n      currencies: []", "36:19: slots[1].validation.currencies: List at least one currency (e.g. [KRW, USD]) or remove 'currencies' to accept any." },
        { "a text, not a list", MoneySlot + "\n      currencies: KRW", "36:19: slots[1].validation.currencies: Expected a list, found a text." },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void LoadText_BrokenCurrencies_ReportsThatError(string name, string replace, string expected)
    {
        Assert.Contains(MoneySlot, ManifestSamples.Yaml, StringComparison.Ordinal);
        var text = ManifestSamples.Yaml.Replace(MoneySlot, replace, StringComparison.Ordinal);

        var result = SkillManifestLoader.LoadText(text, "skills/broken.yaml", ManifestSamples.Rules);

        Assert.Null(result.Manifest);
        Assert.Equal($"skills/broken.yaml:{expected}", Assert.Single(result.Errors).ToString());
        Assert.NotEmpty(Schema.Value.Validate(ManifestJson.FromYaml(text)));
        _ = name;
    }

    [Fact]
    public void LoadText_CurrenciesOnATextSlot_AreRefusedByLoaderAndSchema()
    {
        var text = ManifestSamples.Yaml.Replace("      maxLength: 200", "      maxLength: 200\n      currencies: [KRW]", StringComparison.Ordinal);

        var result = SkillManifestLoader.LoadText(text, "skills/broken.yaml", ManifestSamples.Rules);

        Assert.Equal("skills/broken.yaml:32:19: slots[0].validation.currencies: Only a money slot has 'currencies'; set 'slots[0].type: money' or remove them.",
            Assert.Single(result.Errors).ToString());
        Assert.NotEmpty(Schema.Value.Validate(ManifestJson.FromYaml(text)));
    }

    [Fact]
    public void LoadText_Currencies_AreReadInOrder()
    {
        var text = ManifestSamples.Yaml.Replace(MoneySlot, MoneySlot + "\n      currencies: [USD, KRW]", StringComparison.Ordinal);

        var result = SkillManifestLoader.LoadText(text, "skills/ok.yaml", ManifestSamples.Rules);

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Equal(["USD", "KRW"], result.Manifest!.FindSlot("amount")!.Validation.Currencies);
        Assert.Empty(Schema.Value.Validate(ManifestJson.FromYaml(text)));
    }

    [Fact]
    public void ShippedExpense_TakesWonAndDollars()
    {
        var amount = TestCatalogs.Real().Find("erp.expense.submit")!.FindSlot("amount")!;

        Assert.Equal(["KRW", "USD"], amount.Validation.Currencies);
    }
}
