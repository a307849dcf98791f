namespace ChatFlow.Bot.Admin;

/// <summary>Who may call the admin API (<c>ChatFlow:Admin</c>).</summary>
public sealed class AdminOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "ChatFlow:Admin";

    /// <summary>The OpenID Connect issuer whose bearer tokens are accepted (its discovery document is read from
    /// <c>{Authority}.well-known/openid-configuration</c>).</summary>
    /// <value>Default <c>null</c>: the host's own sandbox, <c>{host}/sandbox/</c>.</value>
    public Uri? Authority { get; set; }

    /// <summary>Audience the token must carry, or <c>null</c> (the default) to accept any audience of that issuer.</summary>
    public string? Audience { get; set; }
}
