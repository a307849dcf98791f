using System.Text;
using System.Text.Json;
using ChatFlow.Integrations.Tokens;

namespace ChatFlow.Bot.Channels.Slack;

internal sealed partial class SlackInbound
{
    /// <summary>Handles <c>/chatflow …</c>: <c>help</c> (what the bot can do) and <c>logout</c> answer at once
    /// (ephemeral); anything else starts a conversation with that text, including the admin commands <c>skills</c>,
    /// <c>skills list</c>, <c>skills enable &lt;id&gt;</c> and <c>skills disable &lt;id&gt;</c>, which the turn worker
    /// answers after checking the user's admin role (see <c>SkillAdminCommands</c>): admins get the skills with versions
    /// and state, everyone else a polite refusal.</summary>
    public async Task<SlackAck> HandleCommandAsync(SlashCommand command, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(command.UserId) || string.IsNullOrEmpty(command.Command))
            return SlackAck.Bad;
        var text = (command.Text ?? "").Trim();
        var name = command.Command;
        switch (text.ToLowerInvariant())
        {
            case "" or "help":
                var help = new StringBuilder("I can help you with:\n");
                foreach (var skill in catalog.Current.Skills.OrderBy(s => s.Name.En, StringComparer.Ordinal))
                    help.Append("• *").Append(skill.Name.En).Append('*')
                        .Append(skill.Description is { } d ? " — " + d.En : "").Append('\n');
                return Ephemeral(help
                    .Append($"Ask in plain words, e.g. `{name} register vendor ABC Corp`, or DM me.\n")
                    .Append($"`{name} logout` forgets your sign-ins · `{name} help` shows this.\n")
                    .Append(AdminHint(name)).ToString());
            case "logout":
                var connections = catalog.Current.AllVersions.Select(s => s.Action.Connection).Distinct(StringComparer.Ordinal).ToList();
                await using (var scope = scopes.CreateAsyncScope())
                {
                    var tokens = scope.ServiceProvider.GetRequiredService<IUserTokenProvider>();
                    foreach (var connection in connections)
                        await tokens.InvalidateAsync(SlackTurnMapper.Channel, command.UserId, connection, cancellationToken);
                }

                SlackLog.LoggedOut(logger, command.UserId, connections.Count);
                return Ephemeral("You are signed out. I will ask you to sign in again next time.");
        }

        var stored = await StoreAsync("command", SlackTurnMapper.RouteCommand(command, text, Now()), cancellationToken);
        return stored.StatusCode != StatusCodes.Status200OK ? stored
            : stored == SlackAck.Ignored ? SlackAck.Bad
            : Ephemeral($"On it: _{text}_");
    }

    private static string AdminHint(string name) =>
        $"Admins: `{name} skills` lists skills with versions and which are on · `{name} skills disable <id>` · `{name} skills enable <id>`.";

    private static SlackAck Ephemeral(string text) => new(StatusCodes.Status200OK,
        JsonSerializer.Serialize(new EphemeralResponse("ephemeral", text), SlackJsonContext.Default.EphemeralResponse), "answered");
}
