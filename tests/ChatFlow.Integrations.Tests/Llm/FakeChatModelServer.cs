using System.Collections.Concurrent;
using System.Text;
using ChatFlow.Integrations.Tests.Tokens;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ChatFlow.Integrations.Tests.Llm;

/// <summary>An OpenAI-compatible chat completions server on loopback: <c>POST /v1/chat/completions</c> (OpenAI) and
/// <c>POST /openai/deployments/{deployment}/chat/completions?api-version=…</c> (Azure OpenAI). It records every request
/// and answers <see cref="Reply"/>, or, when <see cref="Hang"/> is set, never answers (until the client gives up).</summary>
internal sealed class FakeChatModelServer : IAsyncDisposable
{
    private readonly TaskCompletionSource never = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private LoopbackServer server = null!;

    public ConcurrentQueue<ModelRequest> Requests { get; } = new();

    /// <summary>Completed when the first request has been read.</summary>
    public TaskCompletionSource RequestArrived { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public (int Status, string Body) Reply { get; set; } = (200, RecordedCompletions.Text("Hello."));

    public bool Hang { get; set; }

    public Uri BaseAddress => server.BaseAddress;

    /// <summary>The OpenAI endpoint setting (versioned base).</summary>
    public Uri OpenAIEndpoint => new(server.BaseAddress, "v1/");

    public static async Task<FakeChatModelServer> StartAsync()
    {
        var fake = new FakeChatModelServer();
        fake.server = await LoopbackServer.StartAsync(app =>
        {
            app.MapPost("/v1/chat/completions", fake.HandleAsync);
            app.MapPost("/openai/deployments/{deployment}/chat/completions", fake.HandleAsync);
        });
        return fake;
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        Requests.Enqueue(new ModelRequest(
            context.Request.Path + context.Request.QueryString,
            context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            body));
        RequestArrived.TrySetResult();
        if (Hang)
        {
            await never.Task.WaitAsync(context.RequestAborted);
        }

        var (status, json) = Reply;
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(json, context.RequestAborted);
    }

    public async ValueTask DisposeAsync() => await server.DisposeAsync();
}

internal sealed record ModelRequest(string PathAndQuery, Dictionary<string, string> Headers, string Body);
