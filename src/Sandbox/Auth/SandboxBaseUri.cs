namespace ChatFlow.Sandbox.Auth;

/// <summary>
/// Moves OpenIddict's base URI from the host root to <c>{root}/sandbox/</c>: endpoints configured relative to it
/// match only under <c>/sandbox</c> (never the host's own paths), and the issuer inferred from a request is
/// <c>{scheme}://{host}{path base}/sandbox/</c>.
/// </summary>
internal static class SandboxBaseUri
{
    public static Uri? Under(Uri? hostBaseUri)
    {
        if (hostBaseUri is not { IsAbsoluteUri: true })
        {
            return hostBaseUri;
        }

        var root = hostBaseUri.AbsoluteUri.TrimEnd('/');
        return root.EndsWith(SandboxPaths.Prefix, StringComparison.Ordinal)
            ? new Uri(root + "/", UriKind.Absolute)
            : new Uri(root + SandboxPaths.Prefix + "/", UriKind.Absolute);
    }
}
