using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace ChatFlow.Integrations.Tests.Llm;

/// <summary>The LLM recogniser through the real Semantic Kernel and OpenAI/Azure OpenAI clients, against a local server
/// answering recorded chat completions.</summary>
public sealed class SemanticKernelIntentRecognizerTests : IAsyncLifetime
{
    private FakeChatModelServer server = null!;

    public async Task InitializeAsync() => server = await FakeChatModelServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task RecognizeAsync_ToolCallWithArguments_ReturnsSkillAndSlots()
    {
        server.Reply = (200, RecordedCompletions.ToolCall("skills-erp_vendor_register",
            """{"vendorName":"Hanbit Trading","address":"12 Sejong-daero, Seoul"}"""));
        await using var host = LlmTestHost.OpenAI(server);

        var result = await host.Recognizer.RecognizeAsync("register vendor Hanbit Trading at 12 Sejong-daero, Seoul", "en-US", CancellationToken.None);

        Assert.Equal("erp.vendor.register", result.TopSkillId);
        Assert.Equal(1.0, Assert.Single(result.Candidates).Score);
        Assert.False(result.IsAmbiguous);
        Assert.Equal(
            new Dictionary<string, string> { ["vendorName"] = "Hanbit Trading", ["address"] = "12 Sejong-daero, Seoul" },
            result.Slots);
        Assert.Equal(0, host.Embedded.Calls);
    }

