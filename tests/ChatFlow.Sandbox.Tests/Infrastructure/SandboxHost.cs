using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatFlow.Sandbox.Tests.Infrastructure;

/// <summary>
/// The sandbox wired exactly as the bot host does (<c>AddSandbox</c>, <c>UseSandboxAuthentication</c>,
/// <c>MapSandbox</c>), on a real Kestrel loopback port.
/// </summary>
internal sealed class SandboxHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SandboxHost(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public int Port => BaseAddress.Port;

    /// <param name="dataDirectory">The sandbox data directory (caller owns it).</param>
    /// <param name="port">0 for any free port.</param>
    /// <param name="mapHostEndpoints">Extra endpoints standing in for the bot host's own.</param>
    /// <param name="settings">Extra configuration, e.g. <c>ChatFlow:Sandbox:Issuer</c>.</param>
    public static async Task<SandboxHost> StartAsync(
        string dataDirectory, int port = 0, Action<WebApplication>? mapHostEndpoints = null, IDictionary<string, string?>? settings = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = "Testing",
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ChatFlow:Sandbox:DataDirectory"] = dataDirectory,
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddProblemDetails();
        builder.Services.AddSandbox(builder.Configuration);

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseSandboxAuthentication();
        app.MapSandbox();
        mapHostEndpoints?.Invoke(app);
        try
        {
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new SandboxHost(app, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
