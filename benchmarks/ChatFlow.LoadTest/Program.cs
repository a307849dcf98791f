// Load harness: starts a ChatFlow host process, measures the time from process start to the first answered
// Direct Line message, then plays N full vendor-registration conversations turn by turn through Direct Line
// (HTTP POST + the WebSocket stream) and reports per-turn latency percentiles and the host's memory.
//
// dotnet run -c Release --project benchmarks/ChatFlow.LoadTest -- --host src/Bot/bin/Release/net10.0/ChatFlow.Bot.dll \
//     [--conversations 200] [--postgres "Host=…"]
using System.Diagnostics;
using System.Globalization;
using ChatFlow.LoadTest;

var options = LoadOptions.Parse(args);
await using var host = await HostProcess.StartAsync(options);
var report = new LoadReport(options);

report.StartupMs = await host.WaitForFirstAnswerAsync();
Console.WriteLine($"start → first answered message: {report.StartupMs:F0} ms");

var total = Stopwatch.StartNew();
for (var i = 0; i < options.Conversations; i++)
{
    await using var conversation = await LoadConversation.StartAsync(host.BaseAddress, options.UserName);
    await conversation.RegisterVendorAsync(i, report);
    if ((i + 1) % 50 == 0)
    {
        Console.WriteLine($"{i + 1} conversations ({total.Elapsed.TotalSeconds:F1} s)");
    }
}

report.WallSeconds = total.Elapsed.TotalSeconds;
report.RssMb = host.ResidentMegabytes();
report.PeakRssMb = host.PeakResidentMegabytes();
Console.WriteLine(report.ToMarkdown());
if (options.Output is not null)
{
    await File.WriteAllTextAsync(options.Output, report.ToMarkdown());
}

return 0;
