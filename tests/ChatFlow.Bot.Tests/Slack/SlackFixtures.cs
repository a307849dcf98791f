using System.Security.Cryptography;
using System.Text;

namespace ChatFlow.Bot.Tests.Slack;

/// <summary>Finds <c>shared/fixtures/slack</c> by walking up from the test binary, and signs bodies.</summary>
internal static class SlackFixtures
{
    public static string Root { get; } = Find();

    public static string PathOf(string relative) => Path.Combine(Root, relative);

    public static byte[] Read(string relative) => File.ReadAllBytes(PathOf(relative));

    public static IEnumerable<string> Files(string folder) =>
        Directory.EnumerateFiles(PathOf(folder)).Select(f => Path.GetRelativePath(Root, f)).Order(StringComparer.Ordinal);

    /// <summary><c>v0=</c> + hex HMAC-SHA256 of <c>v0:{timestamp}:{body}</c>.</summary>
    public static string Sign(string secret, string timestamp, byte[] body)
    {
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret));
        var mac = hmac.ComputeHash([.. Encoding.ASCII.GetBytes($"v0:{timestamp}:"), .. body]);
        return "v0=" + Convert.ToHexStringLower(mac);
    }

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "fixtures", "slack");
            if (Directory.Exists(candidate))
                return candidate;
        }

        throw new DirectoryNotFoundException("No shared/fixtures/slack above " + AppContext.BaseDirectory);
    }
}
