using System.Text;
using System.Text.Json;

namespace ChatFlow.Bot.Cli;

/// <summary>Reads the public intent benchmarks in the layouts of <c>../shared/datasets/README.md</c>.</summary>
internal static class NluDatasetLoader
{
    /// <summary>Format names accepted by <c>--format</c>.</summary>
    internal static readonly string[] Formats = ["clinc150", "banking77", "hwu64", "stylekqc"];

    /// <summary>Loads <paramref name="dataset"/>; <paramref name="train"/> (a few-shot split folder with
    /// <c>seq.in</c> and <c>label</c>) replaces the training split; <paramref name="shots"/> samples that many
    /// training examples per intent (StyleKQC's deterministic block rule).</summary>
    /// <exception cref="InvalidDataException">A file is malformed or the layout is not recognised.</exception>
    internal static NluDataset Load(string format, string dataset, string? train, int? shots, string? outOfScope)
    {
        var loaded = format switch
        {
            "clinc150" => LoadClinc(dataset),
            "banking77" => LoadBanking(dataset),
            "hwu64" => LoadHwu(dataset),
            "stylekqc" => LoadStyleKqc(dataset, shots, outOfScope),
            _ => throw new InvalidDataException($"Unknown format '{format}'; use one of {string.Join(", ", Formats)}."),
        };
        if (shots is not null && format != "stylekqc")
        {
            throw new InvalidDataException("--shots is only defined for stylekqc; use --train <few-shot split> for the others.");
        }

        return train is null ? loaded : loaded with { Train = ReadSplit(train) };
    }

    /// <summary>CLINC150 <c>data_full.json</c> (or a folder holding it): train; val + oos_val; test + oos_test.
    /// <c>oos_train</c> is not used (thresholding, as in Larson et al.'s oos-threshold rows).</summary>
    internal static NluDataset LoadClinc(string path)
    {
        var file = Directory.Exists(path) ? Path.Combine(path, "data_full.json") : path;
        using var document = JsonDocument.Parse(File.ReadAllBytes(file));
        List<NluExample> Read(params string[] keys) =>
        [
            .. keys.SelectMany(key => document.RootElement.GetProperty(key).EnumerateArray())
                .Select(pair => pair[1].GetString() is var label && label == "oos"
                    ? new NluExample(pair[0].GetString()!, null)
                    : new NluExample(pair[0].GetString()!, pair[1].GetString()!)),
        ];

        return new NluDataset(Read("train"), Read("val", "oos_val"), Read("test", "oos_test"), "en");
    }

    /// <summary>BANKING77 <c>train.csv</c> / <c>test.csv</c> (<c>text,category</c>); no validation split.</summary>
    internal static NluDataset LoadBanking(string folder)
    {
        List<NluExample> Read(string name) =>
        [
            .. ReadCsv(File.ReadAllText(Path.Combine(folder, name)), ',').Skip(1)
                .Where(row => row.Count >= 2)
                .Select(row => new NluExample(row[0], row[1])),
        ];

        return new NluDataset(Read("train.csv"), [], Read("test.csv"), "en");
    }

    /// <summary>HWU64 as in <c>fewshot-splits/HWU64</c>: <c>train</c>, <c>valid</c>, <c>test</c> folders of
    /// <c>seq.in</c> + <c>label</c>.</summary>
    internal static NluDataset LoadHwu(string folder)
    {
        if (!File.Exists(Path.Combine(folder, "train", "seq.in")))
        {
            throw new InvalidDataException($"{folder}: expected train/, valid/ and test/ with seq.in and label (fewshot-splits/HWU64).");
        }

        return new NluDataset(
            ReadSplit(Path.Combine(folder, "train")), ReadSplit(Path.Combine(folder, "valid")), ReadSplit(Path.Combine(folder, "test")), "en");
    }

