using System.ComponentModel.DataAnnotations;

namespace ChatFlow.Bot.Hosting;

/// <summary>Top-level host settings, section <c>ChatFlow</c> (environment: <c>ChatFlow__DataDirectory</c> …).</summary>
public sealed class ChatFlowOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "ChatFlow";

    /// <summary>Folder for the SQLite file, the Data Protection keys and the sandbox's files.</summary>
    /// <value>Default <c>./data</c>, relative to the working directory.</value>
    [Required]
    public string DataDirectory { get; set; } = "./data";

    /// <summary>The host's public base URL (sign-in links, OAuth redirect URIs), e.g. <c>https://chatflow.acme.example/</c>.</summary>
    /// <value>Default: the first address the server listens on, with a wildcard host shown as <c>localhost</c>.</value>
    public Uri? PublicBaseUrl { get; set; }

    /// <summary>Folder holding <c>skills/</c> and <c>connectors/</c>.</summary>
    /// <value>Default: the <c>manifests</c> folder shipped next to the binary.</value>
    public string? ManifestsDirectory { get; set; }
}
