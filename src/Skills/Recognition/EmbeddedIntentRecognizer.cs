using System.Buffers;
using System.Collections.Concurrent;
using ChatFlow.Skills.Manifests;
using ChatFlow.Skills.Recognition.Entities;

namespace ChatFlow.Skills.Recognition;

/// <summary>The default, offline recogniser: TF-IDF over character n-grams (1–4 inside words, Hangul 2–3 across
/// spacing) and words (uni- and bigrams) of the catalog's example utterances; linear classifiers (by default
/// one-vs-rest SVMs and a softmax model together, see <see cref="RecognizerClassifier"/>) rank the skills and the
/// cosine similarity to each top skill's nearest example says how close the utterance really is.</summary>
/// <remarks>A candidate's score is the geometric mean of its class probability and that nearest-example similarity
/// (see <see cref="EmbeddedRecognizerOptions.ProbabilityWeight"/>), so it is high only when the classifier is sure
/// <em>and</em> the utterance resembles an example. Below <see cref="EmbeddedRecognizerOptions.Threshold"/> a skill
/// is not a candidate, which rejects out-of-scope utterances even in a one-skill catalog. Deterministic: the same
/// catalog and options give the same model. Slot values are filled from the top skill's example templates and
/// typed entities.</remarks>
public sealed class EmbeddedIntentRecognizer : IIntentRecognizer
{
    /// <summary>Stopping tolerance of the SVM's dual coordinate descent (liblinear's default).</summary>
    private const float SvmTolerance = 0.1f;

    private readonly EmbeddedRecognizerOptions _options;
    private readonly string[] _skillIds;
    private readonly SkillManifest[] _skills;
    private readonly FeatureSpace _space;
    private readonly LinearClassifier? _svm;
    private readonly LinearClassifier? _softmax;
    private readonly int _bufferLength;
    private readonly ExampleSet[] _examples;
    private readonly Dictionary<string, SlotFiller> _fillers = new(StringComparer.Ordinal);

    /// <summary>Zeroed dense scratch vectors of the feature space's size, one per concurrent call; callers zero the
    /// entries they set before returning one (a pooled array from <see cref="ArrayPool{T}"/> may hold garbage).</summary>
    private readonly ConcurrentBag<float[]> _scratch = [];

    /// <summary>Learns from the example utterances (both languages) of the latest version of each skill.</summary>
    /// <param name="catalog">The skills.</param>
    /// <param name="options">Tuning, or <c>null</c> for the defaults.</param>
    public EmbeddedIntentRecognizer(SkillCatalog catalog, EmbeddedRecognizerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        _options = options ?? new EmbeddedRecognizerOptions();
        _skills = [.. catalog.Skills];
        _skillIds = [.. _skills.Select(s => s.Id)];
        var texts = new List<string>();
        var labels = new List<int>();
        for (var s = 0; s < _skills.Length; s++)
        {
            foreach (var utterance in _skills[s].Utterances.Values.SelectMany(u => u))
            {
                texts.Add(utterance);
                labels.Add(s);
            }
        }

        _space = FeatureSpace.Fit(texts, BackgroundCorpus.Sentences, out var transformed, _options.DenseFeatures());
        var vectors = new List<SparseVector>(texts.Count);
        var perSkill = _skills.Select(_ => new List<SparseVector>()).ToArray();
        var kept = new List<int>(texts.Count);
        for (var i = 0; i < texts.Count; i++)
        {
            var vector = transformed[i];
            if (vector.Count > 0)
            {
                vectors.Add(vector);
                kept.Add(labels[i]);
                perSkill[labels[i]].Add(vector);
            }
        }

        _examples = [.. perSkill.Select(v => new ExampleSet(v, _space.Count - _space.DenseCount, _space.DenseCount))];

        // The background sentences form one more class, "none of the skills": generic phrasing ("I need a new …",
        // "what time is it") then takes probability away from every skill instead of going to the nearest one, which
        // also gives a one-skill catalog a meaningful probability. It weighs no more than an average skill.
        var skillExamples = vectors.Count;
        foreach (var vector in _space.TransformAll(BackgroundCorpus.Sentences))
        {
            if (vector.Count > 0)
            {
                vectors.Add(vector);
                kept.Add(_skills.Length);
            }
        }

        var classWeights = Enumerable.Repeat(1f, _skills.Length + 1).ToArray();
        var background = vectors.Count - skillExamples;
        if (background > 0 && _skills.Length > 0)
        {
            // At most 1 per sentence: larger SGD steps on a few sentences would destabilise training on big catalogs.
            classWeights[_skills.Length] = (float)Math.Min(1.0, _options.BackgroundWeight * skillExamples / _skills.Length / background);
        }

        // The two models learn independently, one thread each (about the same work on CLINC150 with word vectors); the
        // SVM alone splits its classes over two.
        var classes = _skills.Length + 1;
        var kind = _options.Classifier;
        LinearClassifier? svm = null;
        LinearClassifier? softmax = null;
        Parallel.Invoke(
            () => svm = kind == RecognizerClassifier.Softmax ? null : LinearClassifier.TrainSvm(
                vectors, kept, classes, _space.Count, _space.DenseCount, (float)_options.Cost, SvmTolerance,
                _options.SvmMaxPasses, seed: 17, classWeights, blocks: kind == RecognizerClassifier.Svm ? 2 : 1),
            () => softmax = kind == RecognizerClassifier.Svm ? null : LinearClassifier.TrainSoftmax(
                vectors, kept, classes, _space.Count, _space.DenseCount, _options.Epochs, (float)_options.LearningRate,
                seed: 17, classWeights));
        _svm = svm;
        _softmax = softmax;
        _bufferLength = (svm ?? softmax)!.BufferLength;
    }

