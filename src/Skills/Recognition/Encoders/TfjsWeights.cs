using System.Text.Json;

namespace ChatFlow.Skills.Recognition.Encoders;

/// <summary>The named weight tensors of a TensorFlow.js graph model: <c>model.json</c>'s <c>weightsManifest</c>
/// (groups of <c>paths</c>, the binary shards, and <c>weights</c>, each <c>{name, shape, dtype}</c>) read from the
/// shards concatenated in manifest order, little-endian (format:
/// https://www.tensorflow.org/js/guide/save_load#model_json). Only unquantised <c>float32</c> and <c>int32</c> are
/// supported.</summary>
internal sealed class TfjsWeights
{
    private readonly Dictionary<string, (int[] Shape, float[] Values)> _tensors;

    private TfjsWeights(Dictionary<string, (int[] Shape, float[] Values)> tensors) => _tensors = tensors;

    /// <summary>Reads <paramref name="modelJson"/> and the shards beside it.</summary>
    /// <exception cref="InvalidDataException">The manifest is not one, a shard is missing or too short, or a weight is
    /// quantised or of another type; the message names the file.</exception>
    internal static TfjsWeights Load(string modelJson)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(modelJson))!;
        using var document = ReadJson(modelJson);
        if (!document.RootElement.TryGetProperty("weightsManifest", out var manifest) || manifest.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException($"{modelJson}: no 'weightsManifest' array; is this a TensorFlow.js graph model?");
        }

        var tensors = new Dictionary<string, (int[], float[])>(StringComparer.Ordinal);
        foreach (var group in manifest.EnumerateArray())
        {
            var bytes = ReadShards(modelJson, directory, group);
            var offset = 0L;
            foreach (var weight in group.GetProperty("weights").EnumerateArray())
            {
                var name = weight.GetProperty("name").GetString()!;
                var dtype = weight.GetProperty("dtype").GetString();
                if (weight.TryGetProperty("quantization", out _) || (dtype != "float32" && dtype != "int32"))
                {
                    throw new InvalidDataException($"{modelJson}: weight '{name}' is {dtype}{(weight.TryGetProperty("quantization", out _) ? ", quantised" : "")}; only unquantised float32 and int32 are supported.");
                }

                var shape = weight.GetProperty("shape").EnumerateArray().Select(d => d.GetInt32()).ToArray();
                var count = shape.Aggregate(1L, (a, d) => a * d);
                if (offset + (count * 4) > bytes.Length)
                {
                    throw new InvalidDataException($"{modelJson}: the shards end inside weight '{name}' ({bytes.Length} bytes).");
                }

                var values = new float[count];
                var source = bytes.AsSpan((int)offset, (int)(count * 4));
                if (dtype == "float32")
                {
                    source.CopyTo(System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan()));
                }
                else
                {
                    for (var i = 0; i < count; i++)
                    {
                        values[i] = BitConverter.ToInt32(source.Slice(i * 4, 4));
                    }
                }

                tensors[name] = (shape, values);
                offset += count * 4;
            }
        }

        return new TfjsWeights(tensors);
    }

    /// <summary>The values of weight <paramref name="name"/>, row-major, after checking its shape.</summary>
    /// <exception cref="InvalidDataException">No such weight, or another shape.</exception>
    internal float[] Get(string name, params int[] shape)
    {
        var tensor = Find(name);
        if (!tensor.Shape.SequenceEqual(shape))
        {
            throw new InvalidDataException($"Weight '{name}' is [{string.Join(", ", tensor.Shape)}]; expected [{string.Join(", ", shape)}].");
        }

        return tensor.Values;
    }

    /// <summary>The values of the two-dimensional weight <paramref name="name"/> with <paramref name="columns"/>
    /// columns, row-major, and its number of <paramref name="rows"/>.</summary>
    /// <exception cref="InvalidDataException">No such weight, or another shape.</exception>
    internal float[] GetRows(string name, int columns, out int rows)
    {
        var tensor = Find(name);
        if (tensor.Shape.Length != 2 || tensor.Shape[1] != columns)
        {
            throw new InvalidDataException($"Weight '{name}' is [{string.Join(", ", tensor.Shape)}]; expected [rows, {columns}].");
        }

        rows = tensor.Shape[0];
        return tensor.Values;
    }

    private (int[] Shape, float[] Values) Find(string name) =>
        _tensors.TryGetValue(name, out var tensor) ? tensor : throw new InvalidDataException($"The model has no weight '{name}'.");

    private static JsonDocument ReadJson(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return JsonDocument.Parse(stream);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: not JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}): {e.Message}", e);
        }
    }

    private static byte[] ReadShards(string modelJson, string directory, JsonElement group)
    {
        using var buffer = new MemoryStream();
        foreach (var path in group.GetProperty("paths").EnumerateArray())
        {
            var shard = Path.Combine(directory, path.GetString()!);
            if (!File.Exists(shard))
            {
                throw new InvalidDataException($"{modelJson}: weight shard '{shard}' is missing.");
            }

            using var stream = File.OpenRead(shard);
            stream.CopyTo(buffer);
        }

        return buffer.ToArray();
    }
}
