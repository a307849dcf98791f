using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace ChatFlow.Integrations.Tokens;

/// <summary>PKCE (RFC 7636, https://www.rfc-editor.org/rfc/rfc7636) with the S256 method.</summary>
internal static class Pkce
{
    /// <summary>A random <c>code_verifier</c>: 32 random bytes, base64url, 43 characters (§4.1).</summary>
    public static string CreateVerifier() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    /// <summary><c>BASE64URL(SHA256(ASCII(code_verifier)))</c> (§4.2).</summary>
    public static string ComputeS256Challenge(string codeVerifier)
    {
        ArgumentException.ThrowIfNullOrEmpty(codeVerifier);
        return Base64Url.EncodeToString(SHA256.HashData(Encoding.ASCII.GetBytes(codeVerifier)));
    }

    /// <summary>A random opaque id (the OAuth <c>state</c>): 32 random bytes, base64url.</summary>
    public static string CreateId() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
}
