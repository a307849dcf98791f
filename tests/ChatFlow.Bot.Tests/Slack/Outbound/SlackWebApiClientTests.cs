using ChatFlow.Bot.Channels.Slack.WebApi;
using ChatFlow.Skills.Forms.BlockKit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ChatFlow.Bot.Tests.Slack.Outbound;

public sealed class SlackWebApiClientTests : IAsyncLifetime
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private FakeSlackApi api = null!;
    private ServiceProvider services = null!;

    public async Task InitializeAsync()
    {
        api = await FakeSlackApi.StartAsync();
        services = SlackTestServices.Create(api, time).BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await services.DisposeAsync();
        await api.DisposeAsync();
    }

    private SlackWebApiClient Client => services.GetRequiredService<SlackWebApiClient>();

    private static BlockKitMessage Hello => new("Hello", [new SectionBlock { Text = TextObject.Markdown("*Hello*") }]);

    [Fact]
    public async Task PostMessage_InThread_SendsJsonWithBearerAndThreadTs()
    {
        var posted = await Client.PostMessageAsync("C123", "1700000000.000100", Hello, CancellationToken.None);

        var call = Assert.Single(api.Calls);
        Assert.Equal("chat.postMessage", call.Method);
        Assert.Equal("Bearer " + SlackTestServices.BotToken, call.Authorization);
        Assert.Equal("application/json; charset=utf-8", call.ContentType);
        Assert.Equal("C123", (string?)call.Body["channel"]);
        Assert.Equal("1700000000.000100", (string?)call.Body["thread_ts"]);
        Assert.Equal("Hello", (string?)call.Body["text"]);
        Assert.Equal("section", (string?)call.Body["blocks"]![0]!["type"]);
        Assert.Equal("mrkdwn", (string?)call.Body["blocks"]![0]!["text"]!["type"]);
        Assert.Equal("C123", posted.Channel);
        Assert.False(string.IsNullOrEmpty(posted.Ts));
    }

    [Fact]
    public async Task PostMessage_NoThread_OmitsThreadTs()
    {
        await Client.PostMessageAsync("D1", null, Hello, CancellationToken.None);

        Assert.False(Assert.Single(api.Calls).Body.ContainsKey("thread_ts"));
    }

    [Fact]
    public async Task UpdateMessage_EmptyBlocks_SendsTsAndEmptyBlockList()
    {
        await Client.UpdateMessageAsync("C1", "1.2", new BlockKitMessage("done", []), CancellationToken.None);

        var call = Assert.Single(api.Calls);
        Assert.Equal("chat.update", call.Method);
        Assert.Equal("1.2", (string?)call.Body["ts"]);
        Assert.Empty(call.Body["blocks"]!.AsArray());
        Assert.Equal("Bearer " + SlackTestServices.BotToken, call.Authorization);
    }

    [Fact]
    public async Task OtherMethods_Called_SendTheirArgumentsAndParseAnswers()
    {
        var ephemeral = await Client.PostEphemeralAsync("C1", "U1", null, Hello, CancellationToken.None);
        var view = await Client.OpenViewAsync("trigger-1", BlockKitRenderer.RenderModal(new Skills.Forms.FormSpec
        {
            Title = "T", Fields = [new Skills.Forms.FormField { Id = "a", Label = "A" }], SubmitTitle = "OK", CancelTitle = "No",
        }), CancellationToken.None);
        var user = await Client.GetUserAsync("W012A3CDE", CancellationToken.None);
        var dm = await Client.OpenDirectMessageAsync("U069C7QF3", CancellationToken.None);
        var auth = await Client.AuthTestAsync(CancellationToken.None);
        var socket = await Client.OpenSocketModeConnectionAsync(CancellationToken.None);

        Assert.False(string.IsNullOrEmpty(ephemeral));
        Assert.Equal("U1", (string?)api.CallsTo("chat.postEphemeral")[0].Body["user"]);
        Assert.Equal("V0FAKE", view);
        var viewBody = api.CallsTo("views.open")[0].Body;
        Assert.Equal("trigger-1", (string?)viewBody["trigger_id"]);
        Assert.Equal("modal", (string?)viewBody["view"]!["type"]);
        Assert.Equal("spengler@ghostbusters.example.com", user.Email);
        Assert.Equal("W012A3CDE", (string?)api.CallsTo("users.info")[0].Body["user"]);
        Assert.Equal("D069C7QFK", dm);
        Assert.Equal("U069C7QF3", (string?)api.CallsTo("conversations.open")[0].Body["users"]);
        Assert.Equal("U0BOT", auth.UserId);
        Assert.Equal("wss", socket.Scheme);
        Assert.Equal("Bearer " + SlackTestServices.AppToken, api.CallsTo("apps.connections.open")[0].Authorization);
        Assert.All(api.Calls.Where(c => c.Method != "apps.connections.open"),
            c => Assert.Equal("Bearer " + SlackTestServices.BotToken, c.Authorization));
    }

    [Theory]
    [InlineData("channel_not_found", false)]
    [InlineData("invalid_auth", false)]
    [InlineData("internal_error", true)]
    public async Task PostMessage_OkFalse_ThrowsSlackApiExceptionWithCodeAndNoToken(string code, bool transient)
    {
        api.Enqueue("chat.postMessage", FakeSlackResponse.Error(code));

        var error = await Assert.ThrowsAsync<SlackApiException>(() => Client.PostMessageAsync("C1", null, Hello, CancellationToken.None));

        Assert.Equal(code, error.Error);
        Assert.Equal("chat.postMessage", error.Method);
        Assert.Equal(transient, error.IsTransient);
        Assert.DoesNotContain(SlackTestServices.BotToken, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostMessage_Http429_ThrowsRateLimitedAndHoldsMethodUntilRetryAfter()
    {
        api.Enqueue("chat.postMessage", FakeSlackResponse.RateLimited(30));

        var limited = await Assert.ThrowsAsync<SlackRateLimitedException>(() => Client.PostMessageAsync("C1", null, Hello, CancellationToken.None));
        Assert.Equal(TimeSpan.FromSeconds(30), limited.RetryAfter);
        Assert.False(limited.IsClientSide);

        var next = Client.PostMessageAsync("C2", null, Hello, CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(29));
        Assert.False(next.IsCompleted);
        Assert.Single(api.Calls);
        time.Advance(TimeSpan.FromSeconds(1));
        await next;
        Assert.Equal(2, api.CallsTo("chat.postMessage").Count);
    }

    [Fact]
    public async Task PostMessage_SameChannelTwice_SecondWaitsOneSecond()
    {
        await Client.PostMessageAsync("C1", null, Hello, CancellationToken.None);

        var second = Client.PostMessageAsync("C1", null, Hello, CancellationToken.None);
        var otherChannel = Client.PostMessageAsync("C2", null, Hello, CancellationToken.None);
        await otherChannel;
        time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.False(second.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));
        await second;

        Assert.Equal(["C1", "C2", "C1"], api.Calls.Select(c => (string?)c.Body["channel"]));
    }

    [Fact]
    public async Task Acquire_QueueLongerThanTimeout_ThrowsClientSideRateLimited()
    {
        var limiter = services.GetRequiredService<SlackRateLimiter>();
        limiter.Pause("chat.update", TimeSpan.FromMinutes(5));

        var limited = await Assert.ThrowsAsync<SlackRateLimitedException>(() => limiter.AcquireAsync("chat.update", "C1", CancellationToken.None));

        Assert.True(limited.IsClientSide);
        Assert.Equal(TimeSpan.FromMinutes(5), limited.RetryAfter);
    }
}
