using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatFlow.Bot.Tests.Fixtures;

/// <summary>The real ChatFlow host (<c>Program</c>) on a real Kestrel loopback port with a fresh data directory:
/// real storage (SQLite, or PostgreSQL when <paramref name="postgres"/> is given), the in-process sandbox over
/// real HTTP, real OAuth. Only configuration is overridden.</summary>
public sealed class ChatFlowHost : WebApplicationFactory<Program>
{
    private readonly string? postgres;
    private readonly bool ownsDataDirectory;
    private readonly IReadOnlyDictionary<string, string> settings;
    private readonly ILoggerProvider? logs;

    /// <param name="postgres">Npgsql connection string, or <c>null</c> for the embedded SQLite default.</param>
    /// <param name="dataDirectory">Data directory to reuse (a restart); <c>null</c> for a fresh one deleted on dispose.</param>
    /// <param name="port">Loopback port, 0 for any (a restart reuses the old port, as a real redeploy keeps its URL).</param>
    /// <param name="settings">Extra configuration (e.g. <c>ChatFlow:Llm:*</c>), applied last.</param>
    /// <param name="logs">A logger provider that also receives the host's logs (e.g. <c>CapturedLogs</c>), or <c>null</c>.</param>
    public ChatFlowHost(string? postgres = null, string? dataDirectory = null, int port = 0, IReadOnlyDictionary<string, string>? settings = null,
        ILoggerProvider? logs = null)
    {
        this.logs = logs;
        this.postgres = postgres;
        this.settings = settings ?? new Dictionary<string, string>();
        ownsDataDirectory = dataDirectory is null;
        DataDirectory = dataDirectory ?? Directory.CreateTempSubdirectory("chatflow-host-").FullName;
        UseKestrel(o => o.Listen(IPAddress.Loopback, port));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.EndsWith('/') ? address : address + "/");
    }

    public string DataDirectory { get; }

    /// <summary>The host's real HTTP address, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; }

    public const string DirectLineSecret = "test-directline-secret-0123456789abcdef";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ChatFlow:DataDirectory", DataDirectory);
        builder.UseSetting("ChatFlow:DirectLine:Secret", DirectLineSecret);
        if (postgres is not null)
        {
            builder.UseSetting("ChatFlow:Storage:Postgres", postgres);
        }

        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        if (logs is not null)
        {
            builder.ConfigureLogging(logging => logging.AddProvider(logs));
        }
    }

    /// <summary>Stops the host and keeps its data directory (for a restart on the same data).</summary>
    public async Task StopWithoutDeletingAsync() => await base.DisposeAsync();

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (!ownsDataDirectory)
        {
            return;
        }

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
