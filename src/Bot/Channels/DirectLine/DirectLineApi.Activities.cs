using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChatFlow.Integrations.Storage;
using ChatFlow.Skills.Conversations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace ChatFlow.Bot.Channels.DirectLine;

internal static partial class DirectLineApi
{
    /// <summary><c>POST conversations/{id}/activities</c>: verify, stamp, store transcript + inbox row, return the id.</summary>
    static async Task<Results<JsonHttpResult<ResourceResponse>, JsonHttpResult<ErrorResponse>>> PostActivity(
        string conversationId, HttpRequest request, DirectLineAuthenticator auth, IDirectLineStore store,
        DirectLineStreamHub hub, [FromServices] ChatFlow.Bot.Turns.InboxSignal inboxSignal, TimeProvider time, ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var (conversation, refusal) = await auth.AuthorizeAsync(request, conversationId, cancellationToken);
        if (refusal is not null)
            return refusal;

        var (body, tooLarge) = await RequestBody.ReadAsync(request, MaxActivityBytes, cancellationToken);
        if (tooLarge)
            return auth.Refuse(StatusCodes.Status413PayloadTooLarge, DirectLineErrorCodes.MessageSizeTooBig,
                $"An activity may be at most {MaxActivityBytes / 1024} KB.");

        var (activity, bad) = ParseActivity(body);
        if (bad is not null)
            return auth.Refuse(StatusCodes.Status400BadRequest, bad.Value.Code, bad.Value.Message);

        var userId = conversation!.UserId;
        activity!.From ??= new ChannelAccount();
        if (activity.From.Id is null)
            activity.From.Id = userId;
        else if (!string.Equals(activity.From.Id, userId, StringComparison.Ordinal))
            return auth.Refuse(StatusCodes.Status403Forbidden, DirectLineErrorCodes.Forbidden, "from.id must be the token's user id.");

        var now = time.GetUtcNow();
        activity.Id = UserActivityId(conversationId, userId, ClientActivityId(activity));
        activity.Timestamp = now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
        activity.ChannelId = DirectLineTurnMapper.Channel;
        activity.Conversation = new ChannelAccount { Id = conversationId };
        activity.Recipient = new ChannelAccount { Id = DirectLineReplyRenderer.BotId, Name = DirectLineReplyRenderer.BotName, Role = "bot" };
        activity.From.Role ??= "user";
        var activityJson = JsonSerializer.Serialize(activity, DirectLineJsonContext.Default.Activity);
        var logger = loggers.CreateLogger(typeof(DirectLineApi).FullName!);

        switch (activity.Type)
        {
            case ActivityTypes.Message:
                var turn = DirectLineTurnMapper.ToTurn(activity, conversationId, userId, now.ToUnixTimeMilliseconds());
                var inbox = new InboxItem(DirectLineTurnMapper.Channel, activity.Id,
                    DirectLineTurnMapper.ConversationKey(conversationId, userId),
                    JsonSerializer.Serialize(turn, ConversationJsonContext.Default.Turn));
                var (stored, created) = await store.AppendUserActivityAsync(conversationId, activity.Id, activityJson, inbox, cancellationToken);
                if (created)
                {
                    DirectLineLog.ActivityStored(logger, stored.ActivityId, activity.Type, conversationId);
                    inboxSignal.Pulse();
                    hub.NotifyStored(conversationId);
                }
                else
                {
                    DirectLineLog.ActivityDuplicate(logger, stored.ActivityId, conversationId);
                }

                return TypedResults.Json(new ResourceResponse(stored.ActivityId), DirectLineJsonContext.Default.ResourceResponse);

            case ActivityTypes.Typing:
                // Direct Line carries typing over the WebSocket only; it is never stored.
                hub.PublishEphemeral(conversationId, activityJson);
                return TypedResults.Json(new ResourceResponse(activity.Id), DirectLineJsonContext.Default.ResourceResponse);

            default:
                // IDirectLineStore can only store a user activity together with an inbox row, and only messages are
                // turns; other types are acknowledged so that clients do not retry them.
                DirectLineLog.ActivityNotStored(logger, activity.Type!, conversationId);
                return TypedResults.Json(new ResourceResponse(activity.Id), DirectLineJsonContext.Default.ResourceResponse);
        }
    }

    /// <summary>Parses a raw activity body: an object with a non-empty string <c>type</c>.</summary>
    internal static (Activity? Activity, (string Code, string Message)? Error) ParseActivity(ReadOnlySpan<byte> body)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(body.ToArray());
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return (null, (DirectLineErrorCodes.BadSyntax, "The body is not valid JSON."));
        }

        if (root.ValueKind != JsonValueKind.Object)
            return (null, (DirectLineErrorCodes.BadArgument, "The body must be an activity object."));
        if (!root.TryGetProperty("type", out var type))
            return (null, (DirectLineErrorCodes.MissingProperty, "The activity has no 'type'."));
        if (type.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(type.GetString()))
            return (null, (DirectLineErrorCodes.BadArgument, "The activity's 'type' must be a non-empty string."));

        try
        {
            var activity = root.Deserialize(DirectLineJsonContext.Default.Activity)!;
            return (activity, null);
        }
        catch (JsonException)
        {
            return (null, (DirectLineErrorCodes.BadArgument, "The activity has a field of the wrong JSON type."));
        }
        catch (InvalidOperationException)
        {
            return (null, (DirectLineErrorCodes.BadArgument, "The activity has a field of the wrong JSON type."));
        }
    }

    /// <summary>The client's retry key, <c>channelData.clientActivityID</c> (Web Chat sets it), or <c>null</c>.</summary>
    internal static string? ClientActivityId(Activity activity) =>
        activity.ChannelData is JsonObject data && data["clientActivityID"] is JsonValue value
        && value.TryGetValue<string>(out var id) && !string.IsNullOrEmpty(id) ? id : null;

    /// <summary>The id of a user activity: derived from the client's retry key, so a retry gets the same id (and
    /// the store writes nothing), or random when the client sent none.</summary>
    internal static string UserActivityId(string conversationId, string userId, string? clientActivityId)
    {
        if (clientActivityId is null)
            return $"{conversationId}|u{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(10))}";
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes($"{userId}\n{clientActivityId}"));
        return $"{conversationId}|c{Convert.ToHexStringLower(digest.AsSpan(0, 10))}";
    }
}
