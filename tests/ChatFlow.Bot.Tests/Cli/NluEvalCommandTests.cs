using System.CommandLine;
using System.Text.Json;
using ChatFlow.Bot.Cli;

namespace ChatFlow.Bot.Tests.Cli;

public sealed class NluEvalCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("chatflow-nlu-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void LoadClinc_TinyFile_SplitsTrainValidationTestAndMarksOos()
    {
        File.WriteAllText(Path.Combine(_folder, "data_full.json"), TinyClinc);

        var data = NluDatasetLoader.Load("clinc150", _folder, train: null, shots: null, outOfScope: null);

        Assert.Equal(4, data.Train.Count);
        Assert.Equal([("what is my balance", "balance"), ("play a song", (string?)null)], data.Validation.Select(e => (e.Text, e.Intent)));
        Assert.Equal(3, data.Test.Count);
        Assert.Null(data.Test[^1].Intent);
    }

    [Fact]
    public void LoadBanking_QuotedCsv_KeepsCommasInsideText()
    {
        File.WriteAllText(Path.Combine(_folder, "train.csv"), "text,category\n\"hi, where is my card?\",card_arrival\nfee please,fee\n");
        File.WriteAllText(Path.Combine(_folder, "test.csv"), "text,category\nmy card,card_arrival\n");

        var data = NluDatasetLoader.Load("banking77", _folder, train: null, shots: null, outOfScope: null);

        Assert.Equal(("hi, where is my card?", "card_arrival"), (data.Train[0].Text, data.Train[0].Intent));
        Assert.Empty(data.Validation);
        Assert.Single(data.Test);
    }

    [Fact]
    public void LoadStyleKqc_TopicAndActFiles_LabelsTopicTimesActAndAddsChatbotProxy()
    {
        var stylekqc = Path.Combine(_folder, "stylekqc");
        foreach (var kind in new[] { "topic", "act" })
        {
            Directory.CreateDirectory(Path.Combine(stylekqc, kind));
            foreach (var split in new[] { "train", "dev", "test" })
            {
                File.WriteAllText(Path.Combine(stylekqc, kind, split + ".tsv"), $"{kind}\tsentence\n1\t내일 일정 알려줘\n2\t\"음악\" 틀지 마\n");
            }
        }

        Directory.CreateDirectory(Path.Combine(_folder, "chatbot-data"));
        var rows = string.Join("\n", Enumerable.Range(0, 12).Select(i => $"질문 {i},답 {i},0"));
        File.WriteAllText(Path.Combine(_folder, "chatbot-data", "ChatbotData.csv"), "Q,A,label\n" + rows + "\n");

        var data = NluDatasetLoader.Load("stylekqc", stylekqc, train: null, shots: null, outOfScope: null);

        Assert.Equal([("내일 일정 알려줘", "topic1.act1"), ("\"음악\" 틀지 마", "topic2.act2")], data.Train.Select(e => (e.Text, e.Intent)));
        Assert.Equal(["질문 0", "질문 10"], data.Validation.Where(e => e.Intent is null).Select(e => e.Text));
        Assert.Equal(["질문 5"], data.Test.Where(e => e.Intent is null).Select(e => e.Text));
    }

    [Fact]
    public void SampleBlocks_TenShotRule_TakesRowJOfTheJthBlockPerIntent()
    {
        var rows = Enumerable.Range(0, 40).Select(i => new NluExample($"row {i}", (i / 10 % 2 == 0) ? "x" : "y")).ToList();

        var sample = NluDatasetLoader.SampleBlocks(rows, shots: 2);

        Assert.Equal(["row 0", "row 10", "row 21", "row 31"], sample.Select(e => e.Text));
    }

    [Fact]
    public async Task NluEval_TinyClincFolder_PrintsOneJsonObjectWithTheFigures()
    {
        File.WriteAllText(Path.Combine(_folder, "data_full.json"), TinyClinc);
        var output = new StringWriter();
        var root = new RootCommand { Subcommands = { new Command("nlu") { Subcommands = { NluCommand.CreateEval(output) } } } };

        var exitCode = await root.Parse(["nlu", "eval", "--dataset", _folder, "--format", "clinc150"]).InvokeAsync();

        Assert.Equal(0, exitCode);
        using var json = JsonDocument.Parse(output.ToString());
        var report = json.RootElement;
        Assert.Equal(2, report.GetProperty("intents").GetInt32());
        Assert.Equal(4, report.GetProperty("trainUtterances").GetInt32());
        Assert.InRange(report.GetProperty("closedSetAccuracy").GetDouble(), 0, 1);
        Assert.InRange(report.GetProperty("pointB").GetProperty("oosRecall").GetDouble(), 0, 1);
        Assert.True(report.GetProperty("pointA").TryGetProperty("threshold", out _));
        Assert.True(report.GetProperty("latencyMs").GetProperty("p99").GetDouble() >= 0);
    }

    private const string TinyClinc = """
        {
          "train": [["what is my balance", "balance"], ["how much money do i have", "balance"],
                    ["transfer money to mom", "transfer"], ["send 20 dollars to sam", "transfer"]],
          "val": [["what is my balance", "balance"]],
          "test": [["tell me my balance", "balance"], ["move money to my savings", "transfer"]],
          "oos_train": [["tell me a joke", "oos"]],
          "oos_val": [["play a song", "oos"]],
          "oos_test": [["how tall is everest", "oos"]]
        }
        """;
}
