using System.Net;
using System.Text;
using System.Text.Json;
using Xunit;

namespace ChatFlow.Bot.Tests.Slack;

/// <summary>The HTTP endpoints over real Kestrel and real SQLite storage: verify first, then parse, then store.</summary>
public sealed class SlackApiTests : IAsyncLifetime
{
    private SlackTestHost host = null!;

    public async Task InitializeAsync() => host = await SlackTestHost.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    private static string Dm(string eventId, string ts, string text = "hello") => $$"""
        {"type":"event_callback","team_id":"T1","api_app_id":"A1","event_id":"{{eventId}}","event_time":1,
         "event":{"type":"message","channel":"D1","channel_type":"im","user":"U1","text":"{{text}}","ts":"{{ts}}","event_ts":"{{ts}}"} }
        """;

    [Fact]
    public async Task PostEvent_UrlVerification_EchoesChallenge()
    {
        var body = Encoding.UTF8.GetString(SlackFixtures.Read("events/url_verification.json"));
        using var response = await host.PostEventAsync(body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        using var sent = JsonDocument.Parse(body);
        Assert.Equal(sent.RootElement.GetProperty("challenge").GetString(), doc.RootElement.GetProperty("challenge").GetString());
    }

    [Fact]
    public async Task PostEvent_DirectMessage_StoredOnce()
    {
        using var response = await host.PostEventAsync(Dm("Ev1", "100.001"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, await host.PendingAsync());
    }

    [Fact]
    public async Task SlackRetry_SameEventId_StoredOnce()
    {
        using var first = await host.PostEventAsync(Dm("Ev2", "100.002"));
        using var retry = await host.PostEventAsync(Dm("Ev2", "100.002"),
            new Dictionary<string, string> { ["X-Slack-Retry-Num"] = "1", ["X-Slack-Retry-Reason"] = "http_timeout" });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(1, await host.PendingAsync());
    }

    [Fact]
    public async Task PostEvent_BadSignature_401NothingStored()
    {
        var body = Encoding.UTF8.GetBytes(Dm("Ev3", "100.003"));
        using var response = await host.PostSignedAsync("/slack/events", body, "application/json", signature: "v0=" + new string('0', 64));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, await host.PendingAsync());
    }

    [Fact]
    public async Task PostEvent_MissingSignature_401NothingStored()
    {
        var body = Encoding.UTF8.GetBytes(Dm("Ev4", "100.004"));
        using var response = await host.PostSignedAsync("/slack/events", body, "application/json", signature: "");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, await host.PendingAsync());
    }

    [Fact]
    public async Task PostEvent_StaleTimestamp_401NothingStored()
    {
        var body = Encoding.UTF8.GetBytes(Dm("Ev5", "100.005"));
        var stale = (host.Time.GetUtcNow().ToUnixTimeSeconds() - 301).ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var response = await host.PostSignedAsync("/slack/events", body, "application/json", timestamp: stale);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, await host.PendingAsync());
    }

    [Fact]
    public async Task PostEvent_OversizedBody_413NothingStored()
    {
        var body = Encoding.UTF8.GetBytes(Dm("Ev6", "100.006", new string('a', 1024 * 1024)));
        using var response = await host.PostSignedAsync("/slack/events", body, "application/json");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, await host.PendingAsync());
    }

    [Theory]
    [InlineData("{\"type\":\"event_callback\",")]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("{\"type\":\"event_callback\",\"event_id\":\"Ev7\",\"event\":\"a string\"}")]
    public async Task PostEvent_MalformedJson_400NothingStored(string body)
    {
        using var response = await host.PostEventAsync(body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await host.PendingAsync());
    }

    [Fact]
    public async Task PostEvent_UnknownOuterType_200NothingStored()
    {
        using var response = await host.PostEventAsync("""{"type":"app_rate_limited","team_id":"T1","minute_rate_limited":1518467820}""");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, await host.PendingAsync());
    }

    [Fact]
    public async Task PostEvent_UnknownInnerType_200NothingStored()
    {
        using var response = await host.PostEventAsync(
            """{"type":"event_callback","event_id":"Ev8","event":{"type":"reaction_added","user":"U1","reaction":"thumbsup"}}""");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, await host.PendingAsync());
    }

    [Theory]
    [InlineData("payload=%7Bbroken")]
    [InlineData("nopayload=1")]
    [InlineData("{\"type\":\"block_actions\"}")]
    public async Task PostInteraction_MalformedForm_400(string form)
    {
        using var response = await host.PostFormAsync("/slack/interactivity", form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task PostInteraction_FixtureFormBody_200Ignored()
    {
        var body = SlackFixtures.Read("interactivity/block_actions.button.form-body.txt");
        using var response = await host.PostSignedAsync("/slack/interactivity", body, "application/x-www-form-urlencoded");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, await host.PendingAsync());
    }

    [Fact]
    public async Task PostInteraction_BadSignature_401()
    {
        var body = SlackFixtures.Read("interactivity/block_actions.button.form-body.txt");
        using var response = await host.PostSignedAsync("/slack/interactivity", body, "application/x-www-form-urlencoded",
            signature: "v0=" + new string('1', 64));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task PostCommand_Help_EphemeralAnswerNothingStored()
    {
        using var response = await host.PostFormAsync("/slack/commands",
            "command=%2Fchatflow&text=help&user_id=U1&channel_id=C1&trigger_id=t.1");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("ephemeral", doc.RootElement.GetProperty("response_type").GetString());
        Assert.Contains("/chatflow skills", doc.RootElement.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await host.PendingAsync());
    }

    [Fact]
    public async Task PostCommand_Help_ListsLoadedSkills()
    {
        // "/chatflow help" lists the skills; "/chatflow skills" is the admin listing the turn worker answers.
        using var response = await host.PostFormAsync("/slack/commands",
            "command=%2Fchatflow&text=help&user_id=U1&channel_id=C1&trigger_id=t.2");
        var text = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("text").GetString();
        Assert.Contains("•", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostCommand_Logout_AnswersSignedOut()
    {
        using var response = await host.PostFormAsync("/slack/commands",
            "command=%2Fchatflow&text=logout&user_id=U1&channel_id=C1&trigger_id=t.3");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("signed out", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostCommand_Utterance_StoredOnceAcrossRetries()
    {
        const string form = "command=%2Fchatflow&text=register+vendor+ABC&user_id=U1&channel_id=C1&trigger_id=t.4";
        using var first = await host.PostFormAsync("/slack/commands", form);
        using var again = await host.PostFormAsync("/slack/commands", form);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(1, await host.PendingAsync());
    }

    [Fact]
    public async Task PostCommand_MalformedForm_400()
    {
        using var response = await host.PostFormAsync("/slack/commands", "text=hi");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
