using System.Text.Json;
using System.Text.Json.Nodes;
using ChatFlow.Bot.Channels.DirectLine;
using ChatFlow.Skills.Conversations;
using ChatFlow.Skills.Forms;

namespace ChatFlow.Bot.Tests.DirectLine;

public sealed class DirectLineReplyRendererTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    [Fact]
    public void Render_TextWithSuggestedActions_WritesMarkdownMessageAndImBackButtons()
    {
        // Arrange
        var reply = new Reply
        {
            Text = "**Which one?**",
            Locale = "ko",
            SuggestedActions = [new FormChoice("vendor", "Vendor"), new FormChoice("invoice", "Invoice")],
        };
        var renderer = new DirectLineReplyRenderer(new NoCardRenderer());

        // Act
        var activity = renderer.Render(new OutboundReply(reply, "conv1", "web-alice", "conv1|c01"), 42, Now);

        // Assert
        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal("conv1|b0000042", activity.Id);
        Assert.Equal("markdown", activity.TextFormat);
        Assert.Equal("**Which one?**", activity.Text);
        Assert.Equal("ko", activity.Locale);
        Assert.Equal("conv1|c01", activity.ReplyToId);
        Assert.Equal(("chatflow", "ChatFlow"), (activity.From!.Id, activity.From.Name));
        Assert.Equal("web-alice", activity.Recipient!.Id);
        Assert.Equal("conv1", activity.Conversation!.Id);
        Assert.Equal("directline", activity.ChannelId);
        Assert.Equal("2026-01-02T03:04:05.000Z", activity.Timestamp);
        Assert.Collection(activity.SuggestedActions!.Actions,
            a => Assert.Equal(("imBack", "Vendor", "vendor"), (a.Type, a.Title, a.Value!.GetValue<string>())),
            a => Assert.Equal(("imBack", "Invoice", "invoice"), (a.Type, a.Title, a.Value!.GetValue<string>())));
        Assert.Null(activity.Attachments);
    }

    [Fact]
    public void Render_Form_AttachesAdaptiveCardFromCardRenderer()
    {
        // Arrange
        var reply = new Reply
        {
            Text = "Tell me about the vendor.",
            Form = new FormSpec
            {
                Title = "Register a vendor",
                Fields = [new FormField { Id = "vendorName", Label = "Vendor name" }],
                SubmitTitle = "Submit",
                CancelTitle = "Cancel",
            },
        };
        var card = new JsonObject { ["type"] = "AdaptiveCard", ["version"] = "1.5" };
        var renderer = new DirectLineReplyRenderer(new DelegateReplyCardRenderer(r => r.Form is null ? null : card));

        // Act
        var activity = renderer.Render(new OutboundReply(reply, "conv1", "web-alice", null), 1, Now);
        var json = JsonNode.Parse(JsonSerializer.Serialize(activity, DirectLineJsonContext.Default.Activity))!;

        // Assert
        var attachment = Assert.Single(json["attachments"]!.AsArray())!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment["contentType"]!.GetValue<string>());
        Assert.Equal("AdaptiveCard", attachment["content"]!["type"]!.GetValue<string>());
        Assert.Equal("Tell me about the vendor.", json["text"]!.GetValue<string>());
        Assert.Null(json["replyToId"]);
        Assert.Null(json["suggestedActions"]);
    }

    [Fact]
    public void Render_SignInWithoutCardRenderer_PutsLinkInText()
    {
        // Arrange
        var reply = new Reply { SignIn = new SignInSpec("Sign in to Acme first.", "Sign in", new Uri("http://localhost:5000/auth/signin/abc")) };
        var renderer = new DirectLineReplyRenderer(new NoCardRenderer());

        // Act
        var activity = renderer.Render(new OutboundReply(reply, "conv1", "web-alice", null), 7, Now);

        // Assert
        Assert.Null(activity.Attachments);
        Assert.Contains("http://localhost:5000/auth/signin/abc", activity.Text, StringComparison.Ordinal);
        Assert.Equal("markdown", activity.TextFormat);
    }
}
