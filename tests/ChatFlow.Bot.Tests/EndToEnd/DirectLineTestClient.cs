using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ChatFlow.Bot.Tests.EndToEnd;

/// <summary>Plays one person's Web Chat conversation through the host's Direct Line API over real HTTP, reading
/// the bot's text and Adaptive Cards the way a person would.</summary>
internal sealed class DirectLineTestClient : IDisposable
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);
    private readonly HttpClient http;
    private string? watermark;

    private DirectLineTestClient(HttpClient http, string conversationId, string userId, string locale)
    {
        this.http = http;
        ConversationId = conversationId;
        UserId = userId;
        Locale = locale;
    }

    public string ConversationId { get; }

    public string UserId { get; }

    public string Locale { get; }

    public string Token => http.DefaultRequestHeaders.Authorization!.Parameter!;

    /// <summary>Bot activities received by the last wait, oldest first.</summary>
    public IReadOnlyList<JsonObject> Last { get; set; } = [];

    public static async Task<DirectLineTestClient> StartAsync(Uri baseAddress, string userName, string locale)
    {
        var http = new HttpClient { BaseAddress = baseAddress };
        var userId = $"{userName}-{Guid.NewGuid():N}"[..20];
        var tokenResponse = await http.PostAsJsonAsync("api/webchat/token", new { user = new { id = userId, name = userName } });
        tokenResponse.EnsureSuccessStatusCode();
        var token = (await tokenResponse.Content.ReadFromJsonAsync<JsonObject>())!;
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (string)token["token"]!);
        var start = await http.PostAsync("v3/directline/conversations", null);
        start.EnsureSuccessStatusCode();
        return new DirectLineTestClient(http, (string)token["conversationId"]!, userId, locale);
    }

    public async Task<HttpResponseMessage> PostRawAsync(string json, string? token = null, string? conversationId = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"v3/directline/conversations/{conversationId ?? ConversationId}/activities")
        {
            Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await http.SendAsync(request);
    }

    /// <summary>Continues a conversation from another process's point of view (e.g. after a host restart): same
    /// conversation, user and token; <paramref name="last"/> is what the person still sees on screen.</summary>
    public static DirectLineTestClient Resume(Uri baseAddress, string conversationId, string userId, string token, IReadOnlyList<JsonObject> last)
    {
        var http = new HttpClient { BaseAddress = baseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var client = new DirectLineTestClient(http, conversationId, userId, "en-US") { Last = last };
        var body = http.GetFromJsonAsync<JsonObject>($"v3/directline/conversations/{conversationId}/activities").GetAwaiter().GetResult()!;
        client.watermark = (string?)body["watermark"];
        return client;
    }

    /// <summary>Types <paramref name="text"/> and waits until the bot has answered.</summary>
    public Task<IReadOnlyList<JsonObject>> SayAsync(string text, Func<IReadOnlyList<JsonObject>, bool>? until = null) =>
        SendAsync(new JsonObject { ["type"] = "message", ["text"] = text }, until);

    /// <summary>Fills the last card's inputs (by id) and presses its first submit action.</summary>
    public Task<IReadOnlyList<JsonObject>> FillAsync(IReadOnlyDictionary<string, string> values, Func<IReadOnlyList<JsonObject>, bool>? until = null)
    {
        var action = Actions().First(a => (string?)a["type"] is "Action.Submit" or "Action.Execute");
        return PressAsync(action, values, until);
    }

    /// <summary>Presses the last card's button whose title matches <paramref name="titlePattern"/>.</summary>
    public Task<IReadOnlyList<JsonObject>> ClickAsync(string titlePattern, Func<IReadOnlyList<JsonObject>, bool>? until = null)
    {
        var action = Actions().First(a => (string?)a["type"] == "Action.Submit"
            && Regex.IsMatch((string?)a["title"] ?? "", titlePattern, RegexOptions.IgnoreCase));
        return PressAsync(action, new Dictionary<string, string>(), until);
    }

    public IEnumerable<JsonObject> Cards() => Last
        .SelectMany(a => a["attachments"]?.AsArray() ?? [])
        .OfType<JsonObject>()
        .Where(a => (string?)a["contentType"] == "application/vnd.microsoft.card.adaptive")
        .Select(a => a["content"]!.AsObject());

    public IEnumerable<JsonObject> Inputs() => Cards().SelectMany(c => Walk(c)).Where(n => ((string?)n["type"])?.StartsWith("Input.", StringComparison.Ordinal) == true);

    public IEnumerable<JsonObject> Actions() => Cards().SelectMany(c => Walk(c)).Where(n => ((string?)n["type"])?.StartsWith("Action.", StringComparison.Ordinal) == true);

    /// <summary>Everything the bot showed in the last wait: texts and card JSON.</summary>
    public string Shown() => string.Join("\n", Last.Select(a => (string?)a["text"] ?? "")
        .Concat(Cards().Select(c => VendorJourney.Json(c))));

    /// <summary>The sign-in link of the last sign-in card, if any.</summary>
    public Uri? SignInLink() => Actions()
        .Where(a => (string?)a["type"] == "Action.OpenUrl")
        .Select(a => new Uri((string)a["url"]!))
        .FirstOrDefault();

    /// <summary>Waits until new bot activities satisfy <paramref name="until"/> (default: any bot activity).</summary>
    public async Task<IReadOnlyList<JsonObject>> WaitAsync(Func<IReadOnlyList<JsonObject>, bool>? until = null)
    {
        until ??= got => got.Count > 0;
        var got = new List<JsonObject>();
        var deadline = DateTime.UtcNow + Deadline;
        while (DateTime.UtcNow < deadline)
        {
            var url = $"v3/directline/conversations/{ConversationId}/activities" + (watermark is null ? "" : $"?watermark={watermark}");
            var response = await http.GetAsync(url);
            response.EnsureSuccessStatusCode();
            var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
            watermark = (string?)body["watermark"] ?? watermark;
            got.AddRange(body["activities"]!.AsArray().OfType<JsonObject>()
                .Where(a => (string?)a["from"]?["id"] != UserId)
                .Select(a => a.DeepClone().AsObject()));
            if (until(got))
            {
                Last = got;
                return got;
            }

            await Task.Delay(50);
        }

        Last = got;
        throw new TimeoutException($"The bot did not answer as expected within {Deadline.TotalSeconds} s; it showed: {Shown()}");
    }

    /// <summary>Reads the whole transcript (user and bot activities).</summary>
    public async Task<JsonArray> TranscriptAsync()
    {
        var body = (await http.GetFromJsonAsync<JsonObject>($"v3/directline/conversations/{ConversationId}/activities"))!;
        return body["activities"]!.AsArray();
    }

    public void Dispose() => http.Dispose();

    /// <summary>Sends a card submission value as is.</summary>
    public Task<IReadOnlyList<JsonObject>> SendValueAsync(JsonObject value, Func<IReadOnlyList<JsonObject>, bool>? until = null) =>
        SendAsync(new JsonObject { ["type"] = "message", ["value"] = value }, until);

    private async Task<IReadOnlyList<JsonObject>> PressAsync(JsonObject action, IReadOnlyDictionary<string, string> inputs, Func<IReadOnlyList<JsonObject>, bool>? until)
    {
        var value = action["data"] is JsonObject data ? data.DeepClone().AsObject() : new JsonObject();
        foreach (var (id, text) in inputs)
        {
            value[id] = text;
        }

        return await SendAsync(new JsonObject { ["type"] = "message", ["value"] = value }, until);
    }

    private async Task<IReadOnlyList<JsonObject>> SendAsync(JsonObject activity, Func<IReadOnlyList<JsonObject>, bool>? until)
    {
        activity["from"] = new JsonObject { ["id"] = UserId };
        activity["locale"] = Locale;
        var response = await http.PostAsync($"v3/directline/conversations/{ConversationId}/activities",
            new StringContent(activity.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"POST activity → {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return await WaitAsync(until);
    }

    private static IEnumerable<JsonObject> Walk(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                yield return o;
                foreach (var (_, child) in o)
                {
                    foreach (var n in Walk(child))
                    {
                        yield return n;
                    }
                }

                break;
            case JsonArray a:
                foreach (var child in a)
                {
                    foreach (var n in Walk(child))
                    {
                        yield return n;
                    }
                }

                break;
        }
    }
}
