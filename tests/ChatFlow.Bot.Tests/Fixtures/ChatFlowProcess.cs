using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ChatFlow.Bot.Tests.Fixtures;

/// <summary>The ChatFlow host (<c>ChatFlow.Bot.dll</c> from the test output) started as its own operating-system
/// process on a free loopback port with a fresh data directory; configured only through environment variables.</summary>
public sealed class ChatFlowProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartDeadline = TimeSpan.FromSeconds(90);

    private readonly Process process;
    private readonly string dataDirectory;
    private readonly ConcurrentQueue<string> output = new();

    private ChatFlowProcess(Process process, Uri baseAddress, string dataDirectory)
    {
        this.process = process;
        this.dataDirectory = dataDirectory;
        BaseAddress = baseAddress;
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>The process's HTTP address, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The operating-system process id.</summary>
    public int ProcessId => process.Id;

    /// <summary>Starts the host on <paramref name="postgres"/> and returns once <c>/health</c> answers 200.</summary>
    /// <exception cref="TimeoutException">The host did not become healthy within 90 s (its output is in the message).</exception>
    public static async Task<ChatFlowProcess> StartAsync(string postgres)
    {
        var port = FreePort();
        var data = Directory.CreateTempSubdirectory("chatflow-process-").FullName;
        var info = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "ChatFlow.Bot.dll"), "--urls", $"http://127.0.0.1:{port}" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        info.Environment["ChatFlow__DataDirectory"] = data;
        info.Environment["ChatFlow__Storage__Postgres"] = postgres;
        info.Environment["ChatFlow__DirectLine__Secret"] = ChatFlowHost.DirectLineSecret;
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        var host = new ChatFlowProcess(Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start"),
            new Uri($"http://127.0.0.1:{port}/"), data);
        await host.WaitHealthyAsync();
        return host;
    }

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
        catch (UnauthorizedAccessException)
        {
        }
    }

    private async Task WaitHealthyAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < StartDeadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The host exited with {process.ExitCode}:\n{string.Join("\n", output)}");
            }

            try
            {
                using var response = await http.GetAsync("health");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"The host was not healthy within {StartDeadline.TotalSeconds} s:\n{string.Join("\n", output)}");
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        output.Enqueue(line);
        while (output.Count > 200 && output.TryDequeue(out _))
        {
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
