using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using ChatFlow.Bot.Tests.Fixtures;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace ChatFlow.Bot.Tests.EndToEnd;

/// <summary>The host with <c>ChatFlow:Llm</c> configured: the real Semantic Kernel wiring talks to a local
/// OpenAI-compatible server that answers with a recorded tool call; the model's arguments pre-fill the form and
/// are validated like typed input (an invalid one is flagged with the slot's error message). A broken model falls back to the embedded recogniser.</summary>
public sealed class LlmRecognitionTests : IAsyncLifetime
{
    private WebApplication model = null!;
    private readonly ConcurrentQueue<string> requests = new();
    private volatile string reply = "";

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        model = builder.Build();
        model.MapPost("/v1/chat/completions", async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            requests.Enqueue(await reader.ReadToEndAsync());
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(reply);
        });
        await model.StartAsync();
    }

    public async Task DisposeAsync() => await model.DisposeAsync();

    [Fact]
    public async Task Utterance_ModelPicksVendorSkillWithArguments_FormArrivesPrefilled()
    {
        reply = ToolCall("skills-erp_vendor_register", """{"vendorName":"Hanbit Trading","address":"12 Sejong-daero, Seoul","contactEmail":"not-an-email"}""");
        await using var host = new ChatFlowHost(settings: LlmSettings());
        using var chat = await DirectLineTestClient.StartAsync(host.BaseAddress, "carol", "en-US");

        await chat.SayAsync("we started buying from Hanbit Trading at 12 Sejong-daero, can you put them in the system", VendorJourney.HasInputs);

        var inputs = chat.Inputs().ToDictionary(i => (string)i["id"]!, i => (string?)i["value"]);
        Assert.Equal("Hanbit Trading", inputs["vendorName"]);
        Assert.Equal("12 Sejong-daero, Seoul", inputs["address"]);
        Assert.Contains("not an email address", chat.Shown(), StringComparison.Ordinal); // validated like typed input
        Assert.Contains(requests, r => r.Contains("skills-erp_vendor_register", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Utterance_ModelAnswersGarbage_FallsBackToEmbeddedRecogniser()
    {
        reply = ToolCall("skills-no_such_skill", "{}");
        await using var host = new ChatFlowHost(settings: LlmSettings());
        using var chat = await DirectLineTestClient.StartAsync(host.BaseAddress, "carol", "ko-KR");

        await chat.SayAsync("업체 등록해줘", VendorJourney.HasInputs);

        Assert.NotEmpty(chat.Inputs());
        Assert.NotEmpty(requests);
    }

    private Dictionary<string, string> LlmSettings() => new()
    {
        ["ChatFlow:Llm:Provider"] = "OpenAI",
        ["ChatFlow:Llm:Endpoint"] = new Uri(new Uri(model.Urls.First()), "v1/").AbsoluteUri,
        ["ChatFlow:Llm:ApiKey"] = "sk-test-not-a-real-key",
        ["ChatFlow:Llm:Model"] = "gpt-4o-mini",
        ["ChatFlow:Llm:Timeout"] = "00:00:05",
    };

    private static string ToolCall(string name, string arguments) => JsonSerializer.Serialize(new
    {
        id = "chatcmpl-test",
        @object = "chat.completion",
        created = 1767225600,
        model = "gpt-4o-mini-2024-07-18",
        choices = new[]
        {
            new
            {
                index = 0,
                message = new
                {
                    role = "assistant",
                    content = (string?)null,
                    tool_calls = new[] { new { id = "call_1", type = "function", function = new { name, arguments } } },
                },
                finish_reason = "tool_calls",
            },
        },
        usage = new { prompt_tokens = 100, completion_tokens = 20, total_tokens = 120 },
    });
}
