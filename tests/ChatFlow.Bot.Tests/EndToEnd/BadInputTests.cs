using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using ChatFlow.Bot.Tests.Fixtures;

namespace ChatFlow.Bot.Tests.EndToEnd;

/// <summary>Bad input against the real host: each gets a 4xx with a reason (or a helpful chat reply), and the
/// conversation's transcript and state stay as they were.</summary>
public sealed class BadInputTests(SqliteHostFixture fixture) : IClassFixture<SqliteHostFixture>
{
    private Uri Host => fixture.Host.BaseAddress;

    [Theory]
    [InlineData("{not json", HttpStatusCode.BadRequest)]
    [InlineData("[1,2,3]", HttpStatusCode.BadRequest)]
    [InlineData("{\"text\":\"no type\"}", HttpStatusCode.BadRequest)]
    public async Task PostActivity_MalformedBody_Is400WithReasonAndTranscriptUnchanged(string body, HttpStatusCode expected)
    {
        using var chat = await DirectLineTestClient.StartAsync(Host, "carol", "en-US");
        var before = (await chat.TranscriptAsync()).Count;

        var response = await chat.PostRawAsync(body);

        Assert.Equal(expected, response.StatusCode);
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!;
        Assert.False(string.IsNullOrWhiteSpace((string?)error["message"]));
        Assert.Equal(before, (await chat.TranscriptAsync()).Count);
    }

    [Fact]
    public async Task PostActivity_WithoutToken_Is401()
    {
        using var chat = await DirectLineTestClient.StartAsync(Host, "carol", "en-US");
        using var anonymous = new HttpClient { BaseAddress = Host };

        var response = await anonymous.PostAsync($"v3/directline/conversations/{chat.ConversationId}/activities",
            new StringContent("{\"type\":\"message\",\"text\":\"hi\"}", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await chat.TranscriptAsync());
    }

    [Fact]
    public async Task PostActivity_ForgedToken_Is403()
    {
        using var chat = await DirectLineTestClient.StartAsync(Host, "carol", "en-US");

        var response = await chat.PostRawAsync("{\"type\":\"message\",\"text\":\"register a vendor\"}", token: "forged-token");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(await chat.TranscriptAsync());
    }

    [Fact]
    public async Task PostActivity_TokenOfAnotherConversation_Is403AndBothTranscriptsUnchanged()
    {
        using var victim = await DirectLineTestClient.StartAsync(Host, "carol", "en-US");
        using var intruder = await DirectLineTestClient.StartAsync(Host, "alice", "en-US");

        var response = await intruder.PostRawAsync("{\"type\":\"message\",\"text\":\"register a vendor\"}", conversationId: victim.ConversationId);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(await victim.TranscriptAsync());
        Assert.Empty(await intruder.TranscriptAsync());
    }

    [Fact]
    public async Task GetActivities_TokenOfAnotherConversation_Is403()
    {
        using var victim = await DirectLineTestClient.StartAsync(Host, "carol", "en-US");
        using var intruder = await DirectLineTestClient.StartAsync(Host, "alice", "en-US");
        using var http = new HttpClient { BaseAddress = Host };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", intruder.Token);

        var response = await http.GetAsync($"v3/directline/conversations/{victim.ConversationId}/activities");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task FormSubmit_CardFromAnotherConversation_IsRefusedAndStateUnchanged()
    {
        using var owner = await DirectLineTestClient.StartAsync(Host, "carol", "en-US");
        using var other = await DirectLineTestClient.StartAsync(Host, "alice", "en-US");
        await owner.SayAsync("register a vendor", VendorJourney.HasInputs);
        await other.SayAsync("register a vendor", VendorJourney.HasInputs);
        var othersOwnForm = other.Last;
        var stolenSubmit = owner.Actions().First(a => (string?)a["type"] == "Action.Submit");

        var data = stolenSubmit["data"]!.DeepClone().AsObject();
        foreach (var (k, v) in VendorJourney.Values("Stolen Co", "123-45-67890", "1 Main", "a@b.example"))
        {
            data[k] = v;
        }

        await other.SendValueAsync(data, got => got.Any(a => a["text"] is not null));

        Assert.Matches("(?i)expired|someone else", other.Shown());
        Assert.False(VendorJourney.HasButton(other.Last, "Confirm"));

        // The refused submission changed nothing: the other user's own form still works.
        other.Last = othersOwnForm;
        await other.FillAsync(VendorJourney.Values("Own Co", "123-45-67890", "1 Main", "a@b.example"), got => VendorJourney.HasButton(got, "Confirm"));
    }

    [Fact]
    public async Task DuplicateClientActivityId_RunsTheTurnOnce()
    {
        using var chat = await DirectLineTestClient.StartAsync(Host, "carol", "en-US");
        var activity = $"{{\"type\":\"message\",\"text\":\"register a vendor\",\"from\":{{\"id\":\"{chat.UserId}\"}},\"channelData\":{{\"clientActivityID\":\"retry-1\"}}}}";

        var first = await chat.PostRawAsync(activity);
        var second = await chat.PostRawAsync(activity);
        await chat.WaitAsync(VendorJourney.HasInputs);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        var transcript = await chat.TranscriptAsync();
        Assert.Single(transcript, a => (string?)a!["from"]?["id"] == chat.UserId);
        Assert.Single(transcript, a => (string?)a!["from"]?["id"] != chat.UserId && VendorJourney.HasInputs([a!.AsObject()]));
    }
}
