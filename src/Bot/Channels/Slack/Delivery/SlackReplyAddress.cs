using ChatFlow.Skills.Conversations;

namespace ChatFlow.Bot.Channels.Slack.Delivery;

/// <summary>Where a Slack reply goes, decoded from an <see cref="OutboundReply"/>: <c>ConversationId</c> is
/// <c>{channel id}/{thread ts}</c> (an empty thread ts posts at top level); <c>ReplyToId</c> is the <c>ts</c> of the
/// message the turn came from, optionally <c>{ts}#{action}</c> when the turn answered a form (the outcome to show).</summary>
/// <param name="Channel">Slack channel id.</param>
/// <param name="ThreadTs">Thread to reply in, or <c>null</c>.</param>
/// <param name="ReplyToTs">The <c>ts</c> of the message the turn came from, or <c>null</c>.</param>
/// <param name="Action">The form action named by the marker, or <c>null</c>.</param>
internal sealed record SlackReplyAddress(string Channel, string? ThreadTs, string? ReplyToTs, string? Action)
{
    /// <summary>Decodes the address.</summary>
    /// <exception cref="FormatException">The conversation id has no channel.</exception>
    public static SlackReplyAddress Parse(OutboundReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var slash = reply.ConversationId.IndexOf('/', StringComparison.Ordinal);
        var channel = slash < 0 ? reply.ConversationId : reply.ConversationId[..slash];
        var thread = slash < 0 ? null : reply.ConversationId[(slash + 1)..];
        if (string.IsNullOrEmpty(channel))
            throw new FormatException("The Slack conversation id has no channel.");
        string? replyTo = reply.ReplyToId, action = null;
        if (replyTo?.IndexOf('#', StringComparison.Ordinal) is int hash and >= 0)
        {
            action = replyTo[(hash + 1)..];
            replyTo = replyTo[..hash];
        }

        return new SlackReplyAddress(channel, string.IsNullOrEmpty(thread) ? null : thread,
            string.IsNullOrEmpty(replyTo) ? null : replyTo, string.IsNullOrEmpty(action) ? null : action);
    }

    /// <summary>The <c>ReplyToId</c> marker for a turn that answered form message <paramref name="ts"/> with
    /// <paramref name="action"/> (one of <see cref="FormActions"/>).</summary>
    public static string FormReplyToId(string ts, string action) => $"{ts}#{action}";
}
