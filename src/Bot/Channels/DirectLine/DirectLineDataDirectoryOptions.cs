using System.ComponentModel.DataAnnotations;

namespace ChatFlow.Bot.Channels.DirectLine;

/// <summary>The one host setting the channel needs from section <c>ChatFlow</c>: where to keep a generated secret.</summary>
internal sealed class DirectLineDataDirectoryOptions
{
    /// <summary>Section of the host settings.</summary>
    public const string SectionName = "ChatFlow";

    /// <summary>Folder of <c>directline.secret</c>; default <c>./data</c>.</summary>
    [Required]
    public string DataDirectory { get; set; } = "./data";
}