    [Fact]
    public async Task RecognizeAsync_KoreanUtterance_ReturnsSkillAndKoreanSlots()
    {
        server.Reply = (200, RecordedCompletions.ToolCall("skills-hr_leave_request",
            """{"startDate":"\uB0B4\uC77C","days":3,"halfDay":false,"leaveType":"annual"}"""));
        await using var host = LlmTestHost.OpenAI(server);

        var result = await host.Recognizer.RecognizeAsync("내일부터 사흘 연차 쓸게요", "ko-KR", CancellationToken.None);

        Assert.Equal("hr.leave.request", result.TopSkillId);
        Assert.Equal("내일", result.Slots["startDate"]);
        Assert.Equal("3", result.Slots["days"]);
        Assert.Equal("false", result.Slots["halfDay"]);
        Assert.Equal("annual", result.Slots["leaveType"]);
        var request = JsonDocument.Parse(Assert.Single(server.Requests).Body).RootElement;
        var messages = request.GetProperty("messages");
        Assert.Equal("내일부터 사흘 연차 쓸게요", messages[1].GetProperty("content").GetString());
        Assert.Contains("ko-KR", messages[0].GetProperty("content").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecognizeAsync_NoToolCall_ReturnsOutOfScope()
    {
        server.Reply = (200, RecordedCompletions.Text("I can't help with the weather, sorry."));
        await using var host = LlmTestHost.OpenAI(server);

        var result = await host.Recognizer.RecognizeAsync("what's the weather in Busan?", "en-US", CancellationToken.None);

        Assert.True(result.IsOutOfScope);
        Assert.Equal(0, host.Embedded.Calls);
    }

    [Fact]
    public async Task RecognizeAsync_TwoSkillsCalled_ReturnsBothAsAmbiguous()
    {
        server.Reply = (200, RecordedCompletions.ToolCalls(
            ("skills-hr_leave_request", """{"days":1}"""),
            ("skills-erp_vendor_register", "{}")));
        await using var host = LlmTestHost.OpenAI(server);

        var result = await host.Recognizer.RecognizeAsync("leave or vendor", null, CancellationToken.None);

        Assert.True(result.IsAmbiguous);
        Assert.Equal(["hr.leave.request", "erp.vendor.register"], result.Candidates.Select(c => c.SkillId));
        Assert.Equal("1", result.Slots["days"]);
    }

    [Theory]
    [InlineData("skills-erp_vendor_register", """{"vendorName": "Hanbit""")]
    [InlineData("skills-erp_vendor_register", "vendorName=Hanbit")]
    [InlineData("skills-erp_vendor_register", "[\"Hanbit\"]")]
    [InlineData("skills-hr_payroll_delete", """{"vendorName":"Hanbit"}""")]
    [InlineData("delete_everything", "{}")]
    [InlineData("skills-hr_leave_request", """{"days":"three"}""")]
    [InlineData("skills-hr_leave_request", """{"halfDay":"yes"}""")]
    [InlineData("skills-erp_vendor_register", """{"vendorName":{"en":"Hanbit"}}""")]
    [InlineData("skills-erp_vendor_register", """{"ceo":"Kim"}""")]
    public async Task RecognizeAsync_MalformedToolCall_FallsBackToEmbedded(string functionName, string arguments)
    {
        server.Reply = (200, RecordedCompletions.ToolCall(functionName, arguments));
        await using var host = LlmTestHost.OpenAI(server);

        var result = await host.Recognizer.RecognizeAsync("register vendor Hanbit", "en-US", CancellationToken.None);

        Assert.Same(StubEmbeddedRecognizer.Answer, result);
        Assert.Equal(1, host.Embedded.Calls);
        Assert.Contains(host.Logs.Entries, e => e.EventId == 4106 && e.Level == LogLevel.Warning);
    }

    [Fact]
    public async Task RecognizeAsync_Http500_FallsBackToEmbeddedAfterOneRequest()
    {
        server.Reply = (500, RecordedCompletions.ServerError);
        await using var host = LlmTestHost.OpenAI(server);

        var result = await host.Recognizer.RecognizeAsync("register vendor Hanbit", "en-US", CancellationToken.None);

        Assert.Same(StubEmbeddedRecognizer.Answer, result);
        Assert.Single(server.Requests);
        var failure = Assert.Single(host.Logs.Entries, e => e.EventId == 4107);
        Assert.Equal(LogLevel.Warning, failure.Level);
        Assert.Contains("HTTP 500", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecognizeAsync_ServerSlowerThanTimeout_FallsBackToEmbedded()
    {
        server.Hang = true;
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider();
        await using var host = LlmTestHost.OpenAI(server, time, timeout: "00:00:05");

        var recognition = host.Recognizer.RecognizeAsync("register vendor Hanbit", "en-US", CancellationToken.None);
        await server.RequestArrived.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.False(recognition.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(5));
        var result = await recognition.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Same(StubEmbeddedRecognizer.Answer, result);
        Assert.Contains(host.Logs.Entries, e => e.EventId == 4105 && e.Level == LogLevel.Warning);
    }

    [Fact]
    public async Task RecognizeAsync_CallerCancels_ThrowsWithoutFallingBack()
    {
        server.Hang = true;
        await using var host = LlmTestHost.OpenAI(server);
        using var cancellation = new CancellationTokenSource();

        var recognition = host.Recognizer.RecognizeAsync("register vendor Hanbit", "en-US", cancellation.Token);
        await server.RequestArrived.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => recognition.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal(0, host.Embedded.Calls);
    }

    [Fact]
    public async Task RecognizeAsync_Request_ListsOneFunctionPerSkillWithSlotParameters()
    {
        server.Reply = (200, RecordedCompletions.Text("No skill fits."));
        await using var host = LlmTestHost.OpenAI(server);

        await host.Recognizer.RecognizeAsync("hello", "en-US", CancellationToken.None);

        var request = Assert.Single(server.Requests);
        Assert.Equal("/v1/chat/completions", request.PathAndQuery);
        var root = JsonDocument.Parse(request.Body).RootElement;
        Assert.Equal("gpt-4o-mini", root.GetProperty("model").GetString());
        Assert.Equal("auto", root.GetProperty("tool_choice").GetString());
        var tools = root.GetProperty("tools").EnumerateArray().ToDictionary(
            t => t.GetProperty("function").GetProperty("name").GetString()!, t => t.GetProperty("function"));
        Assert.Equal(["skills-erp_vendor_register", "skills-hr_leave_request"], tools.Keys.Order(StringComparer.Ordinal));

        var vendor = tools["skills-erp_vendor_register"];
        Assert.Contains("Registers a new vendor", vendor.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Contains("거래처", vendor.GetProperty("description").GetString(), StringComparison.Ordinal);
        var vendorParameters = vendor.GetProperty("parameters");
        Assert.Equal("object", vendorParameters.GetProperty("type").GetString());
        Assert.Equal(
            ["address", "businessRegistrationNumber", "contactEmail", "vendorName"],
            vendorParameters.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        var registration = vendorParameters.GetProperty("properties").GetProperty("businessRegistrationNumber");
        Assert.Equal("string", registration.GetProperty("type").GetString());
        Assert.Equal(@"^\d{3}-\d{2}-\d{5}$", registration.GetProperty("pattern").GetString());
        Assert.Equal("email", vendorParameters.GetProperty("properties").GetProperty("contactEmail").GetProperty("format").GetString());
        Assert.True(!vendorParameters.TryGetProperty("required", out var required) || required.GetArrayLength() == 0);

        var leave = tools["skills-hr_leave_request"].GetProperty("parameters").GetProperty("properties");
        Assert.Equal("number", leave.GetProperty("days").GetProperty("type").GetString());
        Assert.Equal(30, leave.GetProperty("days").GetProperty("maximum").GetDecimal());
        Assert.Equal("boolean", leave.GetProperty("halfDay").GetProperty("type").GetString());
        Assert.Equal(["annual", "sick"], leave.GetProperty("leaveType").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task RecognizeAsync_OpenAI_SendsApiKeyAsBearerAndNeverLogsIt()
    {
        const string utterance = "register vendor Hanbit Trading, contact ap@hanbit.example";
        server.Reply = (200, RecordedCompletions.ToolCall("skills-erp_vendor_register",
            """{"vendorName":"Hanbit Trading","contactEmail":"ap@hanbit.example"}"""));
        await using var host = LlmTestHost.OpenAI(server);

        await host.Recognizer.RecognizeAsync(utterance, "en-US", CancellationToken.None);
        server.Reply = (500, RecordedCompletions.ServerError);
        await host.Recognizer.RecognizeAsync(utterance, "en-US", CancellationToken.None);

        Assert.All(server.Requests, r => Assert.Equal("Bearer " + LlmTestHost.ApiKey, r.Headers["Authorization"]));
        Assert.NotEmpty(host.Logs.Entries);
        Assert.DoesNotContain(host.Logs.Entries, e => e.Contains(LlmTestHost.ApiKey));
        Assert.DoesNotContain(host.Logs.Entries, e => e.Level > LogLevel.Trace && (e.Contains("Hanbit") || e.Contains("ap@hanbit.example")));
        Assert.Contains(host.Logs.Entries, e => e.EventId == 4102 && e.Message.Contains("vendorName,contactEmail", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RecognizeAsync_AzureOpenAI_CallsDeploymentWithApiKeyHeader()
    {
        server.Reply = (200, RecordedCompletions.ToolCall("skills-erp_vendor_register", """{"vendorName":"한빛상사"}"""));
        await using var host = LlmTestHost.AzureOpenAI(server);

        var result = await host.Recognizer.RecognizeAsync("한빛상사 업체 등록해줘", "ko-KR", CancellationToken.None);

        Assert.Equal("erp.vendor.register", result.TopSkillId);
        Assert.Equal("한빛상사", result.Slots["vendorName"]);
        var request = Assert.Single(server.Requests);
        Assert.StartsWith("/openai/deployments/chatflow-router/chat/completions?api-version=", request.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(LlmTestHost.ApiKey, request.Headers["api-key"]);
        Assert.False(request.Headers.ContainsKey("Authorization"));
        Assert.DoesNotContain(host.Logs.Entries, e => e.Contains(LlmTestHost.ApiKey));
    }
}
