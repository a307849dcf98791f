using System.Net;
using System.Text.Json;
using ChatFlow.Bot.Tests.EndToEnd;
using ChatFlow.Bot.Turns;
using Microsoft.Extensions.DependencyInjection;

namespace ChatFlow.Bot.Tests.Slack.EndToEnd;

/// <summary>Skill administration through the <c>/chatflow skills …</c> slash command: admins (dave) list, disable and
/// enable skills; others are refused politely and change nothing.</summary>
public sealed partial class SlackConversationTests
{
    private const string AdminSkill = "erp.expense.submit";

    [Fact]
    public async Task SkillsCommand_AdminDave_DisablesListsAndEnablesTheSkill()
    {
        var dm = new Dm();
        await SignInThroughCommandAsync(dm, "dave");
        try
        {
            var disabled = await CommandAsync(dm, $"skills disable {AdminSkill}", $"Skill '{AdminSkill}' is off");
            Assert.False(IsEnabled(AdminSkill));
            var listed = await CommandAsync(dm, "skills list", AdminSkill);
            await CommandAsync(dm, $"skills enable {AdminSkill}", $"Skill '{AdminSkill}' is on");

            Assert.Contains("Conversations already under way can finish", Text(disabled), StringComparison.Ordinal);
            Assert.Contains($"{AdminSkill} v", Text(listed), StringComparison.Ordinal);
            Assert.Contains("off", Text(listed), StringComparison.Ordinal);
            Assert.True(IsEnabled(AdminSkill));
        }
        finally
        {
            await Host.Services.GetRequiredService<Bot.Admin.SkillRegistry>().SetEnabledAsync(AdminSkill, true, "test", CancellationToken.None);
        }
    }

    [Fact]
    public async Task SkillsCommand_AdminDaveInKorean_AnswersInKorean()
    {
        var dm = new Dm();
        await SignInThroughCommandAsync(dm, "dave");
        try
        {
            await CommandAsync(dm, $"기능 끄기 {AdminSkill}", $"'{AdminSkill}' 기능을 껐습니다");
            Assert.False(IsEnabled(AdminSkill));
            await CommandAsync(dm, $"기능 켜기 {AdminSkill}", $"'{AdminSkill}' 기능을 켰습니다");
            Assert.True(IsEnabled(AdminSkill));
        }
        finally
        {
            await Host.Services.GetRequiredService<Bot.Admin.SkillRegistry>().SetEnabledAsync(AdminSkill, true, "test", CancellationToken.None);
        }
    }

    [Fact]
    public async Task SkillsCommand_EmployeeAlice_IsRefusedPolitelyAndNothingChanges()
    {
        var dm = new Dm();
        await SignInThroughCommandAsync(dm, "alice");

        var refusal = await CommandAsync(dm, $"skills disable {AdminSkill}", "only admins");

        Assert.Contains("Sorry, only admins can list, enable or disable skills.", Text(refusal), StringComparison.Ordinal);
        Assert.True(IsEnabled(AdminSkill));
    }

    [Fact]
    public async Task SkillsCommand_PlainFromEmployeeAlice_IsRefusedPolitely()
    {
        var dm = new Dm();
        await SignInThroughCommandAsync(dm, "alice");

        var refusal = await CommandAsync(dm, "skills", "only admins");

        Assert.DoesNotContain($"{AdminSkill} v", Text(refusal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SkillsCommand_PlainFromAdminDave_ListsSkillsWithVersions()
    {
        var dm = new Dm();
        await SignInThroughCommandAsync(dm, "dave");

        var listed = await CommandAsync(dm, "skills", "Skills:");

        Assert.Contains($"{AdminSkill} v", Text(listed), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HelpCommand_ListsWhatTheBotDoesAndHowAdminsManageSkills()
    {
        var response = await PostCommandAsync(new Dm(), "help");

        var text = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("text").GetString()!;
        Assert.Contains("*Submit an expense*", text, StringComparison.Ordinal);
        Assert.Contains("/chatflow skills disable <id>", text, StringComparison.Ordinal);
    }

    /// <summary>An admin command before sign-in answers with the sign-in card; signing in as
    /// <paramref name="username"/> links the Slack user.</summary>
    private async Task SignInThroughCommandAsync(Dm dm, string username)
    {
        var ack = await PostCommandAsync(dm, "skills list");
        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        var signIn = await WaitForPostAsync(dm, p => SignInUrl(p) is not null);
        var page = await SignInBrowser.SignInAsync(new Uri(SignInUrl(signIn)!), username);
        Assert.True(page.IsSuccessStatusCode, $"sign-in ended with HTTP {(int)page.StatusCode}");
        await WaitForPostAsync(dm, p => Text(p).Contains("signed in", StringComparison.Ordinal));
    }

    /// <summary>Sends <c>/chatflow {text}</c> and waits for the post, made after it, containing <paramref name="expected"/>.</summary>
    private async Task<Outbound.FakeSlackCall> CommandAsync(Dm dm, string text, string expected)
    {
        var before = Posts(dm).Count;
        var ack = await PostCommandAsync(dm, text);
        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        return await WaitForPostAsync(dm, p => Posts(dm).IndexOf(p) >= before && Text(p).Contains(expected, StringComparison.Ordinal));
    }

    private Task<HttpResponseMessage> PostCommandAsync(Dm dm, string text) =>
        Host.PostSignedAsync("/slack/commands",
            $"token=legacy&team_id=T0E2E&channel_id={dm.Channel}&channel_name=directmessage&user_id={dm.User}&user_name=u" +
            $"&command=%2Fchatflow&text={Uri.EscapeDataString(text)}&trigger_id={Guid.NewGuid():N}.{Guid.NewGuid():N}" +
            "&api_app_id=A0E2E&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT0E2E%2F1%2Fx",
            "application/x-www-form-urlencoded");

    private bool IsEnabled(string skillId) =>
        Host.Services.GetRequiredService<SkillCatalogAccessor>().Snapshot.IsEnabled(skillId);
}
