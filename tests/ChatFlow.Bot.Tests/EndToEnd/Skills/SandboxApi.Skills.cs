using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace ChatFlow.Bot.Tests.EndToEnd;

/// <summary>Reads the sandbox's ERP, HR and directory data as a given demo user.</summary>
internal static partial class SandboxApi
{
    /// <summary>GET <paramref name="path"/> (relative to the host) with <paramref name="username"/>'s own token.</summary>
    /// <returns>The HTTP status and the JSON body (or <see langword="null"/>).</returns>
    public static async Task<(HttpStatusCode Status, JsonNode? Body)> GetAsync(Uri host, string username, string path)
    {
        using var http = new HttpClient { BaseAddress = host };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(host, username));
        using var response = await http.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }
}
