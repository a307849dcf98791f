using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ChatFlow.Bot.Tests.EndToEnd;
using ChatFlow.Bot.Tests.Fixtures;

namespace ChatFlow.Bot.Tests.Admin;

/// <summary>A skill's life through the real host: a new version registered while a conversation runs, disabling
/// and enabling it over the admin API and from chat. xUnit gives this class its own host (a class fixture is one
/// instance per class), because registering and disabling change that host's catalog.</summary>
public sealed class SkillLifecycleTests(SqliteHostFixture fixture) : IClassFixture<SqliteHostFixture>
{
    private const string SkillId = "erp.vendor.register";

    private Uri Host => fixture.Host.BaseAddress;

    [Fact]
    public async Task NewVersionRegistered_RunningConversationFinishesOnItsVersion_NewConversationGetsTheNewOne()
    {
        using var admin = await AdminAsync("dave");
        var before = await VersionAsync(admin);
        using var running = await DirectLineTestClient.StartAsync(Host, "carol", "en-US");
        await running.SayAsync("register a vendor", VendorJourney.HasInputs);
        var oldForm = running.Shown();
        var name = $"Pinned Co {Guid.NewGuid():N}"[..20];

        var put = await admin.PutAsync($"admin/skills/{SkillId}", Yaml(SupplierManifest()));
        var registered = (await put.Content.ReadFromJsonAsync<JsonObject>())!;
        await running.FillAsync(VendorJourney.Values(name, "123-45-67890", "1 Pinned St, Seoul", "ap@pinned.example"),
            got => VendorJourney.HasButton(got, "Confirm"));
        var confirmation = running.Shown();
        var result = await FinishAsync(running, "carol");
        using var fresh = await DirectLineTestClient.StartAsync(Host, "carol", "en-US");
        await fresh.SayAsync("register a vendor", VendorJourney.HasInputs);

        Assert.True(put.IsSuccessStatusCode, $"PUT → {(int)put.StatusCode}: {registered}");
        Assert.Equal(before + 1, (int)registered["version"]!);
        Assert.Contains("Vendor name", oldForm, StringComparison.Ordinal);
        Assert.Contains("Vendor name", confirmation, StringComparison.Ordinal);
        Assert.DoesNotContain("Supplier name", confirmation, StringComparison.Ordinal);
        Assert.True(VendorJourney.HasText(result, name), running.Shown());
        Assert.Single(await SandboxApi.ListVendorsAsync(Host, "carol"), v => (string?)v!["name"] == name);
        Assert.Contains("Supplier name", fresh.Shown(), StringComparison.Ordinal);
        Assert.DoesNotContain("Vendor name", fresh.Shown(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SkillDisabledOverApi_NewConversationRefusedPolitely_RunningOnesFinishOrCancel_EnabledAgainStarts()
    {
        using var admin = await AdminAsync("dave");
        using var finishing = await DirectLineTestClient.StartAsync(Host, "carol", "en-US");
        using var cancelling = await DirectLineTestClient.StartAsync(Host, "carol", "en-US");
        await finishing.SayAsync("register a vendor", VendorJourney.HasInputs);
        await cancelling.SayAsync("add a vendor", VendorJourney.HasInputs);
        var name = $"Late Co {Guid.NewGuid():N}"[..18];
        try
        {
            var disabled = await admin.PostAsync($"admin/skills/{SkillId}/disable", null);
            using var refused = await DirectLineTestClient.StartAsync(Host, "carol", "en-US");
            await refused.SayAsync("register a vendor", got => VendorJourney.HasText(got, "turned off"));
            await finishing.FillAsync(VendorJourney.Values(name, "222-33-44444", "2 Late St, Seoul", "ap@late.example"),
                got => VendorJourney.HasButton(got, "Confirm"));
            var result = await FinishAsync(finishing, "carol");
            await cancelling.SayAsync("never mind", got => VendorJourney.HasText(got, "cancel"));
            var listed = await ListedAsync(admin);
            var enabled = await admin.PostAsync($"admin/skills/{SkillId}/enable", null);
            using var again = await DirectLineTestClient.StartAsync(Host, "carol", "en-US");
            await again.SayAsync("register a vendor", VendorJourney.HasInputs);

            Assert.True(disabled.IsSuccessStatusCode, $"disable → {(int)disabled.StatusCode}");
            Assert.False((bool)listed["enabled"]!);
            Assert.Matches("(?i)turned off.*register a vendor.*try again later", refused.Shown());
            Assert.Empty(refused.Inputs());
            Assert.True(VendorJourney.HasText(result, name), finishing.Shown());
            Assert.Single(await SandboxApi.ListVendorsAsync(Host, "carol"), v => (string?)v!["name"] == name);
            Assert.Empty(cancelling.Inputs());
            Assert.True(enabled.IsSuccessStatusCode, $"enable → {(int)enabled.StatusCode}");
            Assert.True((bool)(await ListedAsync(admin))["enabled"]!);
            Assert.NotEmpty(again.Inputs());
        }
        finally
        {
            await admin.PostAsync($"admin/skills/{SkillId}/enable", null);
        }
    }

    [Fact]
    public async Task ChatAdminCommands_AdminDave_ListsDisablesAndEnables()
    {
        using var admin = await AdminAsync("dave");
        using var dave = await DirectLineTestClient.StartAsync(Host, "dave", "en-US");
        try
        {
            await dave.SayAsync("skills", VendorJourney.HasSignIn);
            await SignInAsync(dave, "dave");

            await dave.SayAsync("/chatflow skills", got => VendorJourney.HasText(got, SkillId));
            var listText = dave.Shown();
            await dave.SayAsync($"/chatflow skills disable {SkillId}", got => VendorJourney.HasText(got, "is off"));
            var disabledText = dave.Shown();
            var listedOff = await ListedAsync(admin);
            using var refused = await DirectLineTestClient.StartAsync(Host, "carol", "en-US");
            await refused.SayAsync("register a vendor", got => VendorJourney.HasText(got, "turned off"));
            await dave.SayAsync($"enable skill {SkillId}", got => VendorJourney.HasText(got, "is on"));
            var enabledText = dave.Shown();
            using var again = await DirectLineTestClient.StartAsync(Host, "carol", "en-US");
            await again.SayAsync("register a vendor", VendorJourney.HasInputs);

            Assert.StartsWith("Skills:", listText, StringComparison.Ordinal);
            Assert.Matches($@"• {Regex.Escape(SkillId)} v\d+ — on", listText);
            Assert.Equal($"Skill '{SkillId}' is off. Conversations already under way can finish.", disabledText);
            Assert.False((bool)listedOff["enabled"]!);
            Assert.Empty(refused.Inputs());
            Assert.Equal($"Skill '{SkillId}' is on.", enabledText);
            Assert.True((bool)(await ListedAsync(admin))["enabled"]!);
            Assert.NotEmpty(again.Inputs());
        }
        finally
        {
            await admin.PostAsync($"admin/skills/{SkillId}/enable", null);
        }
    }

    [Fact]
    public async Task ChatAdminCommands_EmployeeAlice_IsRefusedPolitelyAndNothingChanges()
    {
        using var admin = await AdminAsync("dave");
        using var alice = await DirectLineTestClient.StartAsync(Host, "alice", "en-US");
        await alice.SayAsync($"disable skill {SkillId}", VendorJourney.HasSignIn);
        await SignInAsync(alice, "alice");

        await alice.SayAsync($"disable skill {SkillId}", got => got.Any(a => a["text"] is not null));
        var refusal = alice.Shown();
        await alice.SayAsync("skills", got => got.Any(a => a["text"] is not null));
        var listRefusal = alice.Shown();
        using var chat = await DirectLineTestClient.StartAsync(Host, "carol", "en-US");
        await chat.SayAsync("register a vendor", VendorJourney.HasInputs);

        Assert.Equal("Sorry, only admins can list, enable or disable skills.", refusal);
        Assert.Equal(refusal, listRefusal);
        Assert.True((bool)(await ListedAsync(admin))["enabled"]!);
        Assert.NotEmpty(chat.Inputs());
    }

    [Fact]
    public async Task ChatAdminCommands_InKorean_AnswerInKorean()
    {
        using var admin = await AdminAsync("dave");
        using var dave = await DirectLineTestClient.StartAsync(Host, "dave", "ko-KR");
        using var alice = await DirectLineTestClient.StartAsync(Host, "alice", "ko-KR");
        try
        {
            await dave.SayAsync("/chatflow skills", VendorJourney.HasSignIn);
            var signInCard = dave.Shown();
            await SignInAsync(dave, "dave");
            var signedIn = dave.Shown();
            await dave.SayAsync("/chatflow skills", got => VendorJourney.HasText(got, SkillId));
            var listText = dave.Shown();
            await dave.SayAsync($"기능 끄기 {SkillId}", got => VendorJourney.HasText(got, "껐습니다"));
            var disabledText = dave.Shown();
            using var refused = await DirectLineTestClient.StartAsync(Host, "carol", "ko-KR");
            await refused.SayAsync("업체 등록해줘", got => VendorJourney.HasText(got, "꺼져"));
            await dave.SayAsync($"기능 켜기 {SkillId}", got => VendorJourney.HasText(got, "켰습니다"));
            var enabledText = dave.Shown();
            await alice.SayAsync($"disable skill {SkillId}", VendorJourney.HasSignIn);
            await SignInAsync(alice, "alice");
            await alice.SayAsync($"disable skill {SkillId}", got => got.Any(a => a["text"] is not null));

            Assert.Contains("먼저 Acme에 로그인해 주세요", signInCard, StringComparison.Ordinal);
            Assert.Equal("로그인되었습니다. 무엇을 도와드릴까요?", signedIn);
            Assert.StartsWith("기능 목록:", listText, StringComparison.Ordinal);
            Assert.Matches($@"• {Regex.Escape(SkillId)} v\d+ — 켜짐", listText);
            Assert.Equal($"'{SkillId}' 기능을 껐습니다. 진행 중인 대화는 끝까지 진행됩니다.", disabledText);
            Assert.Matches("그 기능\\(업체 등록\\)은 지금 꺼져 있어", refused.Shown());
            Assert.Empty(refused.Inputs());
            Assert.Equal($"'{SkillId}' 기능을 켰습니다.", enabledText);
            Assert.Equal("죄송합니다. 기능 목록 보기, 켜기, 끄기는 관리자만 할 수 있습니다.", alice.Shown());
            Assert.True((bool)(await ListedAsync(admin))["enabled"]!);
        }
        finally
        {
            await admin.PostAsync($"admin/skills/{SkillId}/enable", null);
        }
    }

    /// <summary>The shipped manifest with only the vendor-name slot's wording changed.</summary>
    private static string SupplierManifest()
    {
        var manifest = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "manifests", "skills", SkillId + ".yaml"));
        var changed = manifest
            .Replace("label: { en: Vendor name, ko: 업체명 }", "label: { en: Supplier name, ko: 공급업체명 }", StringComparison.Ordinal)
            .Replace("What is the vendor's name?", "What is the supplier's name?", StringComparison.Ordinal);
        Assert.NotEqual(manifest, changed);
        return changed;
    }

    private static StringContent Yaml(string manifest) => new(manifest, Encoding.UTF8, "application/yaml");

    private async Task<HttpClient> AdminAsync(string user)
    {
        var http = new HttpClient { BaseAddress = Host };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await AdminTokens.TokenAsync(Host, user));
        return http;
    }

