using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace ChatFlow.Bot.Channels.DirectLine;

/// <summary>The Direct Line secret: configured, or generated once and kept in the data directory. A class (not a
/// record) so that it never prints the secret.</summary>
internal sealed class DirectLineSecret
{
    /// <summary>File name inside the data directory.</summary>
    public const string FileName = "directline.secret";

    private readonly Lazy<byte[]> secret;

    public DirectLineSecret(IOptions<DirectLineOptions> options, IOptions<DirectLineDataDirectoryOptions> data)
    {
        var configured = options.Value.Secret;
        var directory = data.Value.DataDirectory;
        secret = new Lazy<byte[]>(() => Encoding.UTF8.GetBytes(
            string.IsNullOrEmpty(configured) ? LoadOrCreate(Path.Combine(directory, FileName)) : configured));
    }

    /// <summary>Whether <paramref name="candidate"/> is the secret (constant-time comparison).</summary>
    public bool Matches(string candidate)
    {
        var expected = secret.Value;
        var actual = Encoding.UTF8.GetBytes(candidate);
        return CryptographicOperations.FixedTimeEquals(expected, actual);
    }

    /// <summary>Reads the secret file, creating it with 32 random bytes (base64url) if it does not exist yet.</summary>
    internal static string LoadOrCreate(string path)
    {
        if (File.Exists(path))
            return ReadExisting(path);

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var value = Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        try
        {
            var fileOptions = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
                fileOptions.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            using var stream = new FileStream(path, fileOptions);
            stream.Write(Encoding.ASCII.GetBytes(value));
            return value;
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process created it first: use theirs.
            return ReadExisting(path);
        }
    }

    private static string ReadExisting(string path)
    {
        var value = File.ReadAllText(path).Trim();
        return value.Length >= 32
            ? value
            : throw new InvalidOperationException(
                $"The Direct Line secret file '{path}' holds fewer than 32 characters; delete it to generate a new one or set ChatFlow:DirectLine:Secret.");
    }

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
