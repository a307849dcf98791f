using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Threading.Channels;

namespace ChatFlow.LoadTest;

/// <summary>One Web Chat conversation: posts activities over HTTP and receives the bot's over the Direct Line
/// WebSocket stream, timing each turn from the POST to the first bot activity that answers it.</summary>
internal sealed partial class LoadConversation : IAsyncDisposable
{
    private static readonly TimeSpan TurnTimeout = TimeSpan.FromSeconds(30);
    private readonly HttpClient http;
    private readonly ClientWebSocket socket;
    private readonly Channel<JsonObject> incoming = Channel.CreateUnbounded<JsonObject>();
    private readonly CancellationTokenSource stop = new();
    private readonly string conversationId;
    private readonly string userId;
    private readonly Task reader;
    private JsonObject? lastCard;

    private LoadConversation(HttpClient http, ClientWebSocket socket, string conversationId, string userId)
    {
        this.http = http;
        this.socket = socket;
        this.conversationId = conversationId;
        this.userId = userId;
        reader = ReadAsync();
    }

    public static async Task<LoadConversation> StartAsync(Uri baseAddress, string userName)
    {
        var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var userId = $"load-{userName}";
        var tokenResponse = await http.PostAsJsonAsync("api/webchat/token", new { user = new { id = userId, name = userName } });
        tokenResponse.EnsureSuccessStatusCode();
        var token = (await tokenResponse.Content.ReadFromJsonAsync<JsonObject>())!;
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (string)token["token"]!);
        var start = await http.PostAsync("v3/directline/conversations", null);
        start.EnsureSuccessStatusCode();
        var conversation = (await start.Content.ReadFromJsonAsync<JsonObject>())!;
        var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri((string)conversation["streamUrl"]!), CancellationToken.None);
        return new LoadConversation(http, socket, (string)conversation["conversationId"]!, userId);
    }

    public async Task<double> SayAsync(string text) =>
        await TurnAsync(new JsonObject { ["type"] = "message", ["text"] = text }, _ => true);

    /// <summary>say → form → submit → confirm → (sign-in →) result, recording each turn's latency.</summary>
    public async Task RegisterVendorAsync(int index, LoadReport report)
    {
        report.Add("utterance → form", await TurnAsync(Message("register a vendor"), a => HasInputs(a)));
        var number = (index % 100000).ToString("D5", System.Globalization.CultureInfo.InvariantCulture);
        var values = new JsonObject
        {
            ["vendorName"] = $"Load Vendor {index}",
            ["businessRegistrationNumber"] = $"{100 + (index / 100000) % 900}-{10 + index % 90}-{number}",
            ["address"] = $"{index} Load-ro, Seoul",
            ["contactEmail"] = $"ap{index}@load.example",
        };
        report.Add("form submit → confirmation", await TurnAsync(Press(values), a => Button(a, "confirm|확인") is not null));
        var confirm = Button(lastCard!, "confirm|확인")!;
        JsonObject? answer = null;
        var confirmMs = await TurnAsync(Press(null, confirm), a => { answer = a; return SignInLink(a) is not null || IsResult(a); });
        if (SignInLink(answer!) is { } link)
        {
            report.Add("confirm → sign-in card", confirmMs);
            var clock = Stopwatch.StartNew();
            var waiting = NextAsync(IsResult);
            await SignInAsync(link);
            await waiting;
            report.Add("sign-in (browser) → result", clock.Elapsed.TotalMilliseconds);
        }
        else
        {
            report.Add("confirm → result", confirmMs);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        try
        {
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
        }
        catch (WebSocketException)
        {
        }

        try
        {
            await reader;
        }
        catch (OperationCanceledException)
        {
        }

        socket.Dispose();
        http.Dispose();
        stop.Dispose();
    }

    private async Task<double> TurnAsync(JsonObject activity, Func<JsonObject, bool> answers)
    {
        activity["from"] = new JsonObject { ["id"] = userId };
        var clock = Stopwatch.StartNew();
        var waiting = NextAsync(answers);
        var response = await http.PostAsync($"v3/directline/conversations/{conversationId}/activities",
            new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
        await waiting;
        return clock.Elapsed.TotalMilliseconds;
    }

    private async Task<JsonObject> NextAsync(Func<JsonObject, bool> answers)
    {
        using var timeout = new CancellationTokenSource(TurnTimeout);
        while (true)
        {
            var activity = await incoming.Reader.ReadAsync(timeout.Token);
            if ((string?)activity["from"]?["id"] == userId)
            {
                continue;
            }

            if (activity["attachments"] is JsonArray { Count: > 0 } attachments)
            {
                lastCard = attachments[0]!["content"]!.AsObject();
            }

            if (answers(activity))
            {
                return activity;
            }
        }
    }

    private async Task ReadAsync()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (!stop.IsCancellationRequested && socket.State == WebSocketState.Open)
        {
            var result = await socket.ReceiveAsync(buffer, stop.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return;
            }

            message.Write(buffer, 0, result.Count);
            if (!result.EndOfMessage)
            {
                continue;
            }

            if (message.Length > 0 && JsonNode.Parse(message.ToArray()) is JsonObject set && set["activities"] is JsonArray activities)
            {
                foreach (var a in activities.OfType<JsonObject>())
                {
                    await incoming.Writer.WriteAsync(a.DeepClone().AsObject());
                }
            }

            message.SetLength(0);
        }
    }

    /// <summary>The skill's outcome: the registered vendor's id, or a refusal.</summary>
    private static bool IsResult(JsonObject activity) =>
        Regex.IsMatch((string?)activity["text"] ?? "", "vendor id|업체 ID|permission|권한", RegexOptions.IgnoreCase);

    private static JsonObject Message(string text) => new() { ["type"] = "message", ["text"] = text };

    private JsonObject Press(JsonObject? inputs, JsonObject? action = null)
    {
        action ??= Walk(lastCard!).First(n => (string?)n["type"] == "Action.Submit");
        var value = action["data"]?.DeepClone().AsObject() ?? [];
        foreach (var (k, v) in inputs ?? [])
        {
            value[k] = v?.DeepClone();
        }

        return new JsonObject { ["type"] = "message", ["value"] = value };
    }

    private static bool HasInputs(JsonObject activity) =>
        Cards(activity).SelectMany(Walk).Any(n => ((string?)n["type"])?.StartsWith("Input.", StringComparison.Ordinal) == true);

    private static JsonObject? Button(JsonObject activityOrCard, string pattern) =>
        (activityOrCard["attachments"] is null ? [activityOrCard] : Cards(activityOrCard)).SelectMany(Walk)
            .FirstOrDefault(n => (string?)n["type"] == "Action.Submit" && Regex.IsMatch((string?)n["title"] ?? "", pattern, RegexOptions.IgnoreCase));

    private static Uri? SignInLink(JsonObject activity) => Cards(activity).SelectMany(Walk)
        .Where(n => (string?)n["type"] == "Action.OpenUrl").Select(n => new Uri((string)n["url"]!)).FirstOrDefault();

    private static IEnumerable<JsonObject> Cards(JsonObject activity) =>
        (activity["attachments"] as JsonArray ?? []).OfType<JsonObject>().Select(a => a["content"]).OfType<JsonObject>();

    private static IEnumerable<JsonObject> Walk(JsonObject node)
    {
        yield return node;
        foreach (var (_, child) in node)
        {
            var children = child switch
            {
                JsonObject o => [o],
                JsonArray a => a.OfType<JsonObject>(),
                _ => [],
            };
            foreach (var c in children.SelectMany(Walk))
            {
                yield return c;
            }
        }
    }

    private static async Task SignInAsync(Uri link)
    {
        using var browser = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() });
        var page = await browser.GetAsync(link);
        var html = await page.Content.ReadAsStringAsync();
        var fields = InputRegex().Matches(html)
            .Select(m => (Name: NameRegex().Match(m.Value).Groups[1].Value, Value: ValueRegex().Match(m.Value).Groups[1].Value))
            .Where(f => f.Name.Length > 0)
            .ToDictionary(f => f.Name, f => WebUtility.HtmlDecode(f.Value));
        fields["username"] = "carol";
        fields["password"] = "chatflow-demo";
        var action = WebUtility.HtmlDecode(ActionRegex().Match(html).Groups[1].Value);
        var done = await browser.PostAsync(new Uri(page.RequestMessage!.RequestUri!, action), new FormUrlEncodedContent(fields));
        if (!done.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"sign-in ended with HTTP {(int)done.StatusCode} at {done.RequestMessage!.RequestUri}: {await done.Content.ReadAsStringAsync()}");
        }
    }

    [GeneratedRegex("<input[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InputRegex();

    [GeneratedRegex("name\\s*=\\s*\"([^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex NameRegex();

    [GeneratedRegex("value\\s*=\\s*\"([^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex ValueRegex();

    [GeneratedRegex("<form[^>]*action\\s*=\\s*\"([^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex ActionRegex();
}
