using ChatFlow.Skills.Forms.BlockKit;

namespace ChatFlow.Bot.Channels.Slack.WebApi;

// Request and response bodies of the Web API methods ChatFlow calls (snake_case on the wire).
// https://docs.slack.dev/reference/methods

/// <summary><c>chat.postMessage</c> body.</summary>
internal sealed record PostMessageRequest(string Channel, string Text, IReadOnlyList<Block>? Blocks, string? ThreadTs);

/// <summary><c>chat.update</c> body (an empty <see cref="Blocks"/> list removes the blocks).</summary>
internal sealed record UpdateMessageRequest(string Channel, string Ts, string Text, IReadOnlyList<Block>? Blocks);

/// <summary><c>chat.postEphemeral</c> body.</summary>
internal sealed record PostEphemeralRequest(string Channel, string User, string Text, IReadOnlyList<Block>? Blocks, string? ThreadTs);

/// <summary><c>views.open</c> body.</summary>
internal sealed record OpenViewRequest(string TriggerId, ModalView View);

/// <summary><c>users.info</c> body.</summary>
internal sealed record UsersInfoRequest(string User);

/// <summary><c>conversations.open</c> body.</summary>
internal sealed record ConversationsOpenRequest(string Users);

/// <summary>An empty body (<c>auth.test</c>, <c>apps.connections.open</c>).</summary>
internal sealed record EmptyRequest;

/// <summary>Fields every Web API response has.</summary>
internal record SlackResponse
{
    public bool Ok { get; set; }

    public string? Error { get; set; }

    public SlackResponseMetadata? ResponseMetadata { get; set; }
}

/// <summary><c>response_metadata</c>: warnings and error details.</summary>
internal sealed record SlackResponseMetadata
{
    public IReadOnlyList<string>? Messages { get; set; }
}

/// <summary><c>chat.postMessage</c>/<c>chat.update</c> answer.</summary>
internal sealed record MessageResponse : SlackResponse
{
    public string? Channel { get; set; }

    public string? Ts { get; set; }
}

/// <summary><c>chat.postEphemeral</c> answer.</summary>
internal sealed record EphemeralResponse : SlackResponse
{
    public string? MessageTs { get; set; }
}

/// <summary><c>views.open</c> answer.</summary>
internal sealed record ViewResponse : SlackResponse
{
    public ViewInfo? View { get; set; }
}

/// <summary>The opened view's id.</summary>
internal sealed record ViewInfo
{
    public string? Id { get; set; }
}

/// <summary><c>users.info</c> answer.</summary>
internal sealed record UsersInfoResponse : SlackResponse
{
    public SlackUserDto? User { get; set; }
}

/// <summary>The parts of a Slack user ChatFlow reads.</summary>
internal sealed record SlackUserDto
{
    public string? Id { get; set; }

    public string? TeamId { get; set; }

    public string? Name { get; set; }

    public string? RealName { get; set; }

    public bool Deleted { get; set; }

    public bool IsBot { get; set; }

    public string? Tz { get; set; }

    public SlackProfileDto? Profile { get; set; }
}

/// <summary>A user's profile (<c>email</c> needs the <c>users:read.email</c> scope).</summary>
internal sealed record SlackProfileDto
{
    public string? Email { get; set; }

    public string? DisplayName { get; set; }
}

/// <summary><c>conversations.open</c> answer.</summary>
internal sealed record ConversationsOpenResponse : SlackResponse
{
    public ChannelInfo? Channel { get; set; }
}

/// <summary>A channel's id.</summary>
internal sealed record ChannelInfo
{
    public string? Id { get; set; }
}

/// <summary><c>auth.test</c> answer.</summary>
internal sealed record AuthTestResponse : SlackResponse
{
    public string? Url { get; set; }

    public string? Team { get; set; }

    public string? TeamId { get; set; }

    public string? User { get; set; }

    public string? UserId { get; set; }

    public string? BotId { get; set; }
}

/// <summary><c>apps.connections.open</c> answer.</summary>
internal sealed record ConnectionsOpenResponse : SlackResponse
{
    public string? Url { get; set; }
}

/// <summary>A Slack user as ChatFlow needs it for directory mapping.</summary>
/// <param name="Id">Slack user id.</param>
/// <param name="Name">Handle.</param>
/// <param name="RealName">Display name.</param>
/// <param name="Email">E-mail (the directory subject's key), or <c>null</c> without the scope.</param>
/// <param name="IsBot">Whether it is a bot user.</param>
/// <param name="Deleted">Whether the account is deactivated.</param>
internal sealed record SlackUser(string Id, string? Name, string? RealName, string? Email, bool IsBot, bool Deleted);

/// <summary>Who the bot token belongs to.</summary>
/// <param name="UserId">The bot's user id (<c>U…</c>/<c>W…</c>).</param>
/// <param name="BotId">The bot id (<c>B…</c>), when the token is a bot token.</param>
/// <param name="TeamId">Workspace id.</param>
/// <param name="Team">Workspace name.</param>
internal sealed record SlackAuthInfo(string UserId, string? BotId, string? TeamId, string? Team);

/// <summary>A posted message.</summary>
/// <param name="Channel">Channel id.</param>
/// <param name="Ts">The message's <c>ts</c> (its id in the channel).</param>
internal sealed record SlackPostedMessage(string Channel, string Ts);
