using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatFlow.Bot.Tests.Slack.Outbound;

/// <summary>One call the fake Slack Web API received.</summary>
/// <param name="Method">Web API method (<c>chat.postMessage</c>).</param>
/// <param name="Authorization">The <c>Authorization</c> header as sent.</param>
/// <param name="ContentType">The <c>Content-Type</c> header as sent.</param>
/// <param name="Body">The JSON body.</param>
public sealed record FakeSlackCall(string Method, string? Authorization, string? ContentType, JsonObject Body)
{
    /// <summary>The JSON the fake answered with (e.g. the posted message's <c>ts</c>).</summary>
    public JsonObject Response { get; init; } = [];

    /// <summary>The HTTP status the fake answered with.</summary>
    public int Status { get; init; } = 200;
}

/// <summary>A programmed answer: status, optional <c>Retry-After</c> seconds, JSON body.</summary>
public sealed record FakeSlackResponse(int Status, string Json, int? RetryAfterSeconds = null)
{
    /// <summary><c>{"ok":false,"error":code}</c> with HTTP 200, as Slack answers method errors.</summary>
    public static FakeSlackResponse Error(string code) => new(200, $$"""{"ok":false,"error":"{{code}}"}""");

    /// <summary>HTTP 429 with <c>Retry-After</c> (the body of <c>webapi/ratelimited.http-429.json</c>).</summary>
    public static FakeSlackResponse RateLimited(int retryAfterSeconds) => new(429, """{"ok":false,"error":"ratelimited"}""", retryAfterSeconds);
}

