using System.Net;
using System.Net.Http.Headers;
using System.Text;
using ChatFlow.Bot.Channels.Slack;
using ChatFlow.Bot.Hosting;
using ChatFlow.Bot.Turns;
using ChatFlow.Integrations.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace ChatFlow.Bot.Tests.Slack;

/// <summary>The host's own composition (defaults, SQLite storage, skills, integrations) plus the Slack channel, on
/// real Kestrel loopback, without the turn worker: inbox rows stay pending so tests can count them.</summary>
public sealed class SlackTestHost : IAsyncDisposable
{
    public const string SigningSecret = "test-signing-secret-0123456789";

    private readonly WebApplication app;
    private readonly string dataDirectory;

    private SlackTestHost(WebApplication app, HttpClient client, string dataDirectory)
    {
        this.app = app;
        this.dataDirectory = dataDirectory;
        Client = client;
    }

    public HttpClient Client { get; }

    public IServiceProvider Services => app.Services;

    public TimeProvider Time => app.Services.GetRequiredService<TimeProvider>();

    public static async Task<SlackTestHost> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var data = Directory.CreateTempSubdirectory("chatflow-slack-").FullName;
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ChatFlow:DataDirectory"] = data,
            ["ChatFlow:Slack:SigningSecret"] = SigningSecret,
            ["ChatFlow:Slack:BotToken"] = "xoxb-test",
            ["ChatFlow:Slack:BotUserId"] = "UBOT",
            ["ChatFlow:Slack:ApiBaseUrl"] = "http://127.0.0.1:9/api/",
        });
        if (settings is not null)
            builder.Configuration.AddInMemoryCollection(settings);
        builder.AddChatFlowDefaults();
        builder.AddChatFlowStorage();
        builder.AddChatFlowSkills();
        builder.AddChatFlowIntegrations();
        builder.Services.TryAddSingleton<InboxSignal>();
        builder.AddSlackChannel();
        var app = builder.Build();
        await app.PrepareStorageAsync();
        app.MapSlackChannel();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new SlackTestHost(app, new HttpClient { BaseAddress = new Uri(address) }, data);
    }

    public Task<long> PendingAsync() => Services.GetRequiredService<IInboxStore>().CountPendingAsync(CancellationToken.None);

    /// <summary>POSTs a body signed now (or as told).</summary>
    public async Task<HttpResponseMessage> PostSignedAsync(string path, byte[] body, string contentType,
        string? timestamp = null, string? signature = null, IDictionary<string, string>? headers = null)
    {
        timestamp ??= Time.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        signature ??= SlackFixtures.Sign(SigningSecret, timestamp, body);
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        if (signature.Length > 0)
            request.Headers.Add("X-Slack-Signature", signature);
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
            request.Headers.Add(name, value);
        return await Client.SendAsync(request);
    }

    public Task<HttpResponseMessage> PostEventAsync(string json, IDictionary<string, string>? headers = null) =>
        PostSignedAsync("/slack/events", Encoding.UTF8.GetBytes(json), "application/json", headers: headers);

    public Task<HttpResponseMessage> PostFormAsync(string path, string form) =>
        PostSignedAsync(path, Encoding.UTF8.GetBytes(form), "application/x-www-form-urlencoded");

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
        try
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
