namespace ChatFlow.Skills.Manifests;

/// <summary>What running the skill calls (<c>action:</c> in a manifest).</summary>
public sealed record SkillAction
{
    /// <summary>Connector id (<c>manifests/connectors/&lt;id&gt;.yaml</c>), e.g. <c>acme-erp</c>.</summary>
    public required string Connector { get; init; }

    /// <summary>The connector's operation id, e.g. <c>createVendor</c>.</summary>
    public required string Operation { get; init; }

    /// <summary>OAuth connection whose per-user token the call uses, e.g. <c>acme</c>.</summary>
    public required string Connection { get; init; }

    /// <summary>Argument name → template over slots (<c>"{vendorName}"</c>), in manifest order.</summary>
    public required IReadOnlyList<KeyValuePair<string, string>> Arguments { get; init; }

    /// <summary>Name of the back-end system shown to users (e.g. "Acme ERP"); optional <c>systemName</c> in the
    /// manifest, otherwise derived from <see cref="Connector"/> (<c>acme-erp</c> → "Acme ERP").</summary>
    public required LocalizedText SystemName { get; init; }
}
