using System.ComponentModel.DataAnnotations;
using ChatFlow.Skills.Recognition.Encoders;

namespace ChatFlow.Skills.Recognition;

/// <summary>Tuning of <see cref="EmbeddedIntentRecognizer"/>.</summary>
public sealed record EmbeddedRecognizerOptions
{
    /// <summary>Lowest score (0..1) a skill needs to be a candidate; below it the utterance is out of scope.
    /// Default 0.35.</summary>
    [Range(0.0, 1.0)]
    public double Threshold { get; init; } = 0.35;

    /// <summary>Lowest score (0..1) of a skill the bot offers as "did you mean …?" when nothing reaches
    /// <see cref="Threshold"/> (<see cref="IntentRecognition.NearMiss"/>); at or above the threshold, never. Default
    /// 0.25: in the shipped catalog the held-back paraphrases that fall short score 0.21–0.35 with the right skill
    /// on top, and chit-chat and unrelated requests 0.05–0.25 (docs/BENCHMARKS.md).</summary>
    [Range(0.0, 1.0)]
    public double SuggestionFloor { get; init; } = 0.25;

    /// <summary>When the second candidate is within this score distance (0..1) of the first, the result is
    /// ambiguous. Default 0.05.</summary>
    [Range(0.0, 1.0)]
    public double AmbiguityMargin { get; init; } = 0.05;

    /// <summary>Weight (0..1) of the classifier's probability in a candidate's score; the rest goes to the cosine
    /// similarity to the skill's nearest example: score = p^w · cos^(1−w). Default 0.5.</summary>
    [Range(0.0, 1.0)]
    public double ProbabilityWeight { get; init; } = 0.5;

    /// <summary>A candidate skill with slots whose first score is below this (0..1) is not scored a second time
    /// without its slot values: filling its slots costs more than the rest of the recognition, and an utterance that
    /// far from every example is not one the values hid. Default 0.12.</summary>
    [Range(0.0, 1.0)]
    public double RescoreFloor { get; init; } = 0.12;

    /// <summary>How many of the classifier's best skills are scored and may become candidates. Default 3.</summary>
    [Range(1, 100)]
    public int CandidateCount { get; init; } = 3;

    /// <summary>Weight of the built-in "none of the skills" class of generic sentences, relative to an average skill
    /// (its examples' total weight). 0 turns it off. Default 0.5: more would reject a task verb with a
    /// rare object (<c>벤더 추가 부탁해요</c>) as generic.</summary>
    [Range(0.0, 10.0)]
    public double BackgroundWeight { get; init; } = 0.5;

    /// <summary>Passes of stochastic gradient descent over the examples when training. Default 5.</summary>
    [Range(1, 100)]
    public int Epochs { get; init; } = 5;

    /// <summary>Initial SGD learning rate (decays linearly to 0). Default 4.0 (inputs are unit vectors).</summary>
    [Range(0.001, 100.0)]
    public double LearningRate { get; init; } = 4.0;

    /// <summary>How the skills' weights are learnt. Default <see cref="RecognizerClassifier.Ensemble"/> (an SVM and
    /// a softmax model; twice the training work, spread over two cores).</summary>
    public RecognizerClassifier Classifier { get; init; } = RecognizerClassifier.Ensemble;

    /// <summary>The SVM's C, the cost of a margin violation (squared hinge loss); larger fits the examples more
    /// closely. Default 1.</summary>
    [Range(0.001, 1000.0)]
    public double Cost { get; init; } = 1.0;

    /// <summary>The SVM's decision values are multiplied by this before the softmax that turns them into the
    /// probability of each skill (a temperature; the softmax classifier's logits are used as they are).
    /// Default 5.</summary>
    [Range(0.1, 100.0)]
    public double SvmScale { get; init; } = 5.0;

    /// <summary>Most passes of the SVM's dual coordinate descent over the examples (it stops earlier once
    /// converged). Default 6: on the public benchmarks 6 passes score as 20 do (±0.3 points closed-set, CLINC150
    /// point B 92.0 / 64.3 against 92.2 / 54.2) and train CLINC150 in 2.7 s instead of 4.0 s (docs/BENCHMARKS.md).</summary>
    [Range(1, 1000)]
    public int SvmMaxPasses { get; init; } = 6;

    /// <summary>Pretrained word vectors whose pooled sentence vector joins each utterance's features (paraphrases
    /// with words no example has: <c>purchase</c> for <c>buy</c>), or <c>null</c> for character and word features
    /// only. Utterances without a word in the vectors (Korean with English vectors) are unaffected.</summary>
    public WordVectors? WordVectors { get; init; }

    /// <summary>Length (0..1) of the word-vector block in each utterance's unit feature vector; the character and
    /// word blocks share the rest. Default 0.6: on CLINC150 0.5 and 0.7 scored within 0.3 points closed-set, 0.7
    /// with lower point-A in-scope accuracy (docs/BENCHMARKS.md).</summary>
    [Range(0.0, 0.95)]
    public double WordVectorWeight { get; init; } = 0.6;

    /// <summary>A pretrained sentence encoder whose vector of each utterance joins its features (paraphrase
    /// knowledge from pre-training: CLINC150 10-shot 84.0 → 87.3 % with <see cref="UniversalSentenceEncoderLite"/>,
    /// docs/BENCHMARKS.md), or <c>null</c>. It costs a few milliseconds per utterance and per training example, so it
    /// is off unless configured. Utterances the encoder does not cover (Korean with an English encoder) keep the
    /// other features.</summary>
    public ISentenceEncoder? SentenceEncoder { get; init; }

    /// <summary>Length (0..1) of the whole dense block (word vectors and encoder) in each utterance's unit feature
    /// vector when a <see cref="SentenceEncoder"/> is set (it replaces <see cref="WordVectorWeight"/>). Default 0.6:
    /// 0.7 and 0.8 scored 0.2–0.5 points higher on CLINC150 but sent more unrelated English requests to a shipped
    /// skill (14 and more of 40, against 10 at 0.6 and 14 without the encoder, before the background class learnt
    /// general-knowledge questions; "what's the capital of France?" became a colleague lookup); 0.9 cost 5 points of
    /// point-A in-scope accuracy (docs/BENCHMARKS.md).</summary>
    [Range(0.0, 0.95)]
    public double SentenceEncoderWeight { get; init; } = 0.6;

    /// <summary>Length of the encoder's vector in the dense block relative to each of the three pooled word-vector
    /// blocks (each of length 1). Default 3: 1 and 2 scored 0.5–0.8 points lower closed-set on CLINC150.</summary>
    [Range(0.1, 100.0)]
    public double SentenceEncoderScale { get; init; } = 3.0;

    /// <summary>The dense block these options describe, or <c>null</c> for sparse features only.</summary>
    internal DenseFeatures? DenseFeatures() => WordVectors is null && SentenceEncoder is null ? null
        : SentenceEncoder is null ? new DenseFeatures(WordVectors, null, 0f, (float)WordVectorWeight)
        : new DenseFeatures(WordVectors, SentenceEncoder, (float)SentenceEncoderScale, (float)SentenceEncoderWeight);
}
