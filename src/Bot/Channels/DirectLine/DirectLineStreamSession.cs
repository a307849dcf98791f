using System.Net.WebSockets;
using System.Text;
using ChatFlow.Integrations.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatFlow.Bot.Channels.DirectLine;

/// <summary>Runs one Direct Line WebSocket: sends stored activities in order after a watermark, ephemeral ones as
/// they come, keep-alives when idle; ends when the client closes, the request aborts or the host stops.</summary>
/// <remarks>https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-direct-line-3-0-receive-activities</remarks>
internal sealed class DirectLineStreamSession(
    IDirectLineStore store, TimeProvider time, IHostApplicationLifetime lifetime,
    IOptions<DirectLineStreamOptions> options, ILogger<DirectLineStreamSession> logger)
{
    /// <summary>Streams until the end; <paramref name="subscription"/> was taken before <paramref name="after"/> was read.</summary>
    public async Task RunAsync(WebSocket socket, DirectLineStreamHub.Subscription subscription, long after, CancellationToken requestAborted)
    {
        var settings = options.Value;
        var conversationId = subscription.ConversationId;
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(requestAborted, lifetime.ApplicationStopping);
        // Not cancelled by shutdown: cancelling a receive aborts the socket, and on shutdown we still want the
        // client's close frame after ours.
        var receive = ReceiveUntilCloseAsync(socket, requestAborted);
        var reason = "client closed";
        try
        {
            DirectLineLog.StreamOpened(logger, conversationId, after);
            after = await FlushAsync(socket, conversationId, after, stopping.Token);
            var lastSent = time.GetTimestamp();

            while (!receive.IsCompleted && !stopping.IsCancellationRequested)
            {
                using (var wait = new CancellationTokenSource(settings.PollInterval, time))
                using (var linked = CancellationTokenSource.CreateLinkedTokenSource(wait.Token, stopping.Token))
                {
                    var signal = subscription.Events.Reader.WaitToReadAsync(linked.Token).AsTask();
                    await Task.WhenAny(signal, receive);
                    if (!signal.IsCompleted)
                    {
                        await linked.CancelAsync();
                        await Task.WhenAny(signal);
                    }
                }

                if (receive.IsCompleted || stopping.IsCancellationRequested)
                    break;

                var sentSomething = false;
                while (subscription.Events.Reader.TryRead(out var streamEvent))
                {
                    if (streamEvent.EphemeralActivityJson is { } ephemeral)
                    {
                        await SendTextAsync(socket, $"{{\"activities\":[{ephemeral}]}}", stopping.Token);
                        sentSomething = true;
                    }
                }

                // Every wake-up (signal or poll) re-reads the store: another replica may have written.
                var before = after;
                after = await FlushAsync(socket, conversationId, after, stopping.Token);
                if (after != before || sentSomething)
                    lastSent = time.GetTimestamp();
                else if (time.GetElapsedTime(lastSent) >= settings.KeepAliveInterval)
                {
                    await SendTextAsync(socket, "", stopping.Token);
                    lastSent = time.GetTimestamp();
                }
            }

            if (lifetime.ApplicationStopping.IsCancellationRequested)
                reason = "host stopping";
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            reason = lifetime.ApplicationStopping.IsCancellationRequested ? "host stopping" : "request aborted";
        }
        catch (WebSocketException)
        {
            reason = "connection lost";
        }
        finally
        {
            await CloseAsync(socket, receive, settings.CloseTimeout);
            DirectLineLog.StreamClosed(logger, conversationId, reason);
        }
    }

    /// <summary>Sends every stored activity after <paramref name="after"/>, a page per message.</summary>
    /// <returns>The new watermark.</returns>
    private async Task<long> FlushAsync(WebSocket socket, string conversationId, long after, CancellationToken cancellationToken)
    {
        while (true)
        {
            var page = await store.GetActivitiesAsync(conversationId, after, DirectLineApi.PageSize, cancellationToken);
            if (page.Count == 0)
                return after;
            after = page[^1].Sequence;
            await SendTextAsync(socket, DirectLineApi.ActivitySetJson(page, after), cancellationToken);
            if (page.Count < DirectLineApi.PageSize)
                return after;
        }
    }

    private static Task SendTextAsync(WebSocket socket, string text, CancellationToken cancellationToken) =>
        socket.State == WebSocketState.Open
            ? socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, cancellationToken)
            : Task.CompletedTask;

    /// <summary>Reads (and ignores: the JS client pings with empty messages) until the client's close frame.</summary>
    private static async Task ReceiveUntilCloseAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[4096];
        try
        {
            while (socket.State is WebSocketState.Open or WebSocketState.CloseSent)
            {
                var result = await socket.ReceiveAsync(buffer, cancellationToken);
                if (result.MessageType == WebSocketMessageType.Close)
                    return;
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (WebSocketException)
        {
        }
    }

    private static async Task CloseAsync(WebSocket socket, Task receive, TimeSpan closeTimeout)
    {
        try
        {
            if (socket.State == WebSocketState.CloseReceived)
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "Bye", CancellationToken.None);
                return;
            }

            if (socket.State == WebSocketState.Open)
            {
                // Real time on purpose: shutdown stays bounded whatever clock the host runs on.
                using var timeout = new CancellationTokenSource(closeTimeout);
                await socket.CloseOutputAsync(WebSocketCloseStatus.EndpointUnavailable, "Server shutting down", timeout.Token);
                // Wait (bounded) for the client's close frame; the receive loop ends on it.
                await receive.WaitAsync(closeTimeout, TimeProvider.System, CancellationToken.None);
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or TimeoutException)
        {
            socket.Abort();
        }
    }
}
