using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace ChatFlow.Bot.Channels.Slack;

/// <summary>Checks Slack's v0 request signature over the raw body, before anything parses it.</summary>
/// <remarks>Base string <c>v0:{X-Slack-Request-Timestamp}:{raw body}</c>, HMAC-SHA256 keyed with the signing secret,
/// lower-case hex, prefix <c>v0=</c>; compared in constant time; the timestamp (Unix seconds) must be within
/// <see cref="SlackOptions.RequestTimestampWindow"/> of now.
/// https://docs.slack.dev/authentication/verifying-requests-from-slack</remarks>
internal sealed class SlackSignatureVerifier
{
    /// <summary>Header holding the request's Unix-seconds timestamp.</summary>
    public const string TimestampHeader = "X-Slack-Request-Timestamp";

    /// <summary>Header holding <c>v0=</c> + hex HMAC.</summary>
    public const string SignatureHeader = "X-Slack-Signature";

    private readonly byte[] signingKey;
    private readonly TimeSpan window;
    private readonly TimeProvider time;

    public SlackSignatureVerifier(IOptions<SlackOptions> options, TimeProvider time)
        : this(options.Value.SigningSecret, options.Value.RequestTimestampWindow, time)
    {
    }

    /// <param name="signingSecret">The app's signing secret.</param>
    /// <param name="window">Largest accepted distance between the timestamp and now.</param>
    /// <param name="time">The clock.</param>
    public SlackSignatureVerifier(string signingSecret, TimeSpan window, TimeProvider time)
    {
        ArgumentException.ThrowIfNullOrEmpty(signingSecret);
        signingKey = Encoding.UTF8.GetBytes(signingSecret);
        this.window = window;
        this.time = time;
    }

    /// <summary>Whether <paramref name="signature"/> is the v0 signature of <paramref name="body"/> at a fresh
    /// <paramref name="timestamp"/>.</summary>
    public bool IsValid(string? timestamp, string? signature, ReadOnlySpan<byte> body)
    {
        if (string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signature) || signature.Length != 67
            || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var sent)
            || Math.Abs(time.GetUtcNow().ToUnixTimeSeconds() - sent) > (long)window.TotalSeconds)
            return false;

        // One-shot HMAC over one buffer holding the base string (cheaper than an IncrementalHash per request).
        var length = 4 + timestamp.Length + body.Length;
        var rented = ArrayPool<byte>.Shared.Rent(length);
        Span<byte> mac = stackalloc byte[32];
        try
        {
            var baseString = rented.AsSpan(0, length);
            "v0:"u8.CopyTo(baseString);
            var stamped = 3 + Encoding.ASCII.GetBytes(timestamp, baseString[3..]);
            baseString[stamped] = (byte)':';
            body.CopyTo(baseString[(stamped + 1)..]);
            HMACSHA256.HashData(signingKey, baseString, mac);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }

        Span<byte> expected = stackalloc byte[67];
        "v0="u8.CopyTo(expected);
        for (var i = 0; i < 32; i++)
        {
            expected[3 + (2 * i)] = HexDigit(mac[i] >> 4);
            expected[4 + (2 * i)] = HexDigit(mac[i] & 0xF);
        }

        Span<byte> actual = stackalloc byte[67];
        for (var i = 0; i < 67; i++)
            actual[i] = signature[i] < 128 ? (byte)signature[i] : (byte)0;
        return CryptographicOperations.FixedTimeEquals(expected, actual);
    }

    private static byte HexDigit(int value) => (byte)(value < 10 ? '0' + value : 'a' + value - 10);
}