    /// <summary>Number of skills the recogniser knows.</summary>
    public int SkillCount => _skills.Length;

    /// <inheritdoc/>
    public IntentRecognition Recognize(string utterance, string? locale)
    {
        ArgumentNullException.ThrowIfNull(utterance);
        if (_skills.Length == 0)
        {
            return IntentRecognition.OutOfScope;
        }

        // "신청하려고요" is scored as "신청할게요", the form examples use; slots are still read from the text as typed.
        var scored = KoreanIntentEndings.Normalize(utterance);
        var encoded = _space.Encode(scored);
        var query = _space.Transform(scored, encoded);
        if (query.Count == 0)
        {
            return IntentRecognition.OutOfScope;
        }

        var probabilities = ArrayPool<float>.Shared.Rent(_bufferLength);
        var dense = _scratch.TryTake(out var pooled) ? pooled : new float[_space.Count];
        var loaded = SparseVector.Empty;
        try
        {
            var p = probabilities.AsSpan(0, _bufferLength);
            Probabilities(query, p);
            var top = Top(p[.._skills.Length], Math.Min(_options.CandidateCount, _skills.Length));
            var scores = new double[top.Length];
            Load(loaded = query, dense);
            for (var t = 0; t < top.Length; t++)
            {
                scores[t] = Combine(p[top[t]], Similarity(top[t], dense));
            }

            Unload(query, dense);
            loaded = SparseVector.Empty;

            // Dates weigh on the features though examples hold them only as placeholders (which score as nothing):
            // the candidates are scored once more without them ("12월 4일 금요일부터 12월 7일 월요일까지 연차" as
            // "연차"), keeping the better score.
            if (WithoutDates(scored) is { } undated && _space.Transform(undated, encoded) is { Count: > 0 } dateless)
            {
                Probabilities(dateless, p);
                Load(loaded = dateless, dense);
                for (var t = 0; t < top.Length; t++)
                {
                    scores[t] = Math.Max(scores[t], Combine(p[top[t]], Similarity(top[t], dense)));
                }

                Unload(dateless, dense);
                loaded = SparseVector.Empty;
            }

            var slots = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
            for (var t = 0; t < top.Length; t++)
            {
                var skill = _skills[top[t]];
                if (skill.Slots.Count == 0 || scores[t] < _options.RescoreFloor)
                {
                    continue;
                }

                // Slot values ("Hanbit Trading", "INV-2024-001") are words no example can contain: score the utterance
                // once more without them, written as the examples were matched (courtesy words out, one polite
                // ending: "김민수 님 찾아주세요" as "{person} 찾아줘"), and keep the better score.
                var filled = Filler(skill).Fill(utterance);
                slots[skill.Id] = filled;
                var rest = Filler(skill).WithoutValues(scored, filled, out var removed);
                if (!removed)
                {
                    continue;
                }

                var stripped = _space.Transform(rest, encoded);
                if (stripped.Count == 0)
                {
                    continue;
                }

                Probabilities(stripped, p);
                Load(loaded = stripped, dense);
                scores[t] = Math.Max(scores[t], Combine(p[top[t]], Similarity(top[t], dense)));
                Unload(stripped, dense);
                loaded = SparseVector.Empty;
            }

            // A colleague's full name and a question about them ("박지훈 어디 소속이야") is a directory question even in words
            // no example uses: the skill whose person slot took the name, when it is already the likeliest, reaches the
            // threshold.
            var best = 0;
            for (var t = 1; t < top.Length; t++)
            {
                best = scores[t] > scores[best] ? t : best;
            }

            // "it was 35 bucks for an uber last friday": when the likeliest skill takes nothing from the utterance and
            // another close enough takes two values or more (an amount, a day, a category), the values decide.
            if (!slots.TryGetValue(_skillIds[top[best]], out var bestValues) || bestValues.Count == 0)
            {
                for (var t = 0; t < top.Length; t++)
                {
                    if (t != best && scores[t] >= _options.RescoreFloor && scores[t] >= 0.5 * scores[best]
                        && slots.TryGetValue(_skillIds[top[t]], out var values) && values.Count >= 2
                        && (t == best || values.Count > (slots.TryGetValue(_skillIds[top[best]], out var other) ? other.Count : 0)))
                    {
                        (scores[t], scores[best]) = (scores[best], scores[t]);
                        best = t;
                        break;
                    }
                }
            }

            if (scores[best] >= _options.RescoreFloor && scores[best] < _options.Threshold
                && slots.TryGetValue(_skillIds[top[best]], out var named)
                && Filler(_skills[top[best]]).AsksAboutNamedPerson(utterance, named))
            {
                scores[best] = _options.Threshold;
            }

            var candidates = new List<IntentCandidate>(top.Length);
            for (var t = 0; t < top.Length; t++)
            {
                if (scores[t] >= _options.Threshold)
                {
                    candidates.Add(new IntentCandidate(_skillIds[top[t]], Math.Round(Math.Min(1.0, scores[t]), 6)));
                }
            }

            if (candidates.Count == 0)
            {
                var near = 0;
                for (var t = 1; t < top.Length; t++)
                {
                    near = scores[t] > scores[near] ? t : near;
                }

                return scores[near] >= _options.SuggestionFloor
                    ? IntentRecognition.OutOfScope with { NearMiss = new IntentCandidate(_skillIds[top[near]], Math.Round(scores[near], 6)) }
                    : IntentRecognition.OutOfScope;
            }

            candidates.Sort(static (a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : string.CompareOrdinal(a.SkillId, b.SkillId));
            var chosen = _skills[Array.IndexOf(_skillIds, candidates[0].SkillId)];
            return new IntentRecognition
            {
                Candidates = candidates,
                IsAmbiguous = candidates.Count > 1 && candidates[0].Score - candidates[1].Score < _options.AmbiguityMargin,
                Slots = chosen.Slots.Count == 0 ? new Dictionary<string, string>()
                    : slots.TryGetValue(chosen.Id, out var found) ? found : Filler(chosen).Fill(utterance),
            };
        }
        finally
        {
            Unload(loaded, dense);
            _scratch.Add(dense);
            ArrayPool<float>.Shared.Return(probabilities);
        }
    }

    private static readonly HashSet<EntityKind> DateKinds = [EntityKind.Date, EntityKind.DateRange, EntityKind.Month];

    /// <summary><paramref name="text"/> without its days, ranges and months (<c>12월 4일 금요일부터 12월 7일 월요일까지
    /// 연차</c> → <c>연차</c>), or <c>null</c> when it has none or nothing else.</summary>
    private static string? WithoutDates(string text)
    {
        var dates = EntityExtractor.ExtractSpans(text, DateKinds);
        if (dates.Count == 0)
        {
            return null;
        }

        var sb = new System.Text.StringBuilder(text.Length);
        var at = 0;
        foreach (var date in dates)
        {
            sb.Append(text.AsSpan(at, date.Index - at)).Append(' ');
            at = date.Index + date.Length;
        }

        sb.Append(text.AsSpan(at));
        var rest = sb.ToString();
        return TextFeatures.Normalize(rest).Length > 0 ? rest : null;
    }

    /// <summary>Writes each class's probability (the skills, then "none") for <paramref name="x"/>: the SVM's
    /// decision values times <see cref="EmbeddedRecognizerOptions.SvmScale"/> through a softmax, the softmax model's
    /// probabilities, or with both models the geometric mean of the two (not renormalised: it is lower where the
    /// models disagree).</summary>
    private void Probabilities(SparseVector x, Span<float> p)
    {
        var classes = _skills.Length + 1;
        var output = p[..classes];
        if (_svm is not null)
        {
            _svm.Logits(x, p);
            var scale = (float)_options.SvmScale;
            foreach (ref var logit in output)
            {
                logit *= scale;
            }

            LinearClassifier.Softmax(output);
        }

        if (_softmax is null)
        {
            return;
        }

        if (_svm is null)
        {
            _softmax.Logits(x, p);
            LinearClassifier.Softmax(output);
            return;
        }

        Span<float> second = stackalloc float[_bufferLength];
        _softmax.Logits(x, second);
        LinearClassifier.Softmax(second[..classes]);
        for (var c = 0; c < classes; c++)
        {
            output[c] = MathF.Sqrt(output[c] * second[c]);
        }
    }

    private static void Load(SparseVector vector, float[] dense)
    {
        for (var k = 0; k < vector.Count; k++)
        {
            dense[vector.Indices[k]] = vector.Values[k];
        }
    }

    private static void Unload(SparseVector vector, float[] dense)
    {
        foreach (var index in vector.Indices)
        {
            dense[index] = 0f;
        }
    }

    /// <summary>Cosine similarity of the loaded query to <paramref name="skill"/>'s nearest example.</summary>
    private float Similarity(int skill, ReadOnlySpan<float> dense)
    {
        var examples = _examples[skill];
        if (examples.Count <= 1024)
        {
            Span<float> scratch = stackalloc float[examples.Count];
            return examples.Nearest(dense, scratch);
        }

        var rented = ArrayPool<float>.Shared.Rent(examples.Count);
        try
        {
            return examples.Nearest(dense, rented);
        }
        finally
        {
            ArrayPool<float>.Shared.Return(rented);
        }
    }

    private double Combine(float probability, float similarity)
    {
        var alpha = _options.ProbabilityWeight;
        return Math.Pow(Math.Max(probability, 0f), alpha) * Math.Pow(Math.Max(similarity, 0f), 1.0 - alpha);
    }

    private SlotFiller Filler(SkillManifest skill)
    {
        lock (_fillers)
        {
            if (!_fillers.TryGetValue(skill.Id, out var filler))
            {
                filler = new SlotFiller(skill);
                _fillers[skill.Id] = filler;
            }

            return filler;
        }
    }

    /// <summary>Indices of the <paramref name="count"/> largest values, largest first (ties: lower index).</summary>
    private static int[] Top(ReadOnlySpan<float> values, int count)
    {
        var top = new int[count];
        var filled = 0;
        for (var i = 0; i < values.Length; i++)
        {
            var v = values[i];
            if (filled == count && v <= values[top[count - 1]])
            {
                continue;
            }

            var position = filled < count ? filled++ : count - 1;
            while (position > 0 && values[top[position - 1]] < v)
            {
                top[position] = top[position - 1];
                position--;
            }

            top[position] = i;
        }

        return top;
    }
}
