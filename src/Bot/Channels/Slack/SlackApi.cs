using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace ChatFlow.Bot.Channels.Slack;

/// <summary>Slack's HTTP callbacks under <c>/slack</c>: Events API, interactivity and slash commands. Each request
/// is size-limited, then its v0 signature is checked over the raw bytes, then it is parsed and stored; the answer
/// goes back as soon as the inbox row is written.</summary>
/// <remarks>https://docs.slack.dev/apis/events-api/, https://docs.slack.dev/interactivity/handling-user-interaction</remarks>
internal static class SlackApi
{
    /// <summary>Route prefix.</summary>
    public const string Prefix = "/slack";

    public static RouteGroupBuilder MapSlackApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup(Prefix);
        group.MapPost("/events", PostEvent);
        group.MapPost("/interactivity", PostInteraction);
        group.MapPost("/commands", PostCommand);
        return group;
    }

    static async Task<Results<ContentHttpResult, StatusCodeHttpResult>> PostEvent(
        HttpRequest request, SlackSignatureVerifier verifier, SlackInbound inbound, IOptions<SlackInboundOptions> options,
        ILogger<SlackInbound> logger, CancellationToken cancellationToken)
    {
        var (body, refusal) = await ReadVerifiedAsync(request, verifier, options.Value.MaxRequestBytes, logger, cancellationToken);
        if (refusal is not null)
            return refusal;

        // Parsed straight from the bytes: the body is read once by the deserializer, not first into a JsonDocument.
        SlackPayload payload;
        try
        {
            payload = SlackInbound.ParseEvent(body);
        }
        catch (JsonException)
        {
            return Refuse(logger, StatusCodes.Status400BadRequest, "body is not a JSON object of the expected shape");
        }

        return Answer(await inbound.HandleEventAsync(payload, cancellationToken));
    }

    static async Task<Results<ContentHttpResult, StatusCodeHttpResult>> PostInteraction(
        HttpRequest request, SlackSignatureVerifier verifier, SlackInbound inbound, IOptions<SlackInboundOptions> options,
        ILogger<SlackInbound> logger, CancellationToken cancellationToken)
    {
        var (body, refusal) = await ReadVerifiedAsync(request, verifier, options.Value.MaxRequestBytes, logger, cancellationToken);
        if (refusal is not null)
            return refusal;

        if (!TryParseForm(body, out var form) || !form.TryGetValue("payload", out var payload) || payload.Count != 1)
            return Refuse(logger, StatusCodes.Status400BadRequest, "no payload form field");
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(payload.ToString());
        }
        catch (JsonException)
        {
            return Refuse(logger, StatusCodes.Status400BadRequest, "payload is not JSON");
        }

        using (document)
            return Answer(await inbound.HandleInteractionAsync(document.RootElement, cancellationToken));
    }

    static async Task<Results<ContentHttpResult, StatusCodeHttpResult>> PostCommand(
        HttpRequest request, SlackSignatureVerifier verifier, SlackInbound inbound, IOptions<SlackInboundOptions> options,
        ILogger<SlackInbound> logger, CancellationToken cancellationToken)
    {
        var (body, refusal) = await ReadVerifiedAsync(request, verifier, options.Value.MaxRequestBytes, logger, cancellationToken);
        if (refusal is not null)
            return refusal;
        if (!TryParseForm(body, out var form))
            return Refuse(logger, StatusCodes.Status400BadRequest, "body is not a form");
        return Answer(await inbound.HandleCommandAsync(SlashCommand.From(form), cancellationToken));
    }

    /// <summary>Reads the raw body (limited), then checks the signature; nothing is parsed before that.</summary>
    static async Task<(byte[] Body, StatusCodeHttpResult? Refusal)> ReadVerifiedAsync(
        HttpRequest request, SlackSignatureVerifier verifier, int maxBytes, ILogger logger, CancellationToken cancellationToken)
    {
        var (body, tooLarge) = await ReadBodyAsync(request, maxBytes, cancellationToken);
        if (tooLarge)
            return ([], Refuse(logger, StatusCodes.Status413PayloadTooLarge, "body too large"));
        if (!verifier.IsValid(request.Headers[SlackSignatureVerifier.TimestampHeader], request.Headers[SlackSignatureVerifier.SignatureHeader], body))
            return ([], Refuse(logger, StatusCodes.Status401Unauthorized, "missing or bad signature, or stale timestamp"));
        return (body, null);
    }

    /// <summary>The body bytes, or <c>TooLarge</c> past <paramref name="maxBytes"/> (nothing more is read).</summary>
    internal static async Task<(byte[] Body, bool TooLarge)> ReadBodyAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength is { } length)
        {
            if (length > maxBytes)
                return ([], true);
            var exact = new byte[length];
            var read = 0;
            while (read < exact.Length)
            {
                var n = await request.Body.ReadAsync(exact.AsMemory(read), cancellationToken);
                if (n == 0)
                    return (exact[..read], false);
                read += n;
            }

            return (exact, false);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int count;
        while ((count = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + count > maxBytes)
                return ([], true);
            buffer.Write(chunk, 0, count);
        }

        return (buffer.ToArray(), false);
    }

    /// <summary>Parses <c>application/x-www-form-urlencoded</c> bytes (<c>+</c> is a space).</summary>
    internal static bool TryParseForm(byte[] body, out Dictionary<string, Microsoft.Extensions.Primitives.StringValues> form)
    {
        form = [];
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(body);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }

        if (text.Length == 0 || text.TrimStart().StartsWith('{'))
            return false;
        form = QueryHelpers.ParseQuery(text);
        return form.Count > 0;
    }

    static Results<ContentHttpResult, StatusCodeHttpResult> Answer(SlackAck ack) =>
        ack.StatusCode != StatusCodes.Status200OK ? TypedResults.StatusCode(ack.StatusCode)
        : TypedResults.Text(ack.BodyJson ?? "", ack.BodyJson is null ? "text/plain" : "application/json", Encoding.UTF8, ack.StatusCode);

    static StatusCodeHttpResult Refuse(ILogger logger, int statusCode, string reason)
    {
        SlackLog.Refused(logger, statusCode, reason);
        return TypedResults.StatusCode(statusCode);
    }
}
