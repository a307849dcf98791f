using Microsoft.Extensions.Options;

namespace ChatFlow.Integrations.Tokens;

/// <summary>The names of the configured connections (filled by <c>AddChatFlowConnection</c>).</summary>
internal sealed class ConnectionNamesOptions
{
    public HashSet<string> Names { get; } = new(StringComparer.Ordinal);
}

/// <summary>Looks up a configured connection by name, with its URLs resolved against the base address.</summary>
internal sealed class ConnectionRegistry(
    IOptionsMonitor<ConnectionOptions> options,
    IOptions<ConnectionNamesOptions> names,
    IServiceBaseAddress serviceBaseAddress)
{
    /// <exception cref="InvalidOperationException">The name is not configured.</exception>
    public ResolvedConnection Get(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!names.Value.Names.Contains(name))
        {
            var known = names.Value.Names.Count == 0 ? "none" : string.Join(", ", names.Value.Names.Order(StringComparer.Ordinal));
            throw new InvalidOperationException(
                $"Unknown connection '{name}'. Configure it under {ConnectionOptions.SectionName}:{name} (configured: {known}).");
        }

        var o = options.Get(name);
        var baseAddress = serviceBaseAddress.BaseAddress;
        Uri? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : ServiceUri.Resolve(baseAddress, value);
        return new ResolvedConnection(
            name,
            ServiceUri.WithTrailingSlash(ServiceUri.Resolve(baseAddress, o.Authority)),
            o.ClientId,
            string.IsNullOrEmpty(o.ClientSecret) ? null : o.ClientSecret,
            o.Scopes,
            Optional(o.AuthorizationEndpoint),
            Optional(o.TokenEndpoint),
            Optional(o.UserInfoEndpoint),
            ServiceUri.Resolve(baseAddress, o.CallbackPath));
    }
}

/// <summary>A connection with absolute URLs. Holds the client secret: a class, so nothing prints it.</summary>
internal sealed class ResolvedConnection(
    string name, Uri authority, string clientId, string? clientSecret, string scopes,
    Uri? authorizationEndpoint, Uri? tokenEndpoint, Uri? userInfoEndpoint, Uri redirectUri)
{
    public string Name { get; } = name;
    public Uri Authority { get; } = authority;
    public string ClientId { get; } = clientId;
    public string? ClientSecret { get; } = clientSecret;
    public string Scopes { get; } = scopes;
    public Uri? AuthorizationEndpoint { get; } = authorizationEndpoint;
    public Uri? TokenEndpoint { get; } = tokenEndpoint;
    public Uri? UserInfoEndpoint { get; } = userInfoEndpoint;
    public Uri RedirectUri { get; } = redirectUri;

    public override string ToString() => Name;
}
