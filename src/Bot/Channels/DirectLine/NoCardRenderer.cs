using System.Text.Json.Nodes;
using ChatFlow.Skills.Conversations;

namespace ChatFlow.Bot.Channels.DirectLine;

/// <summary>Default until the host registers a real renderer: no cards, text only.</summary>
internal sealed class NoCardRenderer : IReplyCardRenderer
{
    public JsonObject? Render(Reply reply) => null;
}
