using System.ComponentModel.DataAnnotations;

namespace ChatFlow.Bot.Admin;

/// <summary>The skill registry (<c>ChatFlow:Skills</c>).</summary>
public sealed class SkillRegistryOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "ChatFlow:Skills";

    /// <summary>How often every host checks the store's catalog revision and reloads on change (one indexed read per
    /// check). A change reaches every host within this interval plus the reload, which retrains the recogniser.</summary>
    /// <value>Default 500 ms; between 50 ms and 1 hour.</value>
    [Range(typeof(TimeSpan), "00:00:00.050", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(500);
}
