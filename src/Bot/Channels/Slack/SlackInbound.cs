using System.Text.Json;
using ChatFlow.Bot.Turns;
using ChatFlow.Integrations.Storage;
using ChatFlow.Skills.Conversations;
using Microsoft.Extensions.Options;

namespace ChatFlow.Bot.Channels.Slack;

/// <summary>The one inbound pipeline behind both transports (HTTP endpoints and Socket Mode): route a verified
/// payload, store its turn in the inbox (deduplicated; claimed for this process in the same transaction when its
/// conversation has nothing unfinished), hand the claimed row to a worker, and say what to answer.</summary>
/// <remarks>Nothing here runs a skill: the answer goes back as soon as the row is stored (Slack's 3-second rule),
/// and the turn worker does the rest.</remarks>
internal sealed partial class SlackInbound(
    IInboxStore inbox,
    LocalTurnQueue local,
    SlackBotIdentity bot,
    SlackViewValidator views,
    SlackModalOpener modals,
    SkillCatalogAccessor catalog,
    IServiceScopeFactory scopes,
    IOptions<SlackInboundOptions> options,
    IOptions<TurnWorkerOptions> worker,
    TimeProvider time,
    ILogger<SlackInbound> logger)
{
    /// <summary>Parses an Events API body by its outer <c>type</c>; unknown types are kept.</summary>
    /// <exception cref="JsonException">A known type with fields of the wrong JSON type.</exception>
    public static SlackPayload ParseEvent(JsonElement root)
    {
        var type = root.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        return type switch
        {
            SlackEventTypes.EventCallback => root.Deserialize(SlackJsonContext.Default.EventCallback)!,
            SlackEventTypes.UrlVerification => root.Deserialize(SlackJsonContext.Default.UrlVerification)!,
            _ => new UnknownSlackPayload(type, root.Clone()),
        };
    }

    /// <summary>Parses an Events API body from its raw UTF-8 bytes in one pass: a forward-only reader finds the outer
    /// <c>type</c>, then a known type is deserialized straight from the bytes (no <see cref="JsonDocument"/> first);
    /// unknown types are kept, parsed.</summary>
    /// <exception cref="JsonException">Not a JSON object, malformed, or a known type with fields of the wrong JSON type.</exception>
    public static SlackPayload ParseEvent(ReadOnlySpan<byte> body)
    {
        var type = OuterType(body);
        switch (type)
        {
            case SlackEventTypes.EventCallback:
                return JsonSerializer.Deserialize(body, SlackJsonContext.Default.EventCallback)!;
            case SlackEventTypes.UrlVerification:
                return JsonSerializer.Deserialize(body, SlackJsonContext.Default.UrlVerification)!;
            default:
                using (var document = JsonDocument.Parse(body.ToArray()))
                    return new UnknownSlackPayload(type, document.RootElement.Clone());
        }
    }

    /// <summary>The first string-valued <c>type</c> member of the top-level object (Slack sends one).</summary>
    /// <exception cref="JsonException">Not an object, or malformed before the member.</exception>
    private static string? OuterType(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            throw new JsonException("The body is not a JSON object.");
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isType = reader.ValueTextEquals("type"u8);
            if (!reader.Read())
                break;
            if (isType && reader.TokenType == JsonTokenType.String)
                return reader.GetString();
            reader.Skip();
        }

        return null;
    }

    /// <summary>Handles one verified Events API body.</summary>
    public async Task<SlackAck> HandleEventAsync(JsonElement root, CancellationToken cancellationToken)
    {
        if (root.ValueKind != JsonValueKind.Object)
            return SlackAck.Bad;
        SlackPayload payload;
        try
        {
            payload = ParseEvent(root);
        }
        catch (JsonException)
        {
            return SlackAck.Bad;
        }

        return await HandleEventAsync(payload, cancellationToken);
    }

    /// <summary>Handles one parsed Events API payload (<see cref="ParseEvent(ReadOnlySpan{byte})"/>).</summary>
    public async Task<SlackAck> HandleEventAsync(SlackPayload payload, CancellationToken cancellationToken)
    {
        switch (payload)
        {
            case UrlVerification { Challenge: { } challenge }:
                return new SlackAck(StatusCodes.Status200OK,
                    JsonSerializer.Serialize(new ChallengeResponse(challenge), SlackJsonContext.Default.ChallengeResponse), "answered");
            case UrlVerification:
                return SlackAck.Bad;
            case EventCallback callback:
                var route = SlackTurnMapper.Route(callback, bot.UserId, options.Value.AnswerChannelMessagesWithoutMention, Now());
                return await StoreAsync("event", route, cancellationToken);
            default:
                SlackLog.Ignored(logger, "event", $"outer type {payload.Type ?? ((UnknownSlackPayload)payload).OuterType ?? "(none)"}");
                return SlackAck.Ignored;
        }
    }

    /// <summary>Handles one verified interactivity payload (the JSON of <c>payload=</c>).</summary>
    public async Task<SlackAck> HandleInteractionAsync(JsonElement root, CancellationToken cancellationToken)
    {
        if (root.ValueKind != JsonValueKind.Object)
            return SlackAck.Bad;
        SlackInteraction payload;
        try
        {
            payload = root.Deserialize(SlackJsonContext.Default.SlackInteraction)!;
        }
        catch (JsonException)
        {
            return SlackAck.Bad;
        }

        switch (payload.Type)
        {
            case SlackInteractionTypes.BlockActions when SlackTurnMapper.RouteOpenForm(payload) is { } open:
                return await modals.OpenAsync(open, cancellationToken);
            case SlackInteractionTypes.BlockActions:
                return await StoreAsync("block_actions", SlackTurnMapper.RouteBlockActions(payload, Now()), cancellationToken);
            case SlackInteractionTypes.ViewClosed:
                return await StoreAsync("view_closed", SlackTurnMapper.RouteViewClosed(payload, Now()), cancellationToken);
            case SlackInteractionTypes.ViewSubmission:
                var route = SlackTurnMapper.RouteViewSubmission(payload, Now());
                if (route.Turn is { } turn)
                {
                    var errors = await views.ValidateAsync(turn, cancellationToken);
                    if (errors.Count > 0)
                    {
                        SlackLog.ViewInvalid(logger, string.Join(",", errors.Keys));
                        return new SlackAck(StatusCodes.Status200OK, JsonSerializer.Serialize(
                            new ViewErrorsResponse("errors", errors), SlackJsonContext.Default.ViewErrorsResponse), "invalid");
                    }
                }

                return await StoreAsync("view_submission", route, cancellationToken);
            default:
                SlackLog.Ignored(logger, "interaction", $"type {payload.Type ?? "(none)"}");
                return SlackAck.Ignored;
        }
    }

    private async Task<SlackAck> StoreAsync(string kind, SlackRoute route, CancellationToken cancellationToken)
    {
        if (route.Turn is not { } turn)
        {
            SlackLog.Ignored(logger, kind, route.Ignored!);
            return SlackAck.Ignored;
        }

        var item = new InboxItem(SlackTurnMapper.Channel, route.EventId!,
            SlackTurnMapper.ConversationKey(turn.ConversationId, turn.User.Id),
            JsonSerializer.Serialize(turn, ConversationJsonContext.Default.Turn));
        var stored = await inbox.EnqueueAsync(item, worker.Value.Lease, cancellationToken);
        if (!stored.Stored)
        {
            SlackLog.Duplicate(logger, kind, route.EventId!);
            return SlackAck.Duplicate;
        }

        // Not claimed: the conversation's earlier turn is still running, and its commit claims this row.
        if (stored.Claimed is { } claimed)
            local.Post(claimed);
        SlackLog.Stored(logger, kind, route.EventId!);
        return SlackAck.Stored;
    }

    private long Now() => time.GetUtcNow().ToUnixTimeMilliseconds();
}
