namespace ChatFlow.Bot.Admin;

/// <summary>One registered version.</summary>
/// <param name="Version">Registry version.</param>
/// <param name="RegisteredAt">When it was registered.</param>
/// <param name="RegisteredBy">Admin subject, or <c>file:…</c> for start-up loading.</param>
internal sealed record SkillVersionInfo(int Version, DateTimeOffset RegisteredAt, string RegisteredBy);
