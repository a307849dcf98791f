namespace ChatFlow.Skills.Manifests;

/// <summary>One problem found in a manifest.</summary>
/// <param name="Source">File path or name the manifest came from.</param>
/// <param name="Line">1-based line of the offending node (0 when unknown).</param>
/// <param name="Column">1-based column of the offending node (0 when unknown).</param>
/// <param name="Field">Dotted path of the field, e.g. <c>slots[1].validation.pattern</c>.</param>
/// <param name="Message">What is wrong, in English.</param>
public sealed record ManifestError(string Source, int Line, int Column, string Field, string Message)
{
    /// <summary><c>source:line:column: field: message</c>.</summary>
    /// <returns>The error as one line.</returns>
    public override string ToString() => $"{Source}:{Line}:{Column}: {Field}: {Message}";
}
