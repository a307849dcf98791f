using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using ChatFlow.Bot.Tests.Slack.Outbound;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ChatFlow.Bot.Tests.Slack.EndToEnd;

/// <summary>The real ChatFlow host (<c>Program</c>, as <c>ChatFlowHost</c> runs it: real Kestrel, SQLite, sandbox,
/// OAuth) with the Slack channel turned on and its Web API pointed at a <see cref="FakeSlackApi"/>. Only configuration
/// is overridden; requests are signed with <see cref="SigningSecret"/>.</summary>
public sealed class SlackChatFlowHost : WebApplicationFactory<Program>
{
    public const string SigningSecret = "e2e-signing-secret-0123456789abcdef";
    public const string BotUserId = "UBOT0E2E";

    private readonly Uri apiBaseUrl;
    private readonly IReadOnlyDictionary<string, string> settings;
    private HttpClient? client;

    /// <param name="apiBaseUrl">The fake Slack Web API.</param>
    /// <param name="settings">Extra configuration (key → value), applied last.</param>
    public SlackChatFlowHost(Uri apiBaseUrl, IReadOnlyDictionary<string, string>? settings = null)
    {
        this.apiBaseUrl = apiBaseUrl;
        this.settings = settings ?? new Dictionary<string, string>();
        DataDirectory = Directory.CreateTempSubdirectory("chatflow-slack-e2e-").FullName;
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.EndsWith('/') ? address : address + "/");
    }

    public string DataDirectory { get; }

    /// <summary>The host's real HTTP address.</summary>
    public Uri BaseAddress { get; }

    private HttpClient Http => client ??= new HttpClient { BaseAddress = BaseAddress };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ChatFlow:DataDirectory", DataDirectory);
        builder.UseSetting("ChatFlow:Slack:SigningSecret", SigningSecret);
        builder.UseSetting("ChatFlow:Slack:BotToken", "xoxb-e2e");
        builder.UseSetting("ChatFlow:Slack:BotUserId", BotUserId);
        builder.UseSetting("ChatFlow:Slack:ApiBaseUrl", apiBaseUrl.AbsoluteUri);
        builder.UseSetting("ChatFlow:Slack:MessageSpacingPerChannel", "00:00:00");
        builder.UseSetting("ChatFlow:Slack:DeliveryPollInterval", "00:00:00.100");
        foreach (var (key, value) in settings)
            builder.UseSetting(key, value);
    }

    /// <summary>POSTs <paramref name="body"/> to <paramref name="path"/>, signed now with the v0 scheme.</summary>
    public async Task<HttpResponseMessage> PostSignedAsync(string path, string body, string contentType, IDictionary<string, string>? headers = null)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", SlackFixtures.Sign(SigningSecret, timestamp, bytes));
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
            request.Headers.Add(name, value);
        return await Http.SendAsync(request);
    }

    /// <summary>A user's message event (DM unless <paramref name="channelType"/> says otherwise), signed.</summary>
    public Task<HttpResponseMessage> PostMessageEventAsync(string eventId, string channel, string user, string text, string ts,
        string? threadTs = null, IDictionary<string, string>? headers = null, string channelType = "im")
    {
        var inner = new JsonObject
        {
            ["type"] = "message", ["channel_type"] = channelType, ["channel"] = channel, ["user"] = user, ["text"] = text,
            ["ts"] = ts, ["event_ts"] = ts,
        };
        if (threadTs is not null)
            inner["thread_ts"] = threadTs;
        var envelope = new JsonObject
        {
            ["token"] = "legacy", ["team_id"] = "T0E2E", ["api_app_id"] = "A0E2E", ["type"] = "event_callback",
            ["event_id"] = eventId, ["event_time"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(), ["event"] = inner,
            ["authorizations"] = new JsonArray(new JsonObject { ["team_id"] = "T0E2E", ["user_id"] = BotUserId, ["is_bot"] = true }),
        };
        return PostSignedAsync("/slack/events", envelope.ToJsonString(), "application/json", headers);
    }

    /// <summary>An interactivity payload (<c>payload=</c> form field), signed.</summary>
    public Task<HttpResponseMessage> PostInteractionAsync(JsonObject payload) =>
        PostSignedAsync("/slack/interactivity",
            "payload=" + Uri.EscapeDataString(payload.ToJsonString()), "application/x-www-form-urlencoded");

    public override async ValueTask DisposeAsync()
    {
        client?.Dispose();
        await base.DisposeAsync();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

/// <summary>One fake Slack Web API and one ChatFlow host pointed at it, shared by a test class (its tests run one
/// after another); every test uses its own channel and user.</summary>
public sealed class SlackConversationFixture : IAsyncLifetime
{
    public FakeSlackApi Slack { get; private set; } = null!;

    public SlackChatFlowHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Slack = await FakeSlackApi.StartAsync();
        Host = new SlackChatFlowHost(Slack.ApiBaseUrl);
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Slack.DisposeAsync();
    }
}
