using System.Text.Json.Nodes;
using ChatFlow.Skills.Conversations;

namespace ChatFlow.Bot.Channels.DirectLine;

/// <summary>An <see cref="IReplyCardRenderer"/> backed by a function, e.g. <c>AdaptiveCardRenderer.Render</c>.</summary>
/// <param name="render">Returns the card of a reply, or <c>null</c> when it has none.</param>
public sealed class DelegateReplyCardRenderer(Func<Reply, JsonObject?> render) : IReplyCardRenderer
{
    /// <inheritdoc />
    public JsonObject? Render(Reply reply) => render(reply);
}