    /// <summary>StyleKQC <c>topic/</c> + <c>act/</c> TSVs, intent = topic×act (24). Out-of-scope proxy:
    /// ChatbotData <c>Q</c> rows with index % 10 == 0 → validation, == 5 → test, from
    /// <paramref name="outOfScope"/> or <c>../chatbot-data/ChatbotData.csv</c> next to the folder when present.</summary>
    internal static NluDataset LoadStyleKqc(string folder, int? shots, string? outOfScope)
    {
        List<NluExample> Read(string split)
        {
            var topics = ReadTsv(Path.Combine(folder, "topic", split + ".tsv"));
            var acts = ReadTsv(Path.Combine(folder, "act", split + ".tsv"));
            if (topics.Count != acts.Count)
            {
                throw new InvalidDataException($"{folder}: topic/{split}.tsv and act/{split}.tsv differ in length.");
            }

            return [.. topics.Select((t, i) => new NluExample(t.Sentence, $"topic{t.Label}.act{acts[i].Label}"))];
        }

        var train = Read("train");
        if (shots is { } n)
        {
            train = SampleBlocks(train, n);
        }

        var validation = Read("dev");
        var test = Read("test");
        var chatbot = outOfScope ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar))!, "chatbot-data", "ChatbotData.csv");
        if (File.Exists(chatbot))
        {
            var questions = ReadCsv(File.ReadAllText(chatbot), ',').Skip(1).Where(r => r.Count >= 1).Select(r => r[0]).ToList();
            validation.AddRange(questions.Where((_, i) => i % 10 == 0).Select(q => new NluExample(q, null)));
            test.AddRange(questions.Where((_, i) => i % 10 == 5).Select(q => new NluExample(q, null)));
        }

        return new NluDataset(train, validation, test, "ko");
    }

    /// <summary>README rule: block b = row index / 10; per intent take its first <paramref name="shots"/> blocks in
    /// file order and from the j-th block take row j.</summary>
    internal static List<NluExample> SampleBlocks(IReadOnlyList<NluExample> rows, int shots)
    {
        var taken = new Dictionary<string, int>(StringComparer.Ordinal);
        var sample = new List<NluExample>();
        for (var block = 0; block * 10 < rows.Count; block++)
        {
            var intent = rows[block * 10].Intent!;
            var j = taken.GetValueOrDefault(intent);
            if (j < shots && block * 10 + j < rows.Count)
            {
                sample.Add(rows[block * 10 + j]);
                taken[intent] = j + 1;
            }
        }

        return sample;
    }

    /// <summary>A few-shot split folder: <c>seq.in</c> and <c>label</c>, one line each.</summary>
    internal static List<NluExample> ReadSplit(string folder)
    {
        var texts = File.ReadAllLines(Path.Combine(folder, "seq.in"));
        var labels = File.ReadAllLines(Path.Combine(folder, "label"));
        if (texts.Length != labels.Length)
        {
            throw new InvalidDataException($"{folder}: seq.in has {texts.Length} lines, label {labels.Length}.");
        }

        return [.. texts.Select((t, i) => new NluExample(t.Trim(), labels[i].Trim())).Where(e => e.Text.Length > 0)];
    }

    /// <summary>Header + <c>label&lt;TAB&gt;sentence</c> rows, quoting off.</summary>
    private static List<(string Label, string Sentence)> ReadTsv(string file) =>
    [
        .. File.ReadLines(file).Skip(1).Where(l => l.Length > 0).Select(line =>
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            return tab < 0 ? throw new InvalidDataException($"{file}: no tab in '{line}'.") : (line[..tab].Trim(), line[(tab + 1)..].TrimEnd('\r'));
        }),
    ];

    /// <summary>RFC 4180 rows: quoted fields may hold separators, newlines and doubled quotes.</summary>
    internal static List<List<string>> ReadCsv(string text, char separator)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == separator)
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
            }
            else if (c != '\uFEFF' || i > 0)
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            rows.Add(row);
        }

        return rows;
    }
}
