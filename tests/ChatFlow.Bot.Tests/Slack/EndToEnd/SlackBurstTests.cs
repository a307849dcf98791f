using System.Net;
using System.Text.RegularExpressions;
using ChatFlow.Bot.Tests.Slack.Outbound;

namespace ChatFlow.Bot.Tests.Slack.EndToEnd;

/// <summary>A burst of messages in one Slack thread, each acknowledged before the previous one ran: the rows after the
/// first are stored unclaimed and each commit claims the next in the same transaction. The host's idle poll is set to
/// an hour, so only that hand-over can run them: the test fails if a row is lost or runs out of order.</summary>
public sealed class SlackBurstTests(SlackBurstTests.Fixture fixture) : IClassFixture<SlackBurstTests.Fixture>
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task MessagesInOneThread_AckedBeforeTheyRun_AreAnsweredOnceEachInOrder()
    {
        var channel = "D" + Guid.NewGuid().ToString("N")[..9].ToUpperInvariant();
        var user = "U" + Guid.NewGuid().ToString("N")[..9].ToUpperInvariant();
        var thread = "1700000000.000100";
        string[] texts = ["register a vendor", "never mind", "register a vendor", "never mind", "register a vendor", "never mind"];

        for (var i = 0; i < texts.Length; i++)
        {
            var ts = $"1700000000.{200 + i:D6}";
            var ack = await fixture.Host.PostMessageEventAsync($"EvBURST{channel}{i}", channel, user, texts[i], ts, threadTs: thread);
            Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        }

        // Each request is answered with an introduction and the form; each "never mind" with a cancellation.
        const string Expected = "SFC" + "SFC" + "SFC";
        await fixture.Slack.WaitUntilAsync(calls => Posts(calls, channel).Count >= Expected.Length).WaitAsync(Deadline);
        var posts = Posts(fixture.Slack.CallsTo("chat.postMessage"), channel);

        Assert.Equal(Expected, string.Concat(posts.Select(Kind)));
        Assert.All(posts, p => Assert.Equal(thread, (string?)p.Body["thread_ts"]));
    }

    [Fact]
    public async Task MessagesInOneThread_SentAtOnce_AreEachAnsweredExactlyOnce()
    {
        var channel = "D" + Guid.NewGuid().ToString("N")[..9].ToUpperInvariant();
        var user = "U" + Guid.NewGuid().ToString("N")[..9].ToUpperInvariant();
        var thread = "1700000001.000100";
        const int Count = 12;

        // Sent together, most land in one group commit: the first is claimed there, the others wait behind it.
        var acks = await Task.WhenAll(Enumerable.Range(0, Count).Select(i => fixture.Host.PostMessageEventAsync(
            $"EvAT{channel}{i}", channel, user, "help", $"1700000001.{200 + i:D6}", threadTs: thread)));
        await fixture.Slack.WaitUntilAsync(calls => Posts(calls, channel).Count >= Count).WaitAsync(Deadline);

        Assert.All(acks, ack => Assert.Equal(HttpStatusCode.OK, ack.StatusCode));
        var posts = Posts(fixture.Slack.CallsTo("chat.postMessage"), channel);
        Assert.Equal(Count, posts.Count);
        Assert.All(posts, p => Assert.Equal((string?)posts[0].Body["text"], (string?)p.Body["text"]));
    }

    private static char Kind(FakeSlackCall post)
    {
        var text = (string?)post.Body["text"] ?? "";
        if (post.Body.ToJsonString().Contains("chatflow.submit", StringComparison.Ordinal))
            return 'F';
        if (text.StartsWith("Sure", StringComparison.Ordinal))
            return 'S';
        return Regex.IsMatch(text, "(?i)cancel") ? 'C' : '?';
    }

    private static List<FakeSlackCall> Posts(IEnumerable<FakeSlackCall> calls, string channel) =>
        calls.Where(c => c.Method == "chat.postMessage" && c.Status == 200 && (string?)c.Body["channel"] == channel).ToList();

    /// <summary>A host whose workers never poll (1 h), so turns run only through the in-process hand-over.</summary>
    public sealed class Fixture : IAsyncLifetime
    {
        public FakeSlackApi Slack { get; private set; } = null!;

        public SlackChatFlowHost Host { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Slack = await FakeSlackApi.StartAsync();
            Host = new SlackChatFlowHost(Slack.ApiBaseUrl, new Dictionary<string, string> { ["ChatFlow:Worker:IdlePollInterval"] = "01:00:00" });
        }

        public async Task DisposeAsync()
        {
            await Host.DisposeAsync();
            await Slack.DisposeAsync();
        }
    }
}