/// <summary>A local fake of the Slack Web API on <c>127.0.0.1:0</c> (real HTTP): records every call (method, headers,
/// JSON body) and answers from per-method queues of <see cref="FakeSlackResponse"/>s, else with a plausible success
/// (<c>chat.postMessage</c> returns increasing <c>ts</c> values). Point <c>ChatFlow:Slack:ApiBaseUrl</c> at
/// <see cref="ApiBaseUrl"/>.</summary>
/// <remarks>Awaiting instead of sleeping: <see cref="WaitForCallsAsync"/> completes when the n-th call of a method
/// has arrived (<see cref="PostMessageArrived"/> for the first <c>chat.postMessage</c>).</remarks>
public sealed class FakeSlackApi : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<FakeSlackCall> calls = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<FakeSlackResponse>> programmed = new(StringComparer.Ordinal);
    private readonly Lock gate = new();
    private readonly List<(string Method, int Count, TaskCompletionSource<IReadOnlyList<FakeSlackCall>> Done)> waiters = [];
    private readonly List<(Func<IReadOnlyList<FakeSlackCall>, bool> Condition, TaskCompletionSource Done)> conditions = [];
    private long nextTs = 1_700_000_000_000_100;

    private FakeSlackApi(WebApplication app) => this.app = app;

    /// <summary>Base URL ending with <c>/api/</c>.</summary>
    public Uri ApiBaseUrl { get; private set; } = null!;

    /// <summary>Every call so far, in arrival order.</summary>
    public IReadOnlyList<FakeSlackCall> Calls => calls.ToArray();

    /// <summary>Completes with the first <c>chat.postMessage</c>.</summary>
    public Task<IReadOnlyList<FakeSlackCall>> PostMessageArrived => WaitForCallsAsync("chat.postMessage", 1);

    /// <summary>Starts the fake on a free loopback port.</summary>
    public static async Task<FakeSlackApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeSlackApi(app);
        app.MapPost("/api/{method}", fake.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        fake.ApiBaseUrl = new Uri(address.TrimEnd('/') + "/api/");
        return fake;
    }

    /// <summary>Queues answers for <paramref name="method"/>, used in order before the default success.</summary>
    public void Enqueue(string method, params FakeSlackResponse[] responses)
    {
        var queue = programmed.GetOrAdd(method, _ => new ConcurrentQueue<FakeSlackResponse>());
        foreach (var response in responses)
            queue.Enqueue(response);
    }

    /// <summary>The calls of one method.</summary>
    public IReadOnlyList<FakeSlackCall> CallsTo(string method) => calls.Where(c => c.Method == method).ToList();

    /// <summary>Completes when <paramref name="count"/> calls of <paramref name="method"/> have arrived.</summary>
    public Task<IReadOnlyList<FakeSlackCall>> WaitForCallsAsync(string method, int count)
    {
        lock (gate)
        {
            var done = new TaskCompletionSource<IReadOnlyList<FakeSlackCall>>(TaskCreationOptions.RunContinuationsAsynchronously);
            var sofar = CallsTo(method);
            if (sofar.Count >= count)
                done.SetResult(sofar);
            else
                waiters.Add((method, count, done));
            return done.Task;
        }
    }

    /// <summary>Completes when the calls so far satisfy <paramref name="condition"/> (checked now and after each call).</summary>
    public Task WaitUntilAsync(Func<IReadOnlyList<FakeSlackCall>, bool> condition)
    {
        lock (gate)
        {
            if (condition(calls.ToArray()))
                return Task.CompletedTask;
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            conditions.Add((condition, done));
            return done.Task;
        }
    }

    private async Task HandleAsync(HttpContext context, string method)
    {
        using var reader = new StreamReader(context.Request.Body);
        var text = await reader.ReadToEndAsync(context.RequestAborted);
        var body = JsonNode.Parse(text.Length == 0 ? "{}" : text) as JsonObject ?? [];
        var call = new FakeSlackCall(method, context.Request.Headers.Authorization.ToString(), context.Request.ContentType, body);

        var response = programmed.TryGetValue(method, out var queue) && queue.TryDequeue(out var next) ? next : Success(method, body);
        call = call with { Response = JsonNode.Parse(response.Json) as JsonObject ?? [], Status = response.Status };
        context.Response.StatusCode = response.Status;
        if (response.RetryAfterSeconds is { } seconds)
            context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(response.Json, context.RequestAborted);
        await context.Response.CompleteAsync();

        List<(TaskCompletionSource<IReadOnlyList<FakeSlackCall>> Done, IReadOnlyList<FakeSlackCall> Calls)> ready;
        List<TaskCompletionSource> met;
        lock (gate)
        {
            calls.Enqueue(call);
            var sofar = CallsTo(method);
            ready = waiters.Where(w => w.Method == method && sofar.Count >= w.Count).Select(w => (w.Done, (IReadOnlyList<FakeSlackCall>)sofar)).ToList();
            waiters.RemoveAll(w => w.Method == method && sofar.Count >= w.Count);
            var all = calls.ToArray();
            met = conditions.Where(c => c.Condition(all)).Select(c => c.Done).ToList();
            conditions.RemoveAll(c => met.Contains(c.Done));
        }

        foreach (var (done, sofar) in ready)
            done.TrySetResult(sofar);
        foreach (var done in met)
            done.TrySetResult();
    }

    private FakeSlackResponse Success(string method, JsonObject body)
    {
        var channel = (string?)body["channel"] ?? "C0000000000";
        var json = method switch
        {
            "chat.postMessage" => new JsonObject { ["ok"] = true, ["channel"] = channel, ["ts"] = NextTs() },
            "chat.update" => new JsonObject { ["ok"] = true, ["channel"] = channel, ["ts"] = (string?)body["ts"] },
            "chat.postEphemeral" => new JsonObject { ["ok"] = true, ["message_ts"] = NextTs() },
            "views.open" => new JsonObject { ["ok"] = true, ["view"] = new JsonObject { ["id"] = "V0FAKE" } },
            "users.info" => new JsonObject
            {
                ["ok"] = true,
                ["user"] = new JsonObject
                {
                    ["id"] = (string?)body["user"], ["name"] = "spengler", ["real_name"] = "Egon Spengler",
                    ["profile"] = new JsonObject { ["email"] = "spengler@ghostbusters.example.com" },
                },
            },
            "conversations.open" => new JsonObject { ["ok"] = true, ["channel"] = new JsonObject { ["id"] = "D069C7QFK" } },
            "auth.test" => new JsonObject { ["ok"] = true, ["user_id"] = "U0BOT", ["bot_id"] = "B0BOT", ["team_id"] = "T0TEAM", ["team"] = "Acme" },
            "apps.connections.open" => new JsonObject { ["ok"] = true, ["url"] = "wss://127.0.0.1/link/?ticket=1" },
            _ => new JsonObject { ["ok"] = false, ["error"] = "unknown_method" },
        };
        return new FakeSlackResponse((int)HttpStatusCode.OK, json.ToJsonString());
    }

    private string NextTs()
    {
        var n = Interlocked.Increment(ref nextTs);
        return $"{n / 1_000_000}.{n % 1_000_000:D6}";
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
