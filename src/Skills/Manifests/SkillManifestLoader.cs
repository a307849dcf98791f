using System.Text.Json;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ChatFlow.Skills.Manifests;

/// <summary>Loads and validates skill manifests written in YAML or JSON (by extension, or by content: text that
/// starts with <c>{</c> is JSON).</summary>
/// <remarks>Every problem is reported with file, line, column, field path and what is wrong (with a "did you mean"
/// when a near name exists); a manifest with any error is not returned. The accepted shape is the one of
/// <c>manifests/schema/skill.schema.json</c> (<c>additionalProperties: false</c> everywhere, plain YAML scalars typed
/// by the YAML 1.2 core schema); <see cref="ManifestRules"/> adds the utterance minimum and the connector check.</remarks>
public static class SkillManifestLoader
{
    /// <summary>Reads and validates the manifest file at <paramref name="path"/> with <see cref="ManifestRules.Lenient"/>.</summary>
    /// <param name="path">Path of a <c>.yaml</c>, <c>.yml</c> or <c>.json</c> file.</param>
    /// <returns>The manifest or its errors; an unreadable file is one error at line 0.</returns>
    public static ManifestLoadResult Load(string path) => Load(path, ManifestRules.Lenient);

    /// <summary>Reads and validates the manifest file at <paramref name="path"/>.</summary>
    /// <param name="path">Path of a <c>.yaml</c>, <c>.yml</c> or <c>.json</c> file.</param>
    /// <param name="rules">Checks beyond the structure (e.g. <see cref="ManifestRules.Registration"/>).</param>
    /// <returns>The manifest or its errors; an unreadable file is one error at line 0.</returns>
    public static ManifestLoadResult Load(string path, ManifestRules rules)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new ManifestLoadResult(null, [new ManifestError(path, 0, 0, "", "Cannot read the file: " + e.Message)]);
        }

        return LoadText(text, path, rules);
    }

    /// <summary>Parses and validates a manifest held in memory with <see cref="ManifestRules.Lenient"/>.</summary>
    /// <param name="text">YAML or JSON text.</param>
    /// <param name="sourceName">Name used in errors and <see cref="SkillManifest.Source"/> (a path or <c>skills/x.yaml</c>).</param>
    /// <returns>The manifest or its errors.</returns>
    public static ManifestLoadResult LoadText(string text, string sourceName) => LoadText(text, sourceName, ManifestRules.Lenient);

    /// <summary>Parses and validates a manifest held in memory (e.g. a body sent to the admin API).</summary>
    /// <param name="text">YAML or JSON text; JSON when <paramref name="sourceName"/> ends in <c>.json</c> or the
    /// text starts with <c>{</c>.</param>
    /// <param name="sourceName">Name used in errors and <see cref="SkillManifest.Source"/> (a path or <c>skills/x.yaml</c>).</param>
    /// <param name="rules">Checks beyond the structure (e.g. <see cref="ManifestRules.WithConnectors"/>).</param>
    /// <returns>The manifest or its errors.</returns>
    public static ManifestLoadResult LoadText(string text, string sourceName, ManifestRules rules)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sourceName);
        ArgumentNullException.ThrowIfNull(rules);
        if (IsJson(text, sourceName))
        {
            if (JsonSyntaxError(text, sourceName) is { } jsonError)
            {
                return new ManifestLoadResult(null, [jsonError]);
            }

            // JSON is YAML, except that YAML forbids tabs where JSON allows them; outside strings (where JSON
            // needs \t) a tab is only white space, so one space keeps every line and column.
            text = text.Replace('\t', ' ');
        }

        var stream = new YamlStream();
        try
        {
            using var reader = new StringReader(text);
            stream.Load(reader);
        }
        catch (YamlException e)
        {
            var message = e.InnerException is { } inner && e.Message.Contains("See inner exception", StringComparison.Ordinal)
                ? inner.Message : e.Message;
            return new ManifestLoadResult(null,
                [new ManifestError(sourceName, (int)e.Start.Line, (int)e.Start.Column, "", "Invalid YAML: " + message)]);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet 16 throws this, without a position, when the text ends inside a flow collection.
            var lines = text.TrimEnd().Split('\n');
            return new ManifestLoadResult(null,
                [new ManifestError(sourceName, lines.Length, lines[^1].TrimEnd('\r').Length + 1, "",
                    "Invalid YAML: the text ends inside a '{ … }' or '[ … ]'; look for an unclosed bracket.")]);
        }

        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            var at = stream.Documents.Count > 0 ? stream.Documents[^1].RootNode.Start : Mark.Empty;
            return new ManifestLoadResult(null,
                [new ManifestError(sourceName, Math.Max(1, (int)at.Line), Math.Max(1, (int)at.Column), "",
                    "A manifest is one mapping (id, version, name, …).")]);
        }

        var parser = new ManifestParser(sourceName, rules);
        var manifest = parser.Parse(root);
        return parser.Errors.Count == 0 && manifest is not null
            ? new ManifestLoadResult(manifest, [])
            : new ManifestLoadResult(null, [.. parser.Errors.OrderBy(e => e.Line).ThenBy(e => e.Column)]);
    }

    private static bool IsJson(string text, string sourceName) =>
        sourceName.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || text.AsSpan().TrimStart().StartsWith("{");

    private static ManifestError? JsonSyntaxError(string text, string sourceName)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return null;
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? 0);
            var lines = text.Split('\n');
            var bytes = (int)(e.BytePositionInLine ?? 0);
            var column = line < lines.Length ? CharColumn(lines[line], bytes) : bytes;
            var message = e.Message.Split(" Path:", 2)[0].Split(" LineNumber:", 2)[0];
            return new ManifestError(sourceName, line + 1, column + 1, "", "Invalid JSON: " + message);
        }
    }

    private static int CharColumn(string line, int bytes)
    {
        var count = 0;
        for (var i = 0; i < line.Length; i++)
        {
            count += System.Text.Encoding.UTF8.GetByteCount(line.AsSpan(i, char.IsHighSurrogate(line[i]) && i + 1 < line.Length ? 2 : 1));
            if (count > bytes)
            {
                return i;
            }

            if (char.IsHighSurrogate(line[i]))
            {
                i++;
            }
        }

        return line.Length;
    }

    internal static bool TryParseSlotType(string text, out SlotType type)
    {
        type = text switch
        {
            "text" => SlotType.Text,
            "number" => SlotType.Number,
            "money" => SlotType.Money,
            "date" => SlotType.Date,
            "daterange" => SlotType.DateRange,
            "duration" => SlotType.Duration,
            "email" => SlotType.Email,
            "person" => SlotType.Person,
            "choice" => SlotType.Choice,
            "boolean" => SlotType.Boolean,
            _ => (SlotType)(-1),
        };
        return (int)type >= 0;
    }
}
