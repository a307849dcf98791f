using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using ChatFlow.Bot.Tests.Fixtures;

namespace ChatFlow.Bot.Tests.Admin;

public sealed class AdminApiTests(SqliteHostFixture fixture) : IClassFixture<SqliteHostFixture>
{
    private const string SkillId = "erp.vendor.register";

    private static string VendorManifest() =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "manifests", "skills", SkillId + ".yaml"));

    private static async Task<HttpClient> ClientAsync(ChatFlowHost host, string? user)
    {
        var http = new HttpClient { BaseAddress = host.BaseAddress };
        if (user is not null)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await AdminTokens.TokenAsync(host.BaseAddress, user));
        }

        return http;
    }

    [Fact]
    public async Task ListSkills_NoToken_Returns401Problem()
    {
        using var http = await ClientAsync(fixture.Host, null);

        var response = await http.GetAsync("admin/skills");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ListSkills_BadToken_Returns401()
    {
        using var http = new HttpClient { BaseAddress = fixture.Host.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "not-a-token");

        var response = await http.GetAsync("admin/skills");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ListSkills_EmployeeAlice_Returns403Problem()
    {
        using var http = await ClientAsync(fixture.Host, "alice");

        var response = await http.GetAsync("admin/skills");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task PutSkill_IdMismatch_Returns422WithLocatedError()
    {
        using var http = await ClientAsync(fixture.Host, "dave");

        var response = await http.PutAsync("admin/skills/other.skill", new StringContent(VendorManifest(), Encoding.UTF8, "application/yaml"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject();
        Assert.Equal($"id: '{SkillId}' does not match the id in the URL, 'other.skill'.", (string)errors["skills/other.skill.yaml:1:1"]![0]!);
    }

    [Fact]
    public async Task PutSkill_BadSlotType_Returns422KeyedByFileLineColumn()
    {
        using var http = await ClientAsync(fixture.Host, "dave");
        var manifest = VendorManifest().Replace("type: text", "type: texxt", StringComparison.Ordinal);

        var response = await http.PutAsync($"admin/skills/{SkillId}", new StringContent(manifest, Encoding.UTF8, "application/yaml"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject();
        var (key, messages) = errors.First();
        Assert.Matches(@"^skills/erp\.vendor\.register\.yaml:\d+:\d+$", key);
        Assert.Contains("texxt", (string)messages![0]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PutSkill_UnknownOperation_Returns422AtTheOperationsLineWithSuggestion()
    {
        using var http = await ClientAsync(fixture.Host, "dave");
        var manifest = VendorManifest();
        var line = manifest.Split('\n').ToList().FindIndex(l => l.TrimStart().StartsWith("operation:", StringComparison.Ordinal)) + 1;

        var response = await http.PutAsync($"admin/skills/{SkillId}",
            new StringContent(manifest.Replace("operation: createVendor", "operation: createVendr", StringComparison.Ordinal), Encoding.UTF8, "application/yaml"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject();
        var (key, messages) = Assert.Single(errors);
        Assert.StartsWith($"skills/erp.vendor.register.yaml:{line}:", key, StringComparison.Ordinal);
        Assert.Contains("createVendor", (string)messages![0]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminDave_RegisterDisableEnable_ReturnsNewVersionAndFlags()
    {
        using var http = await ClientAsync(fixture.Host, "dave");
        var before = (await http.GetFromJsonAsync<JsonObject>($"admin/skills/{SkillId}"))!["versions"]!.AsArray().Count;

        var put = await http.PutAsync($"admin/skills/{SkillId}", new StringContent(VendorManifest(), Encoding.UTF8, "application/yaml"));
        var registered = (await put.Content.ReadFromJsonAsync<JsonObject>())!;
        var disabled = await (await http.PostAsync($"admin/skills/{SkillId}/disable", null)).Content.ReadFromJsonAsync<JsonObject>();
        var listed = (await http.GetFromJsonAsync<JsonArray>("admin/skills"))!.Single(s => (string)s!["id"]! == SkillId)!;
        var enabled = await (await http.PostAsync($"admin/skills/{SkillId}/enable", null)).Content.ReadFromJsonAsync<JsonObject>();
        var details = (await http.GetFromJsonAsync<JsonObject>($"admin/skills/{SkillId}"))!;
        var unknown = await http.PostAsync("admin/skills/no.such.skill/disable", null);

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(SkillId, (string)registered["id"]!);
        Assert.True((int)registered["version"]! > before);
        Assert.False((bool)disabled!["enabled"]!);
        Assert.False((bool)listed["enabled"]!);
        Assert.True((bool)enabled!["enabled"]!);
        Assert.True((bool)details["enabled"]!);
        Assert.Equal(before + 1, details["versions"]!.AsArray().Count);
        Assert.Equal("dave", (string)details["versions"]!.AsArray()[^1]!["registeredBy"]!);
        Assert.Equal(VendorManifest(), (string)details["manifest"]!);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task TwoHostsOnPostgres_RegisterOnOne_LiveOnTheOtherWithinTwoSeconds()
    {
        if (Environment.GetEnvironmentVariable(PostgresDatabase.Variable) is null)
        {
            return;
        }

        var database = await PostgresDatabase.CreateAsync();
        try
        {
            var first = new ChatFlowHost(database);
            var second = new ChatFlowHost(database);
            try
            {
            using var one = await ClientAsync(first, "dave");
            using var two = await ClientAsync(second, "dave");
            var version = (int)(await two.GetFromJsonAsync<JsonArray>("admin/skills"))!.Single(s => (string)s!["id"]! == SkillId)!["version"]!;

            var put = await one.PutAsync($"admin/skills/{SkillId}", new StringContent(VendorManifest(), Encoding.UTF8, "application/yaml"));
            put.EnsureSuccessStatusCode();
            var clock = Stopwatch.StartNew();
            var seen = 0;
            while (clock.Elapsed < TimeSpan.FromSeconds(2))
            {
                seen = (int)(await two.GetFromJsonAsync<JsonArray>("admin/skills"))!.Single(s => (string)s!["id"]! == SkillId)!["version"]!;
                if (seen > version)
                {
                    break;
                }

                await Task.Delay(50);
            }

            Assert.Equal(version + 1, seen);
            }
            finally
            {
                await first.DisposeAsync();
                await second.DisposeAsync();
            }
        }
        finally
        {
            await PostgresDatabase.DropAsync(database);
        }
    }
}
