using ChatFlow.Integrations.Llm;
using Microsoft.Extensions.Options;

namespace ChatFlow.Integrations.Tests.Llm;

public sealed class LlmServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddChatFlowLlm_NoSection_AnswersWithEmbeddedRecognizer()
    {
        await using var host = LlmTestHost.Create(new Dictionary<string, string?> { ["ChatFlow:Storage:DataDirectory"] = "./data" });

        var result = await host.Recognizer.RecognizeAsync("register a vendor", "en-US", CancellationToken.None);

        Assert.Same(StubEmbeddedRecognizer.Answer, result);
        Assert.Equal(1, host.Embedded.Calls);
    }

    [Theory]
    [InlineData("OpenAI", null, "gpt-4o-mini", null, "ApiKey")]
    [InlineData("OpenAI", "key", null, null, "Model")]
    [InlineData("AzureOpenAI", "key", null, null, "Endpoint")]
    [InlineData("AzureOpenAI", "key", null, "https://acme.openai.azure.com/", "Deployment")]
    public async Task AddChatFlowLlm_IncompleteSection_FailsValidationNamingTheKey(string provider, string? apiKey, string? model, string? endpoint, string missing)
    {
        await using var host = LlmTestHost.Create(new Dictionary<string, string?>
        {
            ["ChatFlow:Llm:Provider"] = provider,
            ["ChatFlow:Llm:ApiKey"] = apiKey,
            ["ChatFlow:Llm:Model"] = model,
            ["ChatFlow:Llm:Endpoint"] = endpoint,
        });

        var failure = Assert.Throws<OptionsValidationException>(() => host.Recognizer);

        Assert.Contains("ChatFlow:Llm:" + missing, failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("erp.vendor.register", "erp_vendor_register")]
    [InlineData("hr-leave/request v2", "hr_leave_request_v2")]
    [InlineData("인사.휴가", "_____")]
    public void FunctionName_SkillId_KeepsOnlyAsciiLettersDigitsAndUnderscores(string skillId, string expected) =>
        Assert.Equal(expected, SkillFunctionSet.FunctionName(skillId));

    [Fact]
    public void FunctionName_LongSkillId_FitsToolNameLimitAndStaysUnique()
    {
        var a = SkillFunctionSet.FunctionName(new string('a', 100) + ".one");
        var b = SkillFunctionSet.FunctionName(new string('a', 100) + ".two");

        Assert.True(a.Length <= 57);
        Assert.NotEqual(a, b);
    }
}
