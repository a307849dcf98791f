using System.Text;

namespace ChatFlow.Skills.Recognition.Encoders;

/// <summary>SentencePiece's unigram segmentation (Kudo, 2018, https://arxiv.org/abs/1804.10959): the most likely
/// sequence of vocabulary pieces for a text, found with the Viterbi algorithm over every piece that starts at every
/// position. This is the segmentation the Universal Sentence Encoder Lite was trained with, as its reference
/// tokenizer implements it (<c>@tensorflow-models/universal-sentence-encoder</c>, <c>tokenizer/index.ts</c>, a port
/// of SentencePiece's <c>EncodeAsIds</c>): the text is NFKC-normalised, a <c>▁</c> (U+2581) goes before it and
/// replaces each space; a character no piece covers becomes the unknown piece (id 0) at score 0, and runs of
/// unknown pieces are merged into one. Positions are UTF-16 code units, as there. Thread-safe.</summary>
internal sealed class SentencePieceUnigram
{
    /// <summary>The word-boundary mark SentencePiece puts before each word (U+2581).</summary>
    internal const char Boundary = '\u2581';

    private readonly Dictionary<string, (float Score, int Id)> _pieces;
    private readonly Dictionary<string, (float Score, int Id)>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly int[] _lengths;
    private readonly int _longest;

    /// <param name="vocabulary">The pieces in id order with their log-probability; the first
    /// <paramref name="reserved"/> (unknown, start, end and spare ids) are never produced by segmentation.</param>
    /// <param name="reserved">Number of reserved ids at the start of the vocabulary (6 for USE Lite).</param>
    internal SentencePieceUnigram(IReadOnlyList<(string Piece, float Score)> vocabulary, int reserved)
    {
        _pieces = new Dictionary<string, (float, int)>(vocabulary.Count, StringComparer.Ordinal);
        _lengths = new int[vocabulary.Count];
        for (var id = 0; id < vocabulary.Count; id++)
        {
            _lengths[id] = vocabulary[id].Piece.Length;
            if (id >= reserved && vocabulary[id].Piece.Length > 0)
            {
                _pieces[vocabulary[id].Piece] = (vocabulary[id].Score, id);
                _longest = Math.Max(_longest, vocabulary[id].Piece.Length);
            }
        }

        _lookup = _pieces.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Number of pieces, reserved ones included.</summary>
    internal int Count => _lengths.Length;

    /// <summary>The piece ids of <paramref name="text"/>, in order; empty for an empty text.</summary>
    internal int[] Encode(string text)
    {
        var normalized = text.Normalize(NormalizationForm.FormKC);
        if (normalized.Length == 0)
        {
            return [];
        }

        var symbols = (Boundary + normalized.Replace(' ', Boundary)).AsSpan();
        var n = symbols.Length;

        // The lattice: every piece that starts at each position; a position no piece starts at gets the unknown
        // piece (id 0, score 0, one code unit).
        var lattice = new List<(int Start, int Length, float Score, int Id)>[n + 1];
        for (var start = 0; start < n; start++)
        {
            var found = false;
            for (var length = 1; length <= Math.Min(_longest, n - start); length++)
            {
                if (_lookup.TryGetValue(symbols.Slice(start, length), out var piece))
                {
                    (lattice[start + length] ??= []).Add((start, length, piece.Score, piece.Id));
                    found = true;
                }
            }

            if (!found)
            {
                (lattice[start + 1] ??= []).Add((start, 1, 0f, 0));
            }
        }

        // Forward pass by end position, each end's candidates by ascending start; a later candidate wins a tie, and
        // a best of exactly 0 counts as unset (both as in the reference).
        var best = new float[n + 1];
        var words = new int[n + 1];
        for (var end = 1; end <= n; end++)
        {
            if (lattice[end] is not { } candidates)
            {
                continue;
            }

            // Already by ascending start: the lattice was built start by start.
            foreach (var (start, _, score, id) in candidates)
            {
                var total = score + best[start];
                if (best[end] == 0 || total >= best[end])
                {
                    best[end] = total;
                    words[end] = id;
                }
            }
        }

        var reversed = new List<int>();
        for (var position = n; position > 0; position -= Math.Max(1, _lengths[words[position]]))
        {
            reversed.Add(words[position]);
        }

        var ids = new List<int>(reversed.Count);
        for (var i = reversed.Count - 1; i >= 0; i--)
        {
            // Runs of unknown pieces become one (the reference merges them walking backwards; the result is the same).
            if (!(reversed[i] == 0 && ids.Count > 0 && ids[^1] == 0))
            {
                ids.Add(reversed[i]);
            }
        }

        return [.. ids];
    }
}
