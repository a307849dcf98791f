namespace ChatFlow.Skills.Manifests;

/// <summary>Checks applied on top of a manifest's structure: how many example utterances each language needs and,
/// when known, which connectors and operation ids exist.</summary>
/// <remarks>The structure (fields, types, slots, regexes, templates) is always checked. <see cref="Registration"/> is
/// what an admin registration, <c>skills validate</c> and the shipped manifests must pass; <see cref="Lenient"/>
/// (one utterance is enough, connectors unchecked) is for tests and tools that build small catalogs.</remarks>
public sealed record ManifestRules
{
    /// <summary>The minimum for <see cref="MinimumUtterancesPerLanguage"/> in registration: 8.</summary>
    public const int RegistrationMinimumUtterances = 8;

    /// <summary>Structure only: one example utterance in all, connectors not checked.</summary>
    public static ManifestRules Lenient { get; } = new() { MinimumUtterancesPerLanguage = 0 };

    /// <summary>Registration rules without a connector catalog (connectors not checked).</summary>
    public static ManifestRules Registration { get; } = new();

    /// <summary>Example utterances needed in each language present under <c>utterances</c>.</summary>
    /// <value>Default <see cref="RegistrationMinimumUtterances"/> (8); 0 only asks for one utterance in all.</value>
    public int MinimumUtterancesPerLanguage { get; init; } = RegistrationMinimumUtterances;

    /// <summary>Connector id → its operation ids (from the connector catalog); <c>null</c> skips the check.</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>>? Connectors { get; init; }

    /// <summary>Registration rules checking <c>action.connector</c> and <c>action.operation</c> against
    /// <paramref name="connectors"/>.</summary>
    /// <param name="connectors">Connector id → operation ids.</param>
    /// <returns>The rules.</returns>
    public static ManifestRules WithConnectors(IReadOnlyDictionary<string, IReadOnlySet<string>> connectors)
    {
        ArgumentNullException.ThrowIfNull(connectors);
        return new ManifestRules { Connectors = connectors };
    }
}
