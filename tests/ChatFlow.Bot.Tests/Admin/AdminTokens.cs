using ChatFlow.Bot.Tests.EndToEnd;

namespace ChatFlow.Bot.Tests.Admin;

/// <summary>Gets a demo user's access token from a host's sandbox authorization server (code + PKCE), as the CLI does.</summary>
internal static class AdminTokens
{
    public static Task<string> TokenAsync(Uri host, string username) => SandboxApi.TokenAsync(host, username);
}
