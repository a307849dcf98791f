using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;

namespace ChatFlow.Sandbox.Users;

/// <summary>The fixed demo users of the sandbox; all share the demo password <c>chatflow-demo</c>.</summary>
internal sealed class DemoUserDirectory
{
    /// <summary>Password of every demo user. A published demo value, not a secret.</summary>
    public const string DemoPassword = "chatflow-demo";

    private static readonly byte[] DemoPasswordBytes = Encoding.UTF8.GetBytes(DemoPassword);

    private readonly FrozenDictionary<string, DemoUser> _users = new DemoUser[]
    {
        new("alice", "Alice Kim", "alice@acme.example", ["employee"], "bob"),
        new("bob", "Bob Lee", "bob@acme.example", ["employee", "manager"], null),
        new("carol", "Carol Park", "carol@acme.example", ["employee", "finance"], null),
        new("dave", "Dave Choi", "dave@acme.example", ["employee", "admin"], null),
    }.ToFrozenDictionary(user => user.Username, StringComparer.Ordinal);

    /// <summary>The user with this username, or <see langword="null"/>.</summary>
    public DemoUser? Find(string username) => _users.GetValueOrDefault(username);

    /// <summary>The user if <paramref name="password"/> is theirs (compared in constant time), else <see langword="null"/>.</summary>
    public DemoUser? Authenticate(string username, string password)
    {
        var passwordMatches = CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(password), DemoPasswordBytes);
        return passwordMatches ? Find(username) : null;
    }
}
