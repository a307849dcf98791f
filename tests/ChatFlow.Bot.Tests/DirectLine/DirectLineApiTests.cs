using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using ChatFlow.Bot.Delivery;
using ChatFlow.Integrations.Storage;
using ChatFlow.Skills.Conversations;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ChatFlow.Bot.Tests.DirectLine;

public sealed class DirectLineApiTests
{
    private static string Message(string text, string? clientActivityId = null, string from = "web-alice") =>
        JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["type"] = "message",
            ["text"] = text,
            ["from"] = new { id = from, name = "Alice" },
            ["locale"] = "en-US",
            ["channelData"] = clientActivityId is null ? null : new { clientActivityID = clientActivityId },
        });

    private static async Task<string> ErrorCode(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetProperty("code").GetString()!;

    [Fact]
    public async Task PostActivity_Message_StoresTranscriptAndTurnAndPagesByWatermark()
    {
        // Arrange
        await using var host = await DirectLineTestHost.StartAsync();
        var conversation = await host.StartConversationAsync();

        // Act
        using var first = await host.PostActivityAsync(conversation, Message("register vendor ABC Corp"));
        using var second = await host.PostActivityAsync(conversation, Message("actually 50,000원"));
        using var page1 = await host.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversation.ConversationId}/activities", conversation.Token);
        using var page2 = await host.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversation.ConversationId}/activities?watermark=1", conversation.Token);
        using var page3 = await host.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversation.ConversationId}/activities?watermark=2", conversation.Token);

        // Assert
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var firstId = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        Assert.StartsWith(conversation.ConversationId + "|", firstId, StringComparison.Ordinal);

        var all = await page1.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("2", all.GetProperty("watermark").GetString());
        var stored = all.GetProperty("activities")[0];
        Assert.Equal(firstId, stored.GetProperty("id").GetString());
        Assert.Equal("directline", stored.GetProperty("channelId").GetString());
        Assert.Equal(conversation.ConversationId, stored.GetProperty("conversation").GetProperty("id").GetString());
        Assert.Equal("chatflow", stored.GetProperty("recipient").GetProperty("id").GetString());
        Assert.True(stored.TryGetProperty("timestamp", out _));

        var after1 = await page2.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, after1.GetProperty("activities").GetArrayLength());
        Assert.Equal("actually 50,000원", after1.GetProperty("activities")[0].GetProperty("text").GetString());
        Assert.Equal("2", after1.GetProperty("watermark").GetString());
        var after2 = await page3.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0, after2.GetProperty("activities").GetArrayLength());
        Assert.Equal("2", after2.GetProperty("watermark").GetString());

        var inbox = host.Store.Inbox;
        Assert.Equal(2, inbox.Count);
        Assert.Equal("directline", inbox[0].Channel);
        Assert.Equal(firstId, inbox[0].EventId);
        Assert.Equal($"directline:{conversation.ConversationId}:web-alice", inbox[0].ConversationKey);
        var turn = JsonSerializer.Deserialize(inbox[0].PayloadJson, ConversationJsonContext.Default.Turn)!;
        Assert.Equal((firstId, "directline", conversation.ConversationId), (turn.TurnId, turn.Channel, turn.ConversationId));
        Assert.Equal(new ChannelUser("web-alice", "Alice"), turn.User);
        Assert.Equal(("register vendor ABC Corp", "en-US"), (turn.Text, turn.Locale));
        Assert.Equal(host.Time.GetUtcNow().ToUnixTimeMilliseconds(), turn.ReceivedAtMs);
    }

    [Fact]
    public async Task PostActivity_SameClientActivityIdTwice_StoresOnceAndReturnsSameId()
    {
        // Arrange
        await using var host = await DirectLineTestHost.StartAsync();
        var conversation = await host.StartConversationAsync();

        // Act
        using var first = await host.PostActivityAsync(conversation, Message("hi", "client-1"));
        using var retry = await host.PostActivityAsync(conversation, Message("hi", "client-1"));

        // Assert
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        var firstId = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var retryId = (await retry.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        Assert.Equal(firstId, retryId);
        Assert.Single(host.Store.Transcript(conversation.ConversationId));
        Assert.Single(host.Store.Inbox);
    }

    [Fact]
    public async Task PostActivity_FormSubmission_MapsValueToSubmission()
    {
        // Arrange
        await using var host = await DirectLineTestHost.StartAsync();
        var conversation = await host.StartConversationAsync();
        const string body = """{"type":"message","value":{"chatflow":{"action":"submit","token":"st"},"vendorName":"ABC"}}""";

        // Act
        using var response = await host.PostActivityAsync(conversation, body);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var turn = JsonSerializer.Deserialize(Assert.Single(host.Store.Inbox).PayloadJson, ConversationJsonContext.Default.Turn)!;
        Assert.Equal("web-alice", turn.User.Id);
        Assert.Equal("submit", turn.Submission!.Action);
        Assert.Equal("ABC", turn.Submission.Values["vendorName"]);
    }

    [Fact]
    public async Task PostActivity_Typing_IsNotStored()
    {
        // Arrange
        await using var host = await DirectLineTestHost.StartAsync();
        var conversation = await host.StartConversationAsync();

        // Act
        using var response = await host.PostActivityAsync(conversation, """{"type":"typing"}""");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(host.Store.Transcript(conversation.ConversationId));
        Assert.Empty(host.Store.Inbox);
    }

    [Theory]
    [InlineData("{\"type\":\"message\",", HttpStatusCode.BadRequest, "BadSyntax")]
    [InlineData("{\"text\":\"no type\"}", HttpStatusCode.BadRequest, "MissingProperty")]
    [InlineData("{\"type\":7}", HttpStatusCode.BadRequest, "BadArgument")]
    [InlineData("{\"type\":\"message\",\"from\":{\"id\":\"web-mallory\"}}", HttpStatusCode.Forbidden, "Forbidden")]
    public async Task PostActivity_BadActivity_RefusedAndNothingStored(string body, HttpStatusCode expectedStatus, string expectedCode)
    {
        // Arrange
        await using var host = await DirectLineTestHost.StartAsync();
        var conversation = await host.StartConversationAsync();

        // Act
        using var response = await host.PostActivityAsync(conversation, body);

        // Assert
        Assert.Equal(expectedStatus, response.StatusCode);
        Assert.Equal(expectedCode, await ErrorCode(response));
        Assert.Empty(host.Store.Transcript(conversation.ConversationId));
        Assert.Empty(host.Store.Inbox);
    }

    [Fact]
    public async Task PostActivity_Oversize_Returns413()
    {
        // Arrange
        await using var host = await DirectLineTestHost.StartAsync();
        var conversation = await host.StartConversationAsync();

        // Act
        using var response = await host.PostActivityAsync(conversation, Message(new string('x', 257 * 1024)));

        // Assert
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("MessageSizeTooBig", await ErrorCode(response));
        Assert.Empty(host.Store.Inbox);
    }

    [Fact]
    public async Task PostActivity_NoBearer_Returns401()
    {
        // Arrange
        await using var host = await DirectLineTestHost.StartAsync();
        var conversation = await host.StartConversationAsync();

        // Act
        using var response = await host.SendAsync(HttpMethod.Post,
            $"/v3/directline/conversations/{conversation.ConversationId}/activities", bearer: null, Message("hi"));

        // Assert
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Unauthorized", await ErrorCode(response));
    }

    [Fact]
    public async Task PostActivity_WrongToken_Returns403()
    {
        // Arrange
        await using var host = await DirectLineTestHost.StartAsync();
        var conversation = await host.StartConversationAsync();

        // Act
        using var response = await host.PostActivityAsync(conversation, Message("hi"), bearer: "forged-token");

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(host.Store.Inbox);
    }

    [Fact]
    public async Task PostActivity_ExpiredToken_Returns403TokenExpired()
    {
        // Arrange
        await using var host = await DirectLineTestHost.StartAsync();
        var conversation = await host.StartConversationAsync();
        host.Time.Advance(TimeSpan.FromMinutes(31));

        // Act
        using var response = await host.PostActivityAsync(conversation, Message("hi"));

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("TokenExpired", await ErrorCode(response));
        Assert.Empty(host.Store.Inbox);
    }

    [Fact]
    public async Task PostActivity_TokenOfAnotherConversation_Returns403()
    {
        // Arrange
        await using var host = await DirectLineTestHost.StartAsync();
        var alice = await host.StartConversationAsync("web-alice");
        var bob = await host.StartConversationAsync("web-bob");

        // Act
        using var response = await host.PostActivityAsync(bob, Message("hi", from: "web-alice"), bearer: alice.Token);
        using var read = await host.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{bob.ConversationId}/activities", alice.Token);

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Empty(host.Store.Inbox);
    }

    [Fact]
    public async Task GenerateToken_Secret_CreatesConversationBoundToUser()
    {
        // Arrange
        await using var host = await DirectLineTestHost.StartAsync();

        // Act
        using var generated = await host.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", DirectLineTestHost.Secret,
            """{"user":{"id":"dl_carol","name":"Carol"}}""");
        var body = await generated.Content.ReadFromJsonAsync<JsonElement>();
        var conversationId = body.GetProperty("conversationId").GetString()!;
        using var refreshed = await host.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", body.GetProperty("token").GetString());
        var refreshedToken = (await refreshed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
        using var posted = await host.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities",
            refreshedToken, """{"type":"message","text":"hi"}""");

        // Assert
        Assert.Equal(HttpStatusCode.OK, generated.StatusCode);
        Assert.Equal(1800, body.GetProperty("expires_in").GetInt32());
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Equal("dl_carol", JsonSerializer.Deserialize(Assert.Single(host.Store.Inbox).PayloadJson, ConversationJsonContext.Default.Turn)!.User.Id);
    }

    [Fact]
    public async Task GenerateToken_TokenInsteadOfSecret_Returns403()
    {
        // Arrange
        await using var host = await DirectLineTestHost.StartAsync();
        var conversation = await host.StartConversationAsync();

        // Act
        using var response = await host.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", conversation.Token);

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Reconnect_WithWatermark_ReturnsStreamUrlCarryingIt()
    {
        // Arrange
        await using var host = await DirectLineTestHost.StartAsync();
        var conversation = await host.StartConversationAsync();

        // Act
        using var response = await host.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversation.ConversationId}?watermark=5", conversation.Token);
        using var missing = await host.SendAsync(HttpMethod.Get, "/v3/directline/conversations/nope", DirectLineTestHost.Secret);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.StartsWith($"ws://localhost/v3/directline/conversations/{conversation.ConversationId}/stream?t=",
            body.GetProperty("streamUrl").GetString(), StringComparison.Ordinal);
        Assert.EndsWith("&watermark=5", body.GetProperty("streamUrl").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task WebChatToken_NonLoopbackCaller_Returns403()
    {
        // Arrange
        await using var host = await DirectLineTestHost.StartAsync();

        // Act
        var context = await host.Server.SendAsync(c =>
        {
            c.Request.Method = HttpMethods.Post;
            c.Request.Path = "/api/webchat/token";
            c.Connection.RemoteIpAddress = IPAddress.Parse("203.0.113.7");
        });

        // Assert
        Assert.Equal(StatusCodes.Status403Forbidden, context.Response.StatusCode);
    }

    [Fact]
    public async Task Stream_BotReplyWrittenAfterConnect_IsPushed()
    {
        // Arrange
        await using var host = await DirectLineTestHost.StartAsync();
        var conversation = await host.StartConversationAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        using var socket = await host.Server.CreateWebSocketClient().ConnectAsync(new Uri(conversation.StreamUrl), deadline.Token);
        using var posted = await host.PostActivityAsync(conversation, Message("hi", "c-1"));
        var userActivityId = (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        // Act
        var reply = new OutboundReply(Reply.Say("Hello, Alice"), conversation.ConversationId, "web-alice", userActivityId);
        var outboxId = host.Store.AddOutbox(new OutboxMessage("directline", conversation.ConversationId,
            JsonSerializer.Serialize(reply, ConversationJsonContext.Default.OutboundReply)));
        host.App.Services.GetRequiredService<OutboxSignal>().Pulse();

        // Assert: the user's echo, then the bot's reply, each in an ActivitySet with a watermark.
        var seen = new List<JsonElement>();
        while (!seen.Exists(a => a.GetProperty("from").GetProperty("id").GetString() == "chatflow"))
        {
            var set = await ReceiveActivitySetAsync(socket, deadline.Token);
            if (set is { } s)
                seen.AddRange(s.GetProperty("activities").EnumerateArray());
        }

        var bot = seen.Single(a => a.GetProperty("from").GetProperty("id").GetString() == "chatflow");
        Assert.Equal("Hello, Alice", bot.GetProperty("text").GetString());
        Assert.Equal(userActivityId, bot.GetProperty("replyToId").GetString());
        Assert.Equal("hi", seen[0].GetProperty("text").GetString());
        Assert.True(host.Store.IsDelivered(outboxId));
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", deadline.Token);
    }

    /// <summary>The next non-empty message (empty ones are keep-alives), parsed; <c>null</c> for a keep-alive.</summary>
    private static async Task<JsonElement?> ReceiveActivitySetAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, cancellationToken);
            Assert.NotEqual(WebSocketMessageType.Close, result.MessageType);
            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);

        var text = Encoding.UTF8.GetString(message.ToArray());
        return text.Length == 0 ? null : JsonDocument.Parse(text).RootElement.Clone();
    }
}
