using ChatFlow.Integrations.Connectors;
using ChatFlow.Skills.Manifests;

namespace ChatFlow.Bot.Admin;

/// <summary>The rules every manifest the host accepts must pass, from the files at start-up or through the admin API:
/// <see cref="ManifestRules.Registration"/> (at least 8 utterances per language) with <c>action.connector</c> and
/// <c>action.operation</c> checked against the loaded connectors' OpenAPI documents.</summary>
internal static class RegistrationRules
{
    /// <summary>The rules for the connectors of <paramref name="connectors"/>.</summary>
    /// <param name="connectors">The host's connector catalog.</param>
    /// <returns>The rules.</returns>
    public static ManifestRules For(IConnectorCatalog connectors) =>
        ManifestRules.WithConnectors(connectors.Connectors.ToDictionary(
            c => c.Id, c => (IReadOnlySet<string>)c.OperationIds.ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal));
}
