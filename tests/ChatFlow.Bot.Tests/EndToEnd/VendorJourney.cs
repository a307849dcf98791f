using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChatFlow.Bot.Tests.EndToEnd;

/// <summary>The walking-skeleton journey: ask → form → submit → confirm → sign in → result.</summary>
internal static class VendorJourney
{
    public static Dictionary<string, string> Values(string name, string brn, string address, string email) => new()
    {
        ["vendorName"] = name,
        ["businessRegistrationNumber"] = brn,
        ["address"] = address,
        ["contactEmail"] = email,
    };

    public static bool HasInputs(IReadOnlyList<JsonObject> activities) =>
        activities.Any(a => Json(a["attachments"]).Contains("\"Input.", StringComparison.Ordinal) == true);

    public static bool HasButton(IReadOnlyList<JsonObject> activities, string title) =>
        activities.Any(a => Json(a["attachments"]).Contains($"\"title\":\"{title}\"", StringComparison.Ordinal) == true);

    public static bool HasSignIn(IReadOnlyList<JsonObject> activities) =>
        activities.Any(a => Json(a["attachments"]).Contains("Action.OpenUrl", StringComparison.Ordinal) == true);

    /// <summary>Card JSON as a person reads it: non-ASCII text unescaped.</summary>
    public static string Json(JsonNode? node) => node?.ToJsonString(Relaxed) ?? "";

    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static bool HasText(IReadOnlyList<JsonObject> activities, string fragment) =>
        activities.Any(a => ((string?)a["text"])?.Contains(fragment, StringComparison.OrdinalIgnoreCase) == true);

    /// <summary>Plays the journey up to and including sign-in; returns the bot's activities after sign-in.</summary>
    public static async Task<IReadOnlyList<JsonObject>> RunAsync(
        DirectLineTestClient chat, string utterance, Dictionary<string, string> values, string confirmTitle, string username)
    {
        await chat.SayAsync(utterance, HasInputs);
        await chat.FillAsync(values, got => HasButton(got, confirmTitle));
        await chat.ClickAsync(confirmTitle, HasSignIn);
        var link = chat.SignInLink() ?? throw new InvalidOperationException("no sign-in link: " + chat.Shown());
        var page = await SignInBrowser.SignInAsync(link, username);
        Assert.True(page.IsSuccessStatusCode, $"sign-in ended with HTTP {(int)page.StatusCode}");
        return await chat.WaitAsync(got => got.Any(a => System.Text.RegularExpressions.Regex.IsMatch((string?)a["text"] ?? "", "(?i)V-\\d+|permission|권한")));
    }
}
