using System.Text.Json;

namespace ChatFlow.Integrations.Tests.Llm;

/// <summary>Chat completion bodies as OpenAI returns them (recorded shape of <c>POST /v1/chat/completions</c>).</summary>
internal static class RecordedCompletions
{
    /// <summary>The model calls <paramref name="functionName"/> with <paramref name="arguments"/> (the raw
    /// <c>arguments</c> string, normally JSON); <c>finish_reason: "tool_calls"</c>.</summary>
    public static string ToolCall(string functionName, string arguments) => ToolCalls((functionName, arguments));

    public static string ToolCalls(params (string FunctionName, string Arguments)[] calls)
    {
        var toolCalls = calls.Select((c, i) => new
        {
            id = $"call_Qm3x{i}b7TqH2kVd9LrN1sE4wZ",
            type = "function",
            function = new { name = c.FunctionName, arguments = c.Arguments },
        });
        return JsonSerializer.Serialize(new
        {
            id = "chatcmpl-BZ9vQ2kXy7LmN3pR8sT1uV4wX5yZ6",
            @object = "chat.completion",
            created = 1767225600,
            model = "gpt-4o-mini-2024-07-18",
            choices = new[]
            {
                new
                {
                    index = 0,
                    message = new { role = "assistant", content = (string?)null, tool_calls = toolCalls, refusal = (string?)null },
                    logprobs = (object?)null,
                    finish_reason = "tool_calls",
                },
            },
            usage = new { prompt_tokens = 412, completion_tokens = 38, total_tokens = 450 },
            system_fingerprint = "fp_0aa8d3e20b",
        });
    }

    /// <summary>The model answers in text, without a tool (<c>finish_reason: "stop"</c>).</summary>
    public static string Text(string content) => JsonSerializer.Serialize(new
    {
        id = "chatcmpl-BZ9vR7aB2cD3eF4gH5iJ6kL7mN8oP",
        @object = "chat.completion",
        created = 1767225601,
        model = "gpt-4o-mini-2024-07-18",
        choices = new[]
        {
            new
            {
                index = 0,
                message = new { role = "assistant", content, refusal = (string?)null },
                logprobs = (object?)null,
                finish_reason = "stop",
            },
        },
        usage = new { prompt_tokens = 405, completion_tokens = 12, total_tokens = 417 },
        system_fingerprint = "fp_0aa8d3e20b",
    });

    public const string ServerError =
        """{"error":{"message":"The server had an error while processing your request. Sorry about that!","type":"server_error","param":null,"code":null}}""";
}
