using ChatFlow.Skills.Manifests;

namespace ChatFlow.Bot.Admin;

/// <summary>One row of <c>GET /admin/skills/load-errors</c>: why a file of <c>manifests/skills/</c> was skipped at
/// start-up.</summary>
/// <param name="File">The file, relative to the manifests folder (e.g. <c>skills/erp.bad.yaml</c>).</param>
/// <param name="Line">1-based line; 0 when the file could not be read.</param>
/// <param name="Column">1-based column; 0 when the file could not be read.</param>
/// <param name="Field">Field path such as <c>slots[2].type</c>; empty for a syntax error.</param>
/// <param name="Message">What is wrong.</param>
internal sealed record SkillLoadError(string File, int Line, int Column, string Field, string Message)
{
    /// <summary>The row of <paramref name="error"/>.</summary>
    public static SkillLoadError From(ManifestError error) =>
        new(error.Source, error.Line, error.Column, error.Field, error.Message);
}
