using ChatFlow.Skills.Manifests;
using ChatFlow.Skills.Recognition.Entities;

namespace ChatFlow.Skills.Recognition;

/// <summary>The default, offline recogniser: TF-IDF over word and character n-gram features of the catalog's
/// example utterances, scored by cosine similarity to the nearest example of each skill.</summary>
/// <remarks>Deterministic and allocation-light (a few microseconds per utterance for small catalogs). An absolute
/// similarity threshold (<see cref="EmbeddedRecognizerOptions.Threshold"/>) rejects out-of-scope utterances, which
/// also works with a single skill. Slot values are filled from the top skill's example templates and from typed
/// entities (e-mail addresses, Korean business registration numbers).</remarks>
public sealed class EmbeddedIntentRecognizer : IIntentRecognizer
{
    private readonly EmbeddedRecognizerOptions _options;
    private readonly Dictionary<string, double> _idf;
    private readonly double _unseenIdf;
    private readonly List<(string SkillId, Dictionary<string, double> Vector)> _examples = [];
    private readonly Dictionary<string, SlotFiller> _fillers = new(StringComparer.Ordinal);

    /// <summary>Learns from the example utterances (both languages) of the latest version of each skill.</summary>
    /// <param name="catalog">The skills.</param>
    /// <param name="options">Tuning, or <c>null</c> for the defaults.</param>
    public EmbeddedIntentRecognizer(SkillCatalog catalog, EmbeddedRecognizerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        _options = options ?? new EmbeddedRecognizerOptions();
        var raw = new List<(string SkillId, Dictionary<string, int> Counts)>();
        foreach (var skill in catalog.Skills)
        {
            foreach (var utterance in skill.Utterances.Values.SelectMany(u => u))
            {
                var counts = TextFeatures.Extract(utterance);
                if (counts.Count > 0)
                {
                    raw.Add((skill.Id, counts));
                }
            }

            _fillers[skill.Id] = new SlotFiller(skill);
        }

        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        var documents = raw.Select(r => r.Counts).Concat(BackgroundCorpus.Sentences.Select(TextFeatures.Extract)).ToList();
        foreach (var counts in documents)
        {
            foreach (var feature in counts.Keys)
            {
                df[feature] = df.GetValueOrDefault(feature) + 1;
            }
        }

        var n = documents.Count;
        _idf = df.ToDictionary(p => p.Key, p => Math.Log((n + 1.0) / (p.Value + 1.0)) + 1.0, StringComparer.Ordinal);
        _unseenIdf = Math.Log(n + 1.0) + 1.0;
        foreach (var (skillId, counts) in raw)
        {
            _examples.Add((skillId, Weigh(counts)));
        }
    }

    /// <inheritdoc/>
    public IntentRecognition Recognize(string utterance, string? locale)
    {
        ArgumentNullException.ThrowIfNull(utterance);
        var counts = TextFeatures.Extract(utterance);
        if (counts.Count == 0 || _examples.Count == 0)
        {
            return IntentRecognition.OutOfScope;
        }

        var query = Weigh(counts);
        var best = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (skillId, vector) in _examples)
        {
            var score = Dot(query, vector);
            if (score > best.GetValueOrDefault(skillId))
            {
                best[skillId] = score;
            }
        }

        var candidates = best
            .Where(p => p.Value >= _options.Threshold)
            .OrderByDescending(p => p.Value)
            .ThenBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => new IntentCandidate(p.Key, Math.Min(1.0, Math.Round(p.Value, 6))))
            .ToList();
        if (candidates.Count == 0)
        {
            return IntentRecognition.OutOfScope;
        }

        return new IntentRecognition
        {
            Candidates = candidates,
            IsAmbiguous = candidates.Count > 1 && candidates[0].Score - candidates[1].Score < _options.AmbiguityMargin,
            Slots = _fillers[candidates[0].SkillId].Fill(utterance),
        };
    }

    private Dictionary<string, double> Weigh(Dictionary<string, int> counts)
    {
        var vector = new Dictionary<string, double>(counts.Count, StringComparer.Ordinal);
        var sum = 0.0;
        foreach (var (feature, count) in counts)
        {
            var weight = (1.0 + Math.Log(count)) * _idf.GetValueOrDefault(feature, _unseenIdf);
            vector[feature] = weight;
            sum += weight * weight;
        }

        var norm = Math.Sqrt(sum);
        foreach (var feature in counts.Keys)
        {
            vector[feature] /= norm;
        }

        return vector;
    }

    private static double Dot(Dictionary<string, double> small, Dictionary<string, double> large)
    {
        if (small.Count > large.Count)
        {
            (small, large) = (large, small);
        }

        var sum = 0.0;
        foreach (var (feature, weight) in small)
        {
            if (large.TryGetValue(feature, out var other))
            {
                sum += weight * other;
            }
        }

        return sum;
    }
}
