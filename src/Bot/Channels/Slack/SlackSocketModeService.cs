using System.Buffers;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace ChatFlow.Bot.Channels.Slack;

/// <summary>Socket Mode: opens a connection URL with the app-level token (<c>apps.connections.open</c>), connects the
/// WebSocket, hands each envelope to the same <see cref="SlackInbound"/> pipeline as HTTP, and acknowledges it by
/// <c>envelope_id</c> only after its turn is stored. Reconnects with a fresh URL on <c>disconnect</c> messages and on
/// dropped sockets; an envelope that was not acknowledged is redelivered by Slack, and the inbox deduplicates it.</summary>
/// <remarks>https://docs.slack.dev/apis/events-api/using-socket-mode</remarks>
internal sealed class SlackSocketModeService(
    SlackInbound inbound,
    IHttpClientFactory clients,
    IOptions<SlackOptions> options,
    IOptions<SlackInboundOptions> inboundOptions,
    TimeProvider time,
    ILogger<SlackSocketModeService> logger) : BackgroundService
{
    private static readonly TimeSpan MaxReconnectDelay = TimeSpan.FromSeconds(30);

    /// <summary>Completed connections so far (tests await reconnects with it).</summary>
    public int Connections => connections;

    private int connections;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = inboundOptions.Value.SocketModeReconnectDelay;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var url = await OpenAsync(stoppingToken);
                using var socket = new ClientWebSocket();
                await socket.ConnectAsync(url, stoppingToken);
                Interlocked.Increment(ref connections);
                await RunAsync(socket, () => delay = inboundOptions.Value.SocketModeReconnectDelay, stoppingToken);
                await CloseQuietlyAsync(socket);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is WebSocketException or HttpRequestException or JsonException or InvalidOperationException
                                           or OperationCanceledException)
            {
                SlackLog.SocketLost(logger, ex, delay.TotalMilliseconds);
                try
                {
                    await Task.Delay(delay, time, stoppingToken);
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    return;
                }

                delay = TimeSpan.FromTicks(Math.Min(MaxReconnectDelay.Ticks, Math.Max(delay.Ticks * 2, TimeSpan.FromMilliseconds(100).Ticks)));
            }
        }
    }

    /// <summary><c>apps.connections.open</c> with the app-level token: a single-use <c>wss://</c> URL.</summary>
    /// <exception cref="InvalidOperationException">Slack answered <c>ok:false</c>.</exception>
    private async Task<Uri> OpenAsync(CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(options.Value.ApiBaseUrl, "apps.connections.open"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.Value.AppToken);
        using var response = await clients.CreateClient(SlackBotIdentityLoader.HttpClientName).SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync(SlackJsonContext.Default.ConnectionsOpenResponse, cancellationToken);
        if (body is not { Ok: true, Url: { Length: > 0 } url } || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
            throw new InvalidOperationException($"apps.connections.open failed: {body?.Error ?? "no url"}");
        return uri;
    }

    /// <summary>Reads messages until a <c>disconnect</c>, a close or an error.</summary>
    private async Task RunAsync(ClientWebSocket socket, Action connected, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        while (socket.State == WebSocketState.Open)
        {
            buffer.ResetWrittenCount();
            ValueWebSocketReceiveResult result;
            do
            {
                result = await socket.ReceiveAsync(buffer.GetMemory(8 * 1024), cancellationToken);
                if (result.MessageType == WebSocketMessageType.Close)
                    return;
                buffer.Advance(result.Count);
            }
            while (!result.EndOfMessage);
            if (result.MessageType != WebSocketMessageType.Text)
                continue;

            using var document = JsonDocument.Parse(buffer.WrittenMemory);
            var message = document.RootElement.Deserialize(SlackJsonContext.Default.SocketModeMessage)!;
            switch (message.Type)
            {
                case SocketModeTypes.Hello:
                    SlackLog.SocketConnected(logger);
                    connected();
                    break;
                case SocketModeTypes.Disconnect:
                    SlackLog.SocketDisconnectRequested(logger, message.Reason ?? "");
                    return;
                case SocketModeTypes.EventsApi or SocketModeTypes.Interactive or SocketModeTypes.SlashCommands
                    when message.EnvelopeId is { Length: > 0 } envelopeId && message.Payload is { } payload:
                    SlackAck ack;
                    try
                    {
                        ack = await HandleAsync(message.Type, payload, cancellationToken);
                    }
                    catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                    {
                        // Not acknowledged: Slack redelivers it, and the inbox drops it if it was stored after all.
                        SlackLog.SocketEnvelopeFailed(logger, ex, envelopeId, message.Type);
                        break;
                    }

                    await AckAsync(socket, envelopeId, message.AcceptsResponsePayload == true ? ack.BodyJson : null, cancellationToken);
                    break;
                default:
                    SlackLog.SocketIgnored(logger, message.Type ?? "(none)");
                    break;
            }
        }
    }

    private Task<SlackAck> HandleAsync(string type, JsonElement payload, CancellationToken cancellationToken) => type switch
    {
        SocketModeTypes.EventsApi => inbound.HandleEventAsync(payload, cancellationToken),
        SocketModeTypes.Interactive => inbound.HandleInteractionAsync(payload, cancellationToken),
        _ => inbound.HandleCommandAsync(SlashCommand.From(name =>
            payload.ValueKind == JsonValueKind.Object && payload.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String
                ? v.GetString() : null), cancellationToken),
    };

    private static async Task AckAsync(WebSocket socket, string envelopeId, string? bodyJson, CancellationToken cancellationToken)
    {
        JsonElement? payload = null;
        if (bodyJson is not null)
        {
            using var body = JsonDocument.Parse(bodyJson);
            payload = body.RootElement.Clone();
        }

        var bytes = JsonSerializer.SerializeToUtf8Bytes(new SocketModeAck(envelopeId, payload), SlackJsonContext.Default.SocketModeAck);
        await socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
    }

    private static async Task CloseQuietlyAsync(ClientWebSocket socket)
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
            return;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        try
        {
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "reconnecting", timeout.Token);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
        }
    }
}
