using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace ChatFlow.Integrations.Tokens;

/// <summary>Encrypts user tokens and PKCE verifiers with ASP.NET Core Data Protection.</summary>
internal sealed class TokenProtector(IDataProtectionProvider provider)
{
    /// <summary>Data Protection purpose of stored access and refresh tokens.</summary>
    public const string TokensPurpose = "ChatFlow.Tokens.v1";

    /// <summary>Data Protection purpose of PKCE code verifiers in pending sign-ins.</summary>
    public const string PkcePurpose = "ChatFlow.Tokens.Pkce.v1";

    private readonly IDataProtector tokens = provider.CreateProtector(TokensPurpose);
    private readonly IDataProtector pkce = provider.CreateProtector(PkcePurpose);

    public string ProtectTokens(string accessToken, string? refreshToken) =>
        tokens.Protect(JsonSerializer.Serialize(
            new ProtectedTokenPayload { AccessToken = accessToken, RefreshToken = refreshToken },
            OAuthJsonContext.Default.ProtectedTokenPayload));

    /// <exception cref="System.Security.Cryptography.CryptographicException">The key is gone or the blob was tampered with.</exception>
    public ProtectedTokenPayload UnprotectTokens(string protectedTokens)
    {
        var json = tokens.Unprotect(protectedTokens);
        return JsonSerializer.Deserialize(json, OAuthJsonContext.Default.ProtectedTokenPayload)
            ?? throw new JsonException("The stored token payload is empty.");
    }

    public string ProtectVerifier(string codeVerifier) => pkce.Protect(codeVerifier);

    /// <exception cref="System.Security.Cryptography.CryptographicException">The key is gone or the blob was tampered with.</exception>
    public string UnprotectVerifier(string protectedVerifier) => pkce.Unprotect(protectedVerifier);
}
