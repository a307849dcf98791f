using System.Collections.Concurrent;
using System.Threading.Channels;
using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace ChatFlow.Bot.Tests.Slack;

/// <summary>A fake Slack Socket Mode server on loopback: <c>apps.connections.open</c> + WebSocket link.</summary>
public sealed class SlackSocketModeTests
{
    [Fact]
    public async Task SocketMode_DisconnectThenRedelivery_AckedAndStoredOnce()
    {
        await using var slack = await FakeSocketSlack.StartAsync();
        await using var host = await SlackTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["ChatFlow:Slack:AppToken"] = "xapp-test",
            ["ChatFlow:Slack:ApiBaseUrl"] = slack.ApiBaseUrl,
            ["ChatFlow:Slack:SocketModeReconnectDelay"] = "00:00:00.050",
        });

        // First connection: hello, an event, then a disconnect once it is acked.
        var first = await slack.NextConnectionAsync();
        Assert.Equal("Bearer xapp-test", slack.LastAuthorization);
        await first.SendAsync(SlackFixtures.Read("socket-mode/hello.json"));
        var envelope = SlackFixtures.Read("socket-mode/envelope.events_api.app_mention.json");
        await first.SendAsync(envelope);
        Assert.Equal(EnvelopeIdOf(envelope), EnvelopeIdOf(await first.ReceiveAsync()));
        Assert.Equal(1, await host.PendingAsync());
        await first.SendAsync(SlackFixtures.Read("socket-mode/disconnect.too_many_websockets.json"));

        // Reconnect with a fresh URL; Slack redelivers the same envelope (ack lost) and sends a slash command.
        var second = await slack.NextConnectionAsync();
        await second.SendAsync(SlackFixtures.Read("socket-mode/hello.json"));
        await second.SendAsync(envelope);
        Assert.Equal(EnvelopeIdOf(envelope), EnvelopeIdOf(await second.ReceiveAsync()));
        await second.SendAsync(SlackFixtures.Read("socket-mode/envelope.slash_commands.json"));
        using var ack = JsonDocument.Parse(await second.ReceiveAsync());
        Assert.Equal("1d3c79ab-0ffb-41f3-a080-d19e85f53649", ack.RootElement.GetProperty("envelope_id").GetString());
        Assert.Equal("ephemeral", ack.RootElement.GetProperty("payload").GetProperty("response_type").GetString());

        Assert.Equal(1, await host.PendingAsync());
        Assert.Equal(2, slack.ConnectionsOpened);
    }

    [Fact]
    public async Task SocketMode_DroppedSocket_Reconnects()
    {
        await using var slack = await FakeSocketSlack.StartAsync();
        await using var host = await SlackTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["ChatFlow:Slack:AppToken"] = "xapp-test",
            ["ChatFlow:Slack:ApiBaseUrl"] = slack.ApiBaseUrl,
            ["ChatFlow:Slack:SocketModeReconnectDelay"] = "00:00:00.050",
        });

        var first = await slack.NextConnectionAsync();
        first.Abort();
        var second = await slack.NextConnectionAsync();
        await second.SendAsync(SlackFixtures.Read("socket-mode/hello.json"));
        var envelope = SlackFixtures.Read("socket-mode/envelope.events_api.app_mention.json");
        await second.SendAsync(envelope);
        Assert.Equal(EnvelopeIdOf(envelope), EnvelopeIdOf(await second.ReceiveAsync()));
        Assert.Equal(1, await host.PendingAsync());
    }

    private static string? EnvelopeIdOf(byte[] json) => EnvelopeIdOf(Encoding.UTF8.GetString(json));

    private static string? EnvelopeIdOf(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.GetProperty("envelope_id").GetString();
    }
}

/// <summary>One accepted Socket Mode WebSocket, driven by the test.</summary>
internal sealed class FakeSocketConnection(WebSocket socket, TaskCompletionSource done)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    public async Task SendAsync(byte[] json)
    {
        using var doc = JsonDocument.Parse(json); // frames go compact, as Slack sends them
        await socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(doc.RootElement), WebSocketMessageType.Text, true, CancellationToken.None);
    }

    public async Task<string> ReceiveAsync()
    {
        using var timeout = new CancellationTokenSource(Deadline);
        var buffer = new byte[64 * 1024];
        var count = 0;
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(new ArraySegment<byte>(buffer, count, buffer.Length - count), timeout.Token);
            count += result.Count;
        }
        while (!result.EndOfMessage);
        return Encoding.UTF8.GetString(buffer, 0, count);
    }

    public void Abort()
    {
        socket.Abort();
        done.TrySetResult();
    }
}

/// <summary>Serves <c>POST /api/apps.connections.open</c> (a fresh <c>ws://</c> URL each time) and the <c>/link/{n}</c> WebSockets.</summary>
internal sealed class FakeSocketSlack : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentBag<TaskCompletionSource> open = [];
    private readonly Channel<FakeSocketConnection> connections = Channel.CreateUnbounded<FakeSocketConnection>();
    private int opened;

    private FakeSocketSlack(WebApplication app) => this.app = app;

    public string ApiBaseUrl { get; private set; } = "";

    public int ConnectionsOpened => opened;

    public string? LastAuthorization { get; private set; }

    public static async Task<FakeSocketSlack> StartAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeSocketSlack(app);
        app.UseWebSockets();
        app.MapPost("/api/apps.connections.open", (HttpRequest request) =>
        {
            fake.LastAuthorization = request.Headers.Authorization.ToString();
            var n = Interlocked.Increment(ref fake.opened);
            var url = $"ws://{request.Host}/link/{n}";
            return Results.Text($$"""{"ok":true,"url":"{{url}}"}""", "application/json");
        });
        app.Map("/link/{n}", async (HttpContext context) =>
        {
            using var socket = await context.WebSockets.AcceptWebSocketAsync();
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            fake.open.Add(done);
            await fake.connections.Writer.WriteAsync(new FakeSocketConnection(socket, done));
            // Keep the socket until the test aborts it or the fake stops.
            await done.Task;
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        fake.ApiBaseUrl = address.TrimEnd('/') + "/api/";
        return fake;
    }

    public async Task<FakeSocketConnection> NextConnectionAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        return await connections.Reader.ReadAsync(timeout.Token);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var done in open)
            done.TrySetResult();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
