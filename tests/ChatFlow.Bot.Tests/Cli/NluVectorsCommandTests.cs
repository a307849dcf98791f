using System.CommandLine;
using System.Text.Json;
using ChatFlow.Bot.Cli;

namespace ChatFlow.Bot.Tests.Cli;

/// <summary><c>nlu vectors import</c>, and <c>nlu eval --vectors</c> using its output.</summary>
public sealed class NluVectorsCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("chatflow-nlu-vectors-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task VectorsImport_ThenEvalWithVectors_ReportsTheVectorsUsed()
    {
        var source = Path.Combine(_folder, "glove.txt");
        File.WriteAllText(source, "balance 1 0\nmoney 0.8 0.2\ntransfer 0 1\nsend 0.1 0.9\n");
        var vectors = Path.Combine(_folder, "en.cfwv");
        File.WriteAllText(Path.Combine(_folder, "data_full.json"), """
            {"train": [["what is my balance", "balance"], ["how much money do i have", "balance"],
                       ["transfer money to mom", "transfer"], ["send 20 dollars to sam", "transfer"]],
             "val": [["what is my balance", "balance"]], "test": [["tell me my balance", "balance"]],
             "oos_train": [], "oos_val": [["play a song", "oos"]], "oos_test": [["how tall is everest", "oos"]]}
            """);
        var output = new StringWriter();
        var root = new RootCommand
        {
            Subcommands = { new Command("nlu") { Subcommands = { NluCommand.CreateEval(output), NluCommand.CreateVectors(output) } } },
        };

        var imported = await root.Parse(["nlu", "vectors", "import", "--from", source, "--out", vectors, "--words", "3"]).InvokeAsync();
        var importLine = output.ToString();
        output.GetStringBuilder().Clear();
        var evaluated = await root.Parse(["nlu", "eval", "--dataset", _folder, "--format", "clinc150", "--vectors", vectors]).InvokeAsync();

        Assert.Equal(0, imported);
        Assert.Contains("3 words × 2 dimensions", importLine, StringComparison.Ordinal);
        Assert.Equal(0, evaluated);
        using var json = JsonDocument.Parse(output.ToString());
        Assert.Equal("3 words × 2", json.RootElement.GetProperty("wordVectors").GetString());
    }

    [Fact]
    public async Task VectorsImport_MissingSource_ExitsWith2AndWritesNothing()
    {
        var target = Path.Combine(_folder, "en.cfwv");
        var root = new RootCommand { Subcommands = { new Command("nlu") { Subcommands = { NluCommand.CreateVectors(TextWriter.Null) } } } };

        var exitCode = await root.Parse(["nlu", "vectors", "import", "--from", Path.Combine(_folder, "absent.txt"), "--out", target]).InvokeAsync();

        Assert.Equal(2, exitCode);
        Assert.False(File.Exists(target));
    }
}
