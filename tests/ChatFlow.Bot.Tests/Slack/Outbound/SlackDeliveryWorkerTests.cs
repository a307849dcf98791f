using System.Text.Json;
using ChatFlow.Bot.Channels.Slack.Delivery;
using ChatFlow.Bot.Delivery;
using ChatFlow.Integrations.Storage;
using ChatFlow.Skills.Conversations;
using ChatFlow.Skills.Forms;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ChatFlow.Bot.Tests.Slack.Outbound;

/// <summary>The delivery worker end to end: real SQLite outbox, real HTTP to <see cref="FakeSlackApi"/>, fake time.</summary>
public sealed class SlackDeliveryWorkerTests : IAsyncLifetime
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly string directory = Path.Combine(Path.GetTempPath(), "chatflow-slack-" + Guid.NewGuid().ToString("N"));
    private readonly CancellationTokenSource timeout = new(TimeSpan.FromMinutes(1));
    private FakeSlackApi api = null!;
    private ServiceProvider services = null!;
    private SlackDeliveryWorker worker = null!;

    private CancellationToken Ct => timeout.Token;

    public async Task InitializeAsync()
    {
        api = await FakeSlackApi.StartAsync();
        var collection = SlackTestServices.Create(api, time);
        collection.AddChatFlowStorage(new StorageOptions { DataDirectory = directory });
        collection.AddSingleton<OutboxSignal>();
        collection.AddSingleton<SlackFormMessages>();
        collection.AddSingleton<SlackDeliveryWorker>();
        services = collection.BuildServiceProvider();
        await services.GetRequiredService<IStoreMigrator>().MigrateAsync(Ct);
        worker = services.GetRequiredService<SlackDeliveryWorker>();
    }

    public async Task DisposeAsync()
    {
        await services.DisposeAsync();
        await api.DisposeAsync();
        timeout.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(directory, recursive: true); } catch (IOException) { }
    }

    private async Task<long> QueueAsync(Reply reply, string conversationId = "C123/1700000000.000100", string? replyToId = "1700000000.000100")
    {
        var payload = JsonSerializer.Serialize(new OutboundReply(reply, conversationId, "U1", replyToId), ConversationJsonContext.Default.OutboundReply);
        var database = services.GetRequiredService<StoreDatabase>();
        await using var session = await database.OpenWriteSessionAsync(Ct);
        await using (var transaction = await database.BeginWriteAsync(session.Connection, Ct))
        {
            await OutboxStore.InsertAsync(session, transaction, [(new OutboxMessage("slack", conversationId, payload), null)],
                time.GetUtcNow().ToUnixTimeMilliseconds(), Ct);
            await transaction.CommitAsync(Ct);
        }

        return await session.Connection.ExecuteScalarAsync<long>("SELECT MAX(id) FROM outbox");
    }

    private async Task<(string Status, long Attempts, string? Error)> RowAsync(long id)
    {
        await using var connection = await services.GetRequiredService<StoreDatabase>().OpenAsync(Ct);
        var row = await connection.QuerySingleAsync<(string, long, string?)>(
            "SELECT status, attempts, last_error FROM outbox WHERE id = @id", new { id });
        return row;
    }

    [Fact]
    public async Task DeliverDue_TextReply_PostsInThreadAndMarksDelivered()
    {
        var id = await QueueAsync(Reply.Say("Vendor **ABC** registered"));

        var delivered = await worker.DeliverDueAsync(Ct);

        Assert.Equal(1, delivered);
        var call = Assert.Single(api.CallsTo("chat.postMessage"));
        Assert.Equal("C123", (string?)call.Body["channel"]);
        Assert.Equal("1700000000.000100", (string?)call.Body["thread_ts"]);
        Assert.Equal("Vendor *ABC* registered", (string?)call.Body["blocks"]![0]!["text"]!["text"]);
        Assert.Equal("delivered", (await RowAsync(id)).Status);
    }

    [Fact]
    public async Task DeliverDue_Http429ThenSuccess_RetriesAfterRetryAfter()
    {
        api.Enqueue("chat.postMessage", FakeSlackResponse.RateLimited(3));
        var id = await QueueAsync(Reply.Say("hi"));

        Assert.Equal(0, await worker.DeliverDueAsync(Ct));
        Assert.Equal(("pending", 1L), ((await RowAsync(id)).Status, (await RowAsync(id)).Attempts));
        time.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(0, await worker.DeliverDueAsync(Ct));
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await worker.DeliverDueAsync(Ct));

        Assert.Equal(2, api.CallsTo("chat.postMessage").Count);
        Assert.Equal("delivered", (await RowAsync(id)).Status);
    }

    [Fact]
    public async Task DeliverDue_ChannelNotFound_DeadLettersAtOnce()
    {
        api.Enqueue("chat.postMessage", FakeSlackResponse.Error("channel_not_found"));
        var id = await QueueAsync(Reply.Say("hi"));

        await worker.DeliverDueAsync(Ct);

        var row = await RowAsync(id);
        Assert.Equal("dead", row.Status);
        Assert.Contains("channel_not_found", row.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(SlackTestServices.BotToken, row.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeliverDue_TransientErrorEveryTime_DeadLettersAfterMaxAttempts()
    {
        var max = services.GetRequiredService<IOptions<Bot.Channels.Slack.SlackOptions>>().Value.DeliveryMaxAttempts;
        api.Enqueue("chat.postMessage", Enumerable.Range(0, max).Select(_ => FakeSlackResponse.Error("internal_error")).ToArray());
        var id = await QueueAsync(Reply.Say("hi"));

        for (var i = 0; i < max; i++)
        {
            await worker.DeliverDueAsync(Ct);
            time.Advance(TimeSpan.FromMinutes(10));
        }

        Assert.Equal(("dead", (long)max), ((await RowAsync(id)).Status, (await RowAsync(id)).Attempts));
    }

    [Fact]
    public async Task DeliverDue_ReplyToPostedForm_ReplacesFormWithOutcomeThenPosts()
    {
        var form = new Reply
        {
            Form = new FormSpec
            {
                Title = "Register a vendor", Fields = [new FormField { Id = "vendorName", Label = "Name", Required = true }],
                SubmitTitle = "Submit", CancelTitle = "Cancel", StateToken = "tok",
            },
        };
        await QueueAsync(form);
        await worker.DeliverDueAsync(Ct);
        var postedTs = SlackFormTs();

        time.Advance(TimeSpan.FromSeconds(1));
        await QueueAsync(Reply.Say("Done"), replyToId: postedTs);
        await worker.DeliverDueAsync(Ct);

        var update = Assert.Single(api.CallsTo("chat.update"));
        Assert.Equal(postedTs, (string?)update.Body["ts"]);
        Assert.DoesNotContain(update.Body["blocks"]!.AsArray(), b => (string?)b!["type"] == "actions");
        Assert.Contains("Register a vendor", (string?)update.Body["text"], StringComparison.Ordinal);
        Assert.Equal(2, api.CallsTo("chat.postMessage").Count);
    }

    [Fact]
    public async Task Run_Pulsed_DeliversWithoutWaitingForThePoll()
    {
        using var stop = new CancellationTokenSource();
        var run = worker.StartAsync(stop.Token);
        await QueueAsync(Reply.Say("pulse"));

        services.GetRequiredService<OutboxSignal>().Pulse();
        var calls = await api.PostMessageArrived.WaitAsync(Ct);

        Assert.Equal("pulse", (string?)calls[0].Body["text"]);
        await worker.StopAsync(CancellationToken.None);
        await run;
    }

    /// <summary>The ts the fake gave the first posted message (the form).</summary>
    private string SlackFormTs()
    {
        // The fake numbers messages from 1_700_000_000_000_101 upwards.
        return "1700000000.000101";
    }
}
