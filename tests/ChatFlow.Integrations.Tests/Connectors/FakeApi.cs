using System.Collections.Concurrent;
using System.Text;
using ChatFlow.Integrations.Connectors;
using ChatFlow.Integrations.Tests.Tokens;
using ChatFlow.Integrations.Tokens;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ChatFlow.Integrations.Tests.Connectors;

/// <summary>A fake back end on loopback that records every request and answers <see cref="Response"/>; plus the
/// connector services composed against it (ChatFlow's base address = the fake's, so <c>/sandbox/api</c> lands here).</summary>
internal sealed class FakeApi : IAsyncDisposable
{
    private LoopbackServer server = null!;
    private ServiceProvider services = null!;

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public (int Status, string ContentType, string Body) Response { get; set; } = (200, "application/json", "{}");

    public IConnectorInvoker Invoker => services.GetRequiredService<IConnectorInvoker>();

    public static string RepositoryConnectors => Path.Combine(AppContext.BaseDirectory, "manifests", "connectors");

    public static async Task<FakeApi> StartAsync(string connectorsDirectory)
    {
        var fake = new FakeApi();
        fake.server = await LoopbackServer.StartAsync(app => app.Run(async ctx =>
        {
            using var reader = new StreamReader(ctx.Request.Body, Encoding.UTF8);
            fake.Requests.Enqueue(new RecordedRequest(
                ctx.Request.Method,
                ctx.Request.Path + ctx.Request.QueryString,
                ctx.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
                await reader.ReadToEndAsync(),
                ctx.Request.ContentType));
            var (status, contentType, body) = fake.Response;
            ctx.Response.StatusCode = status;
            ctx.Response.ContentType = contentType;
            await ctx.Response.WriteAsync(body);
        }));

        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddSingleton<IServiceBaseAddress>(new FixedServiceBaseAddress(fake.server.BaseAddress));
        collection.AddChatFlowConnectors(connectorsDirectory);
        fake.services = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        return fake;
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        await server.DisposeAsync();
    }
}

internal sealed record RecordedRequest(string Method, string PathAndQuery, Dictionary<string, string> Headers, string Body, string? ContentType)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
