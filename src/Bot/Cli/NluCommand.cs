using System.CommandLine;
using System.Text.Json;

namespace ChatFlow.Bot.Cli;

/// <summary><c>nlu …</c>: recogniser tools (evaluation on public intent benchmarks).</summary>
internal static class NluCommand
{
    public static Command Create()
    {
        var nlu = new Command("nlu", "Natural-language understanding tools.");
        nlu.Subcommands.Add(CreateEval(Console.Out));
        return nlu;
    }

    /// <summary><c>nlu eval --dataset &lt;path&gt; --format &lt;format&gt; [--train &lt;split&gt;] [--shots n]
    /// [--oos &lt;ChatbotData.csv&gt;]</c>: prints one JSON object (see <see cref="NluReport"/>).</summary>
    internal static Command CreateEval(TextWriter output)
    {
        var dataset = new Option<string>("--dataset") { Description = "Dataset file or folder (see ../shared/datasets/README.md).", Required = true };
        var format = new Option<string>("--format") { Description = "clinc150 | banking77 | hwu64 | stylekqc.", Required = true };
        format.AcceptOnlyFromAmong(NluDatasetLoader.Formats);
        var train = new Option<string?>("--train") { Description = "Few-shot split folder (seq.in + label) replacing the training split." };
        var shots = new Option<int?>("--shots") { Description = "StyleKQC only: examples per intent by the README's deterministic block rule." };
        var oos = new Option<string?>("--oos") { Description = "StyleKQC only: ChatbotData.csv for the out-of-scope proxy (default: ../chatbot-data/ next to the dataset)." };
        var eval = new Command("eval", "Train the embedded recogniser on a public intent benchmark and print one JSON object of figures.");
        eval.Options.Add(dataset);
        eval.Options.Add(format);
        eval.Options.Add(train);
        eval.Options.Add(shots);
        eval.Options.Add(oos);
        eval.SetAction(async (ParseResult result, CancellationToken cancellationToken) =>
        {
            var path = result.GetValue(dataset)!;
            var name = result.GetValue(format)!;
            var split = result.GetValue(train);
            NluDataset data;
            try
            {
                data = NluDatasetLoader.Load(name, path, split, result.GetValue(shots), result.GetValue(oos));
            }
            catch (Exception e) when (e is IOException or InvalidDataException or JsonException or UnauthorizedAccessException or KeyNotFoundException)
            {
                await Console.Error.WriteLineAsync($"nlu eval: cannot read {path} as {name}: {e.Message}");
                return 2;
            }

            var report = NluEvaluator.Run(data, name, path, split, cancellationToken);
            await output.WriteLineAsync(JsonSerializer.Serialize(report, NluJsonContext.Default.NluReport));
            return 0;
        });
        return eval;
    }
}
