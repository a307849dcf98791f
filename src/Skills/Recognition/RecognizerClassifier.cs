namespace ChatFlow.Skills.Recognition;

/// <summary>The linear model <see cref="EmbeddedIntentRecognizer"/> learns from the examples.</summary>
public enum RecognizerClassifier
{
    /// <summary>One-vs-rest linear SVMs (squared hinge loss, dual coordinate descent).</summary>
    Svm,

    /// <summary>Multinomial logistic regression trained by stochastic gradient descent.</summary>
    Softmax,

    /// <summary>Both of the above, trained in parallel; a skill's probability is the geometric mean of the two
    /// models' (measured on CLINC150, BANKING77, HWU64 and StyleKQC: never below either alone by more than noise, up
    /// to +2 points on StyleKQC).</summary>
    Ensemble,
}
