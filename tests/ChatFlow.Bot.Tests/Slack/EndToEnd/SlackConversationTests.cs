using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ChatFlow.Bot.Tests.EndToEnd;
using ChatFlow.Bot.Tests.Slack.Outbound;

namespace ChatFlow.Bot.Tests.Slack.EndToEnd;

/// <summary>Whole Slack conversations through the real host: signed events and interactivity in, Block Kit out through
/// the fake Slack Web API, sign-in through the sandbox's real login page. Each test has its own DM channel and user.</summary>
public sealed partial class SlackConversationTests(SlackConversationFixture fixture) : IClassFixture<SlackConversationFixture>
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    private FakeSlackApi Slack => fixture.Slack;

    private SlackChatFlowHost Host => fixture.Host;

    [Fact]
    public async Task RegisterVendor_FinanceUserInDm_ResultPostedInTheThread()
    {
        var dm = new Dm();
        var name = $"Hanbit Trading {Guid.NewGuid():N}"[..24];

        var result = await PlayAsync(dm, name, "carol");

        Assert.Matches($"Registered vendor \\*?{Regex.Escape(name)}\\*? \\(vendor id V-\\d+\\)", Text(result));
        Assert.Single(await SandboxApi.ListVendorsAsync(Host.BaseAddress, "carol"), v => (string?)v!["name"] == name);
        Assert.All(Posts(dm), p => Assert.Equal(dm.Ts, (string?)p.Body["thread_ts"]));
        // Each answered form or confirmation was replaced with its outcome (no buttons left to press twice).
        var updates = Slack.CallsTo("chat.update").Where(c => (string?)c.Body["channel"] == dm.Channel).ToList();
        Assert.Contains(updates, u => Text(u).Contains("Submitted", StringComparison.Ordinal));
        Assert.Contains(updates, u => Text(u).Contains("Confirmed", StringComparison.Ordinal));
        Assert.DoesNotContain(updates, u => u.Body.ToJsonString().Contains("chatflow.submit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RegisterVendor_EmployeeWithoutPermission_IsRefusedAndNothingIsCreated()
    {
        var dm = new Dm();
        var name = $"Blue Harbor {Guid.NewGuid():N}"[..22];

        var result = await PlayAsync(dm, name, "alice");

        Assert.Matches("(?i)permission", Text(result));
        Assert.DoesNotMatch("vendor id V-\\d+", string.Join("\n", Posts(dm).Select(Text)));
        Assert.DoesNotContain(await SandboxApi.ListVendorsAsync(Host.BaseAddress, "carol"), v => (string?)v!["name"] == name);
    }

    [Fact]
    public async Task SlackRetry_SameEvent_AnsweredOnce()
    {
        var dm = new Dm();
        var eventId = "Ev" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();

        var first = await Host.PostMessageEventAsync(eventId, dm.Channel, dm.User, "register a vendor", dm.Ts);
        var retry = await Host.PostMessageEventAsync(eventId, dm.Channel, dm.User, "register a vendor", dm.Ts,
            headers: new Dictionary<string, string> { ["X-Slack-Retry-Num"] = "1", ["X-Slack-Retry-Reason"] = "http_timeout" });
        await WaitForPostAsync(dm, p => HasButton(p, "chatflow.submit"));
        // A later message of the same conversation is processed after any copy of the first (per-conversation order),
        // so once its answer is in, a second answer to the retry would be too.
        await Host.PostMessageEventAsync(eventId + "B", dm.Channel, dm.User, "never mind", NextTs(dm.Ts), threadTs: dm.Ts);
        await WaitForPostAsync(dm, p => !Buttons(p).Any() && Regex.IsMatch(Text(p), "(?i)cancel"));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Single(Posts(dm), p => HasButton(p, "chatflow.submit"));
    }

    [Fact]
    public async Task PostMessage_RateLimited_RetriedAfterRetryAfterThenPosted()
    {
        var dm = new Dm();
        Slack.Enqueue("chat.postMessage", FakeSlackResponse.RateLimited(1));

        await Host.PostMessageEventAsync("Ev" + Guid.NewGuid().ToString("N")[..10], dm.Channel, dm.User, "register a vendor", dm.Ts);
        var form = await WaitForPostAsync(dm, p => p.Status == 200 && HasButton(p, "chatflow.submit"));

        var calls = Slack.CallsTo("chat.postMessage");
        var limited = Assert.Single(calls, c => c.Status == 429);
        Assert.Equal(dm.Channel, (string?)limited.Body["channel"]);
        var retried = calls.Where(c => (string?)c.Body["channel"] == dm.Channel && c.Status == 200).ToList();
        Assert.Equal(Text(limited), Text(retried[0])); // the same reply, posted once Slack allowed it
        Assert.Single(retried, p => HasButton(p, "chatflow.submit"));
        Assert.Same(form, retried.Single(p => HasButton(p, "chatflow.submit")));
    }

    /// <summary>DM "register a vendor" → form → submit → confirm → sign in as <paramref name="username"/>; returns the
    /// post that follows the sign-in.</summary>
    private async Task<FakeSlackCall> PlayAsync(Dm dm, string name, string username)
    {
        var ack = await Host.PostMessageEventAsync("Ev" + Guid.NewGuid().ToString("N")[..10], dm.Channel, dm.User, "register a vendor", dm.Ts);
        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        var form = await WaitForPostAsync(dm, p => HasButton(p, "chatflow.submit"));
        Assert.Equal(dm.Ts, (string?)form.Body["thread_ts"]);
        Assert.Contains("\"type\":\"input\"", form.Body.ToJsonString(), StringComparison.Ordinal);

        var values = VendorJourney.Values(name, "123-45-67890", "12 Sejong-daero, Jung-gu, Seoul", "ap@hanbit.example");
        var submitted = await Host.PostInteractionAsync(Press(dm, form, "chatflow.submit", values));
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        var confirmation = await WaitForPostAsync(dm, p => HasButton(p, "chatflow.confirm"));
        Assert.Contains(name, Text(confirmation), StringComparison.Ordinal);

        await Host.PostInteractionAsync(Press(dm, confirmation, "chatflow.confirm", []));
        var signIn = await WaitForPostAsync(dm, p => SignInUrl(p) is not null);
        var before = Posts(dm).Count;

        var page = await SignInBrowser.SignInAsync(new Uri(SignInUrl(signIn)!), username);
        Assert.True(page.IsSuccessStatusCode, $"sign-in ended with HTTP {(int)page.StatusCode}");
        return await WaitForPostAsync(dm, p => Posts(dm).IndexOf(p) >= before
            && Regex.IsMatch(Text(p), "(?i)registered vendor|permission"));
    }

    /// <summary>A <c>block_actions</c> payload pressing <paramref name="actionId"/> on the posted message, with input values.</summary>
    private static JsonObject Press(Dm dm, FakeSlackCall message, string actionId, Dictionary<string, string> values)
    {
        var ts = (string)message.Response["ts"]!;
        var button = Buttons(message).Single(b => (string?)b["action_id"] == actionId);
        var state = new JsonObject();
        foreach (var (slot, value) in values)
            state[slot] = new JsonObject { [slot] = new JsonObject { ["type"] = "plain_text_input", ["value"] = value } };
        return new JsonObject
        {
            ["type"] = "block_actions",
            ["user"] = new JsonObject { ["id"] = dm.User, ["username"] = "u", ["name"] = "u" },
            ["api_app_id"] = "A0E2E",
            ["trigger_id"] = "13345224609.738474920.8088930838d88f008e0",
            ["team"] = new JsonObject { ["id"] = "T0E2E" },
            ["container"] = new JsonObject { ["type"] = "message", ["message_ts"] = ts, ["channel_id"] = dm.Channel, ["is_ephemeral"] = false, ["thread_ts"] = dm.Ts },
            ["channel"] = new JsonObject { ["id"] = dm.Channel, ["name"] = "directmessage" },
            ["message"] = new JsonObject { ["type"] = "message", ["ts"] = ts, ["thread_ts"] = dm.Ts, ["bot_id"] = "B0BOT" },
            ["state"] = new JsonObject { ["values"] = state },
            ["actions"] = new JsonArray(new JsonObject
            {
                ["action_id"] = actionId, ["block_id"] = "chatflow.actions", ["type"] = "button",
                ["value"] = (string?)button["value"], ["action_ts"] = NextTs(ts),
            }),
        };
    }

    private async Task<FakeSlackCall> WaitForPostAsync(Dm dm, Func<FakeSlackCall, bool> match)
    {
        var arrived = Slack.WaitUntilAsync(calls => calls.Any(c => c.Method == "chat.postMessage" && IsIn(c, dm) && match(c)));
        try
        {
            await arrived.WaitAsync(Deadline);
        }
        catch (TimeoutException)
        {
            Assert.Fail("no matching post; the conversation so far:\n" + string.Join("\n---\n", Posts(dm).Select(p => p.Body.ToJsonString())));
        }

        return Posts(dm).First(match);
    }

    private List<FakeSlackCall> Posts(Dm dm) => Slack.CallsTo("chat.postMessage").Where(c => IsIn(c, dm) && c.Status == 200).ToList();

    private static bool IsIn(FakeSlackCall call, Dm dm) => (string?)call.Body["channel"] == dm.Channel;

    private static IEnumerable<JsonObject> Buttons(FakeSlackCall call) =>
        (call.Body["blocks"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .Where(b => (string?)b["type"] == "actions")
            .SelectMany(b => (b["elements"] as JsonArray ?? []).OfType<JsonObject>());

    private static bool HasButton(FakeSlackCall call, string actionId) => Buttons(call).Any(b => (string?)b["action_id"] == actionId);

    private static string? SignInUrl(FakeSlackCall call) => Buttons(call).Select(b => (string?)b["url"]).FirstOrDefault(u => u is not null);

    /// <summary>Fallback text plus every block's text, as a person reads the message.</summary>
    private static string Text(FakeSlackCall call) => (string?)call.Body["text"] + "\n" + VendorJourney.Json(call.Body["blocks"]);

    private static string NextTs(string ts) =>
        (decimal.Parse(ts, System.Globalization.CultureInfo.InvariantCulture) + 0.000001m).ToString("0.000000", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A fresh DM channel, user and first message ts.</summary>
    private sealed record Dm
    {
        public string Channel { get; } = "D" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();

        public string User { get; } = "U" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();

        public string Ts { get; } = $"{DateTimeOffset.UtcNow.ToUnixTimeSeconds()}.{Random.Shared.Next(100_000, 999_999)}";
    }
}
