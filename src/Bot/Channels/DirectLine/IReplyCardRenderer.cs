using System.Text.Json.Nodes;
using ChatFlow.Skills.Conversations;

namespace ChatFlow.Bot.Channels.DirectLine;

/// <summary>Renders the card part of a reply (form, confirmation, sign-in) as an Adaptive Card for Direct Line.</summary>
/// <remarks>The host registers one that calls <c>ChatFlow.Skills.Forms.AdaptiveCardRenderer.Render</c>:
/// <c>builder.Services.AddSingleton&lt;IReplyCardRenderer&gt;(new DelegateReplyCardRenderer(AdaptiveCardRenderer.Render))</c>.
/// Without one, replies are delivered as text only. Card schema: https://adaptivecards.io/explorer/</remarks>
public interface IReplyCardRenderer
{
    /// <summary>The Adaptive Card JSON of <paramref name="reply"/>, or <c>null</c> when it has no card.</summary>
    /// <param name="reply">The channel-neutral reply.</param>
    /// <returns>The card's root object (<c>"type":"AdaptiveCard"</c>), or <c>null</c>.</returns>
    JsonObject? Render(Reply reply);
}
