using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using ChatFlow.Bot.Tests.EndToEnd;
using ChatFlow.Bot.Tests.Fixtures;

namespace ChatFlow.Bot.Tests.Admin;

/// <summary>Two host processes on one PostgreSQL database: a skill version registered, or a skill disabled, through
/// one host's admin API is what the other host's conversations use within 2 seconds.</summary>
public sealed class MultiHostProcessTests : IAsyncLifetime
{
    private const string SkillId = "erp.vendor.register";
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(2);

    private string database = null!;
    private ChatFlowProcess one = null!;
    private ChatFlowProcess two = null!;

    public async Task InitializeAsync()
    {
        database = await PostgresDatabase.CreateAsync();
        // One after the other: the first creates the schema and registers the shipped files.
        one = await ChatFlowProcess.StartAsync(database);
        two = await ChatFlowProcess.StartAsync(database);
    }

    public async Task DisposeAsync()
    {
        await one.DisposeAsync();
        await two.DisposeAsync();
        await PostgresDatabase.DropAsync(database);
    }

    [Fact]
    public async Task RegisterOnOneProcess_NewVersionUsedByTheOtherWithinTwoSeconds()
    {
        Assert.NotEqual(one.ProcessId, two.ProcessId);
        using var adminOne = await AdminAsync(one);
        using var adminTwo = await AdminAsync(two);
        var before = await VersionAsync(adminTwo);
        var manifest = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "manifests", "skills", SkillId + ".yaml"))
            .Replace("label: { en: Vendor name, ko: 업체명 }", "label: { en: Supplier legal name, ko: 공급업체 법인명 }", StringComparison.Ordinal);

        var put = await adminOne.PutAsync($"admin/skills/{SkillId}", new StringContent(manifest, Encoding.UTF8, "application/yaml"));
        put.EnsureSuccessStatusCode();
        var clock = Stopwatch.StartNew();
        var seen = before;
        while (seen == before && clock.Elapsed < Window)
        {
            seen = await VersionAsync(adminTwo);
            await Task.Delay(seen == before ? 20 : 0);
        }

        var elapsed = clock.Elapsed;
        using var chat = await DirectLineTestClient.StartAsync(two.BaseAddress, "carol", "en-US");
        await chat.SayAsync("register a vendor", VendorJourney.HasInputs);

        Assert.Equal(before + 1, seen);
        Assert.True(elapsed < Window, $"the second process saw the new version after {elapsed.TotalMilliseconds:0} ms");
        Assert.Contains(chat.Inputs(), i => (string?)i["label"] == "Supplier legal name");
    }

    [Fact]
    public async Task DisableOnOneProcess_TheOtherRefusesNewConversationsWithinTwoSeconds()
    {
        using var adminOne = await AdminAsync(one);
        using var adminTwo = await AdminAsync(two);

        (await adminOne.PostAsync($"admin/skills/{SkillId}/disable", null)).EnsureSuccessStatusCode();
        var clock = Stopwatch.StartNew();
        var enabled = true;
        while (enabled && clock.Elapsed < Window)
        {
            enabled = (bool)(await ListedAsync(adminTwo))["enabled"]!;
            await Task.Delay(enabled ? 20 : 0);
        }

        var elapsed = clock.Elapsed;
        using var chat = await DirectLineTestClient.StartAsync(two.BaseAddress, "carol", "en-US");
        await chat.SayAsync("register a vendor", got => VendorJourney.HasText(got, "turned off"));

        Assert.False(enabled);
        Assert.True(elapsed < Window, $"the second process saw the change after {elapsed.TotalMilliseconds:0} ms");
        Assert.Empty(chat.Inputs());
    }

    private static async Task<HttpClient> AdminAsync(ChatFlowProcess host)
    {
        var http = new HttpClient { BaseAddress = host.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await AdminTokens.TokenAsync(host.BaseAddress, "dave"));
        return http;
    }

    private static async Task<JsonObject> ListedAsync(HttpClient admin) =>
        (await admin.GetFromJsonAsync<JsonArray>("admin/skills"))!.Single(s => (string)s!["id"]! == SkillId)!.AsObject();

    private static async Task<int> VersionAsync(HttpClient admin) => (int)(await ListedAsync(admin))["version"]!;
}
