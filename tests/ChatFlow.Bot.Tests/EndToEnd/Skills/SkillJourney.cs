using System.Text.Json.Nodes;

namespace ChatFlow.Bot.Tests.EndToEnd.Skills;

/// <summary>Journeys of the shipped skills through Direct Line.</summary>
internal static class SkillJourney
{
    /// <summary>A read-only lookup the utterance fills: one turn → sign-in card → sign in → the answer containing
    /// <paramref name="expected"/>.</summary>
    public static async Task<IReadOnlyList<JsonObject>> AskAsync(DirectLineTestClient chat, string utterance, string username, string expected)
    {
        await chat.SayAsync(utterance, VendorJourney.HasSignIn);
        return await SignInAsync(chat, username, expected);
    }

    /// <summary>Form → confirm → sign in → the answer containing <paramref name="expected"/>.</summary>
    public static async Task<IReadOnlyList<JsonObject>> SubmitAsync(
        DirectLineTestClient chat, string utterance, Dictionary<string, string> values, string confirmTitle, string username, string expected)
    {
        await chat.SayAsync(utterance, VendorJourney.HasInputs);
        await chat.FillAsync(values, got => VendorJourney.HasButton(got, confirmTitle));
        await chat.ClickAsync(confirmTitle, VendorJourney.HasSignIn);
        return await SignInAsync(chat, username, expected);
    }

    private static async Task<IReadOnlyList<JsonObject>> SignInAsync(DirectLineTestClient chat, string username, string expected)
    {
        var link = chat.SignInLink() ?? throw new InvalidOperationException("no sign-in link: " + chat.Shown());
        var page = await SignInBrowser.SignInAsync(link, username);
        Assert.True(page.IsSuccessStatusCode, $"sign-in ended with HTTP {(int)page.StatusCode}");
        return await chat.WaitAsync(got => VendorJourney.HasText(got, expected) || got.Any(a => ((string?)a["text"])?.Contains("permission", StringComparison.OrdinalIgnoreCase) == true || ((string?)a["text"])?.Contains("권한", StringComparison.Ordinal) == true));
    }
}
