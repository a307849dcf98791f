namespace ChatFlow.Integrations.Tokens;

/// <summary>Resolves configured URLs that may be absolute or relative to ChatFlow's base address.</summary>
internal static class ServiceUri
{
    /// <summary>An absolute http(s) URL as is; anything else appended to the base address's path.</summary>
    public static Uri Resolve(Uri baseAddress, string value)
    {
        ArgumentNullException.ThrowIfNull(baseAddress);
        ArgumentException.ThrowIfNullOrWhiteSpace(value);

        // On Unix "/x" parses as an absolute file:// URI, so only http(s) counts as absolute here.
        if (Uri.TryCreate(value, UriKind.Absolute, out var absolute)
            && (absolute.Scheme == Uri.UriSchemeHttp || absolute.Scheme == Uri.UriSchemeHttps))
        {
            return absolute;
        }

        return new Uri(WithTrailingSlash(baseAddress), value.TrimStart('/'));
    }

    /// <summary>The URL with a path ending in <c>/</c>, so relative references append to it.</summary>
    public static Uri WithTrailingSlash(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        if (!uri.IsAbsoluteUri)
        {
            throw new InvalidOperationException($"The service base address '{uri}' must be an absolute URL.");
        }

        return uri.AbsolutePath.EndsWith('/') ? uri : new UriBuilder(uri) { Path = uri.AbsolutePath + "/" }.Uri;
    }
}
