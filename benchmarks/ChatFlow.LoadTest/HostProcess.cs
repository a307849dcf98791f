using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;

namespace ChatFlow.LoadTest;

/// <summary>A ChatFlow host started as its own process on a free loopback port with a fresh data directory.</summary>
internal sealed class HostProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly Stopwatch sinceStart;
    private readonly string dataDirectory;

    private HostProcess(Process process, Stopwatch sinceStart, Uri baseAddress, string dataDirectory)
    {
        this.process = process;
        this.sinceStart = sinceStart;
        this.dataDirectory = dataDirectory;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public static Task<HostProcess> StartAsync(LoadOptions options)
    {
        var port = FreePort();
        var data = Directory.CreateTempSubdirectory("chatflow-load-").FullName;
        var info = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { options.HostDll, "--urls", $"http://127.0.0.1:{port}" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(options.HostDll)!,
        };
        info.Environment["ChatFlow__DataDirectory"] = data;
        info.Environment["Logging__LogLevel__Default"] = Environment.GetEnvironmentVariable("CHATFLOW_LOAD_LOGLEVEL") ?? "Warning";
        // As scripts/run: promote hot methods without the single-CPU tiering delay (docs/BENCHMARKS.md, Slack section).
        info.Environment["DOTNET_TC_CallCountingDelayMs"] = "0";
        if (options.Postgres is not null)
        {
            info.Environment["ChatFlow__Storage__Postgres"] = options.Postgres;
        }

        var clock = Stopwatch.StartNew();
        var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
        process.OutputDataReceived += (_, e) => { if (e.Data is not null && Environment.GetEnvironmentVariable("CHATFLOW_LOAD_LOGLEVEL") is not null) Console.Error.WriteLine("host: " + e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine("host: " + e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return Task.FromResult(new HostProcess(process, clock, new Uri($"http://127.0.0.1:{port}/"), data));
    }

    /// <summary>Polls until the host answers a Direct Line message; returns ms since the process started.</summary>
    public async Task<double> WaitForFirstAnswerAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = TimeSpan.FromSeconds(60);
        while (sinceStart.Elapsed < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"host exited with {process.ExitCode}");
            }

            try
            {
                await using var conversation = await LoadConversation.StartAsync(BaseAddress, "startup");
                await conversation.SayAsync("hello");
                return sinceStart.Elapsed.TotalMilliseconds;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(20);
            }
        }

        throw new TimeoutException("the host did not answer within 60 s");
    }

    public double ResidentMegabytes() => ReadStatus("VmRSS:");

    public double PeakResidentMegabytes() => ReadStatus("VmHWM:");

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
        try
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private double ReadStatus(string field)
    {
        var line = File.ReadLines($"/proc/{process.Id}/status").First(l => l.StartsWith(field, StringComparison.Ordinal));
        var kb = double.Parse(line[field.Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        return kb / 1024;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
