using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;

namespace ChatFlow.Bot.Turns;

/// <summary>Signs the state token a form or confirmation card carries, and checks it when the card is submitted:
/// a submission is accepted only from the same user in the same conversation, before the token expires.</summary>
/// <remarks>Tokens are ASP.NET Core Data Protection payloads (authenticated encryption), time-limited by the
/// injected <see cref="TimeProvider"/>; they survive restarts because the key ring is persisted.</remarks>
internal sealed class FormStateTokens(IDataProtectionProvider provider, TimeProvider time)
{
    /// <summary>How long a card stays usable.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    private readonly ITimeLimitedDataProtector protector =
        provider.CreateProtector("ChatFlow.Forms.StateToken.v1").ToTimeLimitedDataProtector();

    /// <summary>Creates a token for (channel, conversation, user, run).</summary>
    public string Create(string channel, string conversationId, string userId, string runId)
    {
        var payload = Encoding.UTF8.GetBytes(Bind(channel, conversationId, userId) + "\n" + runId);
        return WebEncoders64.Encode(protector.Protect(payload, time.GetUtcNow() + Lifetime));
    }

    /// <summary>Checks a submitted token.</summary>
    /// <returns>The run id the card was made for, or <c>null</c> when the token is missing, forged, expired, or
    /// belongs to another user or conversation.</returns>
    public string? Validate(string? token, string channel, string conversationId, string userId)
    {
        if (string.IsNullOrEmpty(token) || !WebEncoders64.TryDecode(token, out var bytes))
        {
            return null;
        }

        byte[] payload;
        try
        {
            payload = protector.Unprotect(bytes, out var expiration);
            if (expiration < time.GetUtcNow())
            {
                return null;
            }
        }
        catch (CryptographicException)
        {
            return null;
        }

        var text = Encoding.UTF8.GetString(payload);
        var newline = text.LastIndexOf('\n');
        if (newline < 0)
        {
            return null;
        }

        var expected = Encoding.UTF8.GetBytes(Bind(channel, conversationId, userId));
        var actual = Encoding.UTF8.GetBytes(text[..newline]);
        return CryptographicOperations.FixedTimeEquals(expected, actual) ? text[(newline + 1)..] : null;
    }

    private static string Bind(string channel, string conversationId, string userId) =>
        $"{channel}\n{conversationId}\n{userId}";
}
