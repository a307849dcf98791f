using ChatFlow.Bot.Tests.Fixtures;

namespace ChatFlow.Bot.Tests.EndToEnd;

/// <summary>A restart of the host between any two turns loses nothing: conversation state, the Direct Line token,
/// the pending sign-in and the user's tokens all live in the store and the persisted key ring.</summary>
public sealed class RestartTests
{
    [Fact]
    public async Task Restart_BetweenEveryTurn_ConversationCompletes()
    {
        var data = Directory.CreateTempSubdirectory("chatflow-restart-").FullName;
        var name = $"Restart Co {Guid.NewGuid():N}"[..21];
        string conversationId, userId, token;
        var host = new ChatFlowHost(dataDirectory: data);
        var port = host.BaseAddress.Port;
        try
        {
            using (var chat = await DirectLineTestClient.StartAsync(host.BaseAddress, "carol", "en-US"))
            {
                await chat.SayAsync("register a vendor", VendorJourney.HasInputs);
                (conversationId, userId, token) = (chat.ConversationId, chat.UserId, chat.Token);
                var card = chat.Last;

                host = await RestartAsync(host, data, port);
                using var resumed = DirectLineTestClient.Resume(host.BaseAddress, conversationId, userId, token, card);
                await resumed.FillAsync(VendorJourney.Values(name, "123-45-67890", "1 Restart Rd", "ap@restart.example"),
                    got => VendorJourney.HasButton(got, "Confirm"));
                card = resumed.Last;

                host = await RestartAsync(host, data, port);
                using var again = DirectLineTestClient.Resume(host.BaseAddress, conversationId, userId, token, card);
                await again.ClickAsync("Confirm", VendorJourney.HasSignIn);
                var link = again.SignInLink()!;

                host = await RestartAsync(host, data, port);
                using var last = DirectLineTestClient.Resume(host.BaseAddress, conversationId, userId, token, again.Last);
                await SignInBrowser.SignInAsync(link, "carol");
                var result = await last.WaitAsync(got => VendorJourney.HasText(got, name));

                Assert.Matches("V-\\d+", last.Shown());
            }
        }
        finally
        {
            await host.DisposeAsync();
        }
    }

    private static async Task<ChatFlowHost> RestartAsync(ChatFlowHost host, string data, int port)
    {
        await host.StopWithoutDeletingAsync();
        return new ChatFlowHost(dataDirectory: data, port: port);
    }
}
