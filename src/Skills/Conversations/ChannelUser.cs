namespace ChatFlow.Skills.Conversations;

/// <summary>A person as a channel knows them: the channel's own user id and display name.</summary>
/// <param name="Id">The channel's user id (Direct Line <c>from.id</c>, Slack <c>U…</c>, Teams <c>29:…</c>).</param>
/// <param name="Name">Display name, if the channel sent one; never used for authorisation.</param>
public sealed record ChannelUser(string Id, string? Name);
