namespace ChatFlow.Skills.Manifests;

/// <summary>A text in English and, optionally, Korean; Korean falls back to English.</summary>
/// <param name="En">English text (always present).</param>
/// <param name="Ko">Korean text, or <c>null</c> to use <paramref name="En"/>.</param>
public sealed record LocalizedText(string En, string? Ko = null)
{
    /// <summary>The text in <paramref name="language"/>: <c>ko</c> (or <c>ko-KR</c>) gives Korean when
    /// present, anything else English.</summary>
    /// <param name="language">BCP 47 language or locale; may be <c>null</c>.</param>
    /// <returns>The text; never <c>null</c>.</returns>
    public string Get(string? language) =>
        Ko is not null && language is not null && language.StartsWith("ko", StringComparison.OrdinalIgnoreCase)
            ? Ko
            : En;

    /// <inheritdoc/>
    public override string ToString() => En;
}
