using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace ChatFlow.Sandbox.Auth;

/// <summary>
/// Loads the RSA keys of the authorization server from PEM files in the data directory, creating them on first use,
/// so access tokens, codes and refresh tokens stay valid across restarts.
/// </summary>
internal sealed class SandboxKeyStore(IOptions<SandboxOptions> options, ILogger<SandboxKeyStore> logger)
{
    public const string SigningKeyFileName = "sandbox-signing.key.pem";
    public const string EncryptionKeyFileName = "sandbox-encryption.key.pem";

    private const int KeySizeBits = 2048;

    public RsaSecurityKey LoadOrCreate(string fileName)
    {
        var directory = Path.GetFullPath(options.Value.DataDirectory);
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, fileName);
        if (!File.Exists(path))
        {
            Create(path);
        }

        var rsa = RSA.Create(); // owned by the key, which lives as long as the server options
        try
        {
            rsa.ImportFromPem(File.ReadAllText(path));
        }
        catch (ArgumentException exception)
        {
            rsa.Dispose();
            throw new InvalidOperationException(
                $"The sandbox key file {path} is not a PEM RSA private key. Delete it to create a new key (tokens issued so far become invalid).",
                exception);
        }

        var key = new RsaSecurityKey(rsa);
        key.KeyId = Base64UrlEncoder.Encode(key.ComputeJwkThumbprint());
        return key;
    }

    private void Create(string path)
    {
        using var rsa = RSA.Create(KeySizeBits);
        var temporaryPath = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        var fileOptions = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            fileOptions.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var writer = new StreamWriter(temporaryPath, fileOptions))
        {
            writer.Write(rsa.ExportPkcs8PrivateKeyPem());
        }

        try
        {
            File.Move(temporaryPath, path, overwrite: false);
            SandboxLog.KeyCreated(logger, path);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temporaryPath); // another instance created it first; use theirs
        }
    }
}
