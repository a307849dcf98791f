namespace ChatFlow.Bot.Admin;

/// <summary>Log messages of the skill registry and admin API (event ids 2200–2299).</summary>
internal static partial class AdminLog
{
    [LoggerMessage(2200, LogLevel.Information, "Registered skill {SkillId} version {SkillVersion}")]
    public static partial void SkillRegistered(ILogger logger, string skillId, int skillVersion);

    [LoggerMessage(2201, LogLevel.Information, "Skill {SkillId} enabled: {Enabled}")]
    public static partial void SkillToggled(ILogger logger, string skillId, bool enabled);

    [LoggerMessage(2202, LogLevel.Information, "Skill catalog reloaded at revision {Revision} with {Count} skills")]
    public static partial void CatalogReloaded(ILogger logger, long revision, int count);

    [LoggerMessage(2203, LogLevel.Error, "Stored manifest of skill {SkillId} version {SkillVersion} no longer loads; skipped")]
    public static partial void StoredManifestUnreadable(ILogger logger, string skillId, int skillVersion);

    [LoggerMessage(2204, LogLevel.Warning, "Could not check the skill catalog revision")]
    public static partial void PollFailed(ILogger logger, Exception exception);
}
