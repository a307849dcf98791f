using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace ChatFlow.Bot.Channels.DirectLine;

/// <summary>Issues and checks Direct Line tokens: Data Protection payloads <c>{conversationId, userId}</c> with an
/// expiry. A token is valid only while both the protector's clock and <see cref="TimeProvider"/> say so.</summary>
internal sealed class DirectLineTokenService(
    IDataProtectionProvider dataProtection, TimeProvider time, IOptions<DirectLineOptions> options)
{
    /// <summary>Data Protection purpose; changing it invalidates every token.</summary>
    public const string Purpose = "ChatFlow.DirectLine.Token.v1";

    private readonly ITimeLimitedDataProtector protector =
        dataProtection.CreateProtector(Purpose).ToTimeLimitedDataProtector();

    /// <summary>Token lifetime in whole seconds (<c>expires_in</c>).</summary>
    public int ExpiresInSeconds => (int)options.Value.TokenLifetime.TotalSeconds;

    /// <summary>A new token for the user in the conversation.</summary>
    public string Issue(string conversationId, string userId)
    {
        var payload = JsonSerializer.Serialize(new TokenPayload(conversationId, userId), DirectLineJsonContext.Default.TokenPayload);
        return protector.Protect(payload, time.GetUtcNow() + options.Value.TokenLifetime);
    }

    /// <summary>Checks a token.</summary>
    /// <returns><see cref="TokenStatus.Valid"/> with the payload, <see cref="TokenStatus.Expired"/>, or
    /// <see cref="TokenStatus.Invalid"/> (forged, corrupted, or from other keys).</returns>
    public (TokenStatus Status, TokenPayload? Payload) Validate(string token)
    {
        string json;
        DateTimeOffset expiresAt;
        try
        {
            json = protector.Unprotect(token, out expiresAt);
        }
        catch (CryptographicException)
        {
            // The protector also refuses tokens past their expiry by the wall clock; they are indistinguishable
            // from forged ones here, and both are refused.
            return (TokenStatus.Invalid, null);
        }

        if (expiresAt <= time.GetUtcNow())
            return (TokenStatus.Expired, null);

        TokenPayload? payload;
        try
        {
            payload = JsonSerializer.Deserialize(json, DirectLineJsonContext.Default.TokenPayload);
        }
        catch (JsonException)
        {
            return (TokenStatus.Invalid, null);
        }

        return payload is { ConversationId.Length: > 0, UserId.Length: > 0 }
            ? (TokenStatus.Valid, payload)
            : (TokenStatus.Invalid, null);
    }
}

/// <summary>Outcome of <see cref="DirectLineTokenService.Validate"/>.</summary>
internal enum TokenStatus
{
    Invalid = 0,
    Expired = 1,
    Valid = 2,
}