    private static async Task<JsonObject> ListedAsync(HttpClient admin) =>
        (await admin.GetFromJsonAsync<JsonArray>("admin/skills"))!.Single(s => (string)s!["id"]! == SkillId)!.AsObject();

    private static async Task<int> VersionAsync(HttpClient admin) => (int)(await ListedAsync(admin))["version"]!;

    /// <summary>Confirms the shown confirmation, signs in and waits for the skill's outcome.</summary>
    private static async Task<IReadOnlyList<JsonObject>> FinishAsync(DirectLineTestClient chat, string username)
    {
        await chat.ClickAsync("Confirm", VendorJourney.HasSignIn);
        var link = chat.SignInLink() ?? throw new InvalidOperationException("no sign-in link: " + chat.Shown());
        var page = await SignInBrowser.SignInAsync(link, username);
        Assert.True(page.IsSuccessStatusCode, $"sign-in ended with HTTP {(int)page.StatusCode}");
        return await chat.WaitAsync(got => got.Any(a => Regex.IsMatch((string?)a["text"] ?? "", "(?i)V-\\d+|permission|권한")));
    }

    /// <summary>Follows the last sign-in card as <paramref name="username"/> and waits for the bot's signed-in reply.</summary>
    private static async Task SignInAsync(DirectLineTestClient chat, string username)
    {
        var link = chat.SignInLink() ?? throw new InvalidOperationException("no sign-in link: " + chat.Shown());
        var page = await SignInBrowser.SignInAsync(link, username);
        Assert.True(page.IsSuccessStatusCode, $"sign-in ended with HTTP {(int)page.StatusCode}");
        await chat.WaitAsync(got => got.Any(a => a["text"] is not null));
    }
}
