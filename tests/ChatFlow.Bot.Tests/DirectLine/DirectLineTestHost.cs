using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ChatFlow.Bot.Channels.DirectLine;
using ChatFlow.Integrations.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace ChatFlow.Bot.Tests.DirectLine;

/// <summary>A minimal host with only the Direct Line channel, in-memory stores and a fake clock, on TestServer.
/// Callers without an address are treated as loopback (tests set one to act as a remote browser).</summary>
internal sealed class DirectLineTestHost : IAsyncDisposable
{
    public const string Secret = "test-secret-0123456789abcdef-0123456789";

    private DirectLineTestHost(WebApplication app, InMemoryDirectLineStore store, FakeTimeProvider time)
    {
        App = app;
        Store = store;
        Time = time;
        Server = app.GetTestServer();
        Client = Server.CreateClient();
    }

    public WebApplication App { get; }

    public InMemoryDirectLineStore Store { get; }

    // Starts at the real now: the Data Protection time-limited protector also checks the wall clock.
    public FakeTimeProvider Time { get; }

    public TestServer Server { get; }

    public HttpClient Client { get; }

    public static async Task<DirectLineTestHost> StartAsync(Action<IServiceCollection>? configure = null)
    {
        var store = new InMemoryDirectLineStore();
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ChatFlow:DirectLine:Secret"] = Secret,
            ["ChatFlow:DataDirectory"] = Path.Combine(Path.GetTempPath(), "chatflow-dl-tests"),
        });
        builder.Services.AddSingleton<TimeProvider>(time);
        builder.Services.AddSingleton<IDataProtectionProvider>(new EphemeralDataProtectionProvider());
        builder.Services.AddSingleton<IDirectLineStore>(store);
        builder.Services.AddSingleton<IOutboxStore>(store);
        builder.AddDirectLineChannel();
        configure?.Invoke(builder.Services);

        var app = builder.Build();
        app.Use((context, next) =>
        {
            context.Connection.RemoteIpAddress ??= IPAddress.Loopback;
            return next(context);
        });
        app.MapDirectLineChannel();
        await app.StartAsync();
        return new DirectLineTestHost(app, store, time);
    }

    /// <summary>A conversation started the Web Chat way: <c>/api/webchat/token</c>, then <c>POST conversations</c>.</summary>
    public async Task<StartedConversation> StartConversationAsync(string userId = "web-alice")
    {
        using var tokenResponse = await Client.PostAsJsonAsync("/api/webchat/token", new { user = new { id = userId, name = "Alice" } });
        tokenResponse.EnsureSuccessStatusCode();
        var token = (await tokenResponse.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;

        using var start = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations");
        start.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var started = await Client.SendAsync(start);
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var body = await started.Content.ReadFromJsonAsync<JsonElement>();
        return new StartedConversation(body.GetProperty("conversationId").GetString()!, body.GetProperty("token").GetString()!,
            body.GetProperty("streamUrl").GetString()!, userId);
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? bearer, string? json = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (bearer is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        if (json is not null)
            request.Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        return await Client.SendAsync(request);
    }

    public Task<HttpResponseMessage> PostActivityAsync(StartedConversation conversation, string json, string? bearer = null) =>
        SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversation.ConversationId}/activities", bearer ?? conversation.Token, json);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}

internal sealed record StartedConversation(string ConversationId, string Token, string StreamUrl, string UserId);
