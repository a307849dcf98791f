using ChatFlow.Integrations.Tokens;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace ChatFlow.Bot.Hosting;

/// <summary>The host's public base URL: <see cref="ChatFlowOptions.PublicBaseUrl"/> when configured, else the
/// first address the server listens on (a wildcard host such as <c>+</c>, <c>*</c>, <c>0.0.0.0</c> or <c>[::]</c>
/// is shown as <c>localhost</c>). Always ends with <c>/</c>.</summary>
internal sealed class ServerBaseAddress(IOptions<ChatFlowOptions> options, IServer server) : IServiceBaseAddress
{
    private Uri? resolved;

    /// <inheritdoc />
    public Uri BaseAddress => resolved ??= Resolve();

    private Uri Resolve()
    {
        if (options.Value.PublicBaseUrl is { } configured)
        {
            return WithSlash(configured);
        }

        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("The server has no listening address yet; set ChatFlow:PublicBaseUrl.");
        var builder = new UriBuilder(address.Replace("://+", "://localhost", StringComparison.Ordinal)
            .Replace("://*", "://localhost", StringComparison.Ordinal));
        if (builder.Host is "0.0.0.0" or "[::]" or "::")
        {
            builder.Host = "localhost";
        }

        return WithSlash(builder.Uri);
    }

    private static Uri WithSlash(Uri uri) =>
        uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
}
