using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ChatFlow.Sandbox.Auth;

/// <summary>Applies the configuration-dependent OpenIddict server settings: persisted keys, issuer, lifetimes, PKCE S256 only.</summary>
internal sealed class SandboxServerOptionsSetup(IOptions<SandboxOptions> options, SandboxKeyStore keys)
    : IConfigureOptions<OpenIddictServerOptions>
{
    public void Configure(OpenIddictServerOptions server)
    {
        var sandbox = options.Value;
        server.Issuer = sandbox.Issuer;
        server.AccessTokenLifetime = sandbox.AccessTokenLifetime;
        server.SigningCredentials.Add(new SigningCredentials(
            keys.LoadOrCreate(SandboxKeyStore.SigningKeyFileName), SecurityAlgorithms.RsaSha256));
        server.EncryptionCredentials.Add(new EncryptingCredentials(
            keys.LoadOrCreate(SandboxKeyStore.EncryptionKeyFileName), SecurityAlgorithms.RsaOAEP, SecurityAlgorithms.Aes256CbcHmacSha512));
        server.CodeChallengeMethods.Remove(CodeChallengeMethods.Plain);
    }
}
