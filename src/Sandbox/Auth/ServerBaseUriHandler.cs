using OpenIddict.Server;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace ChatFlow.Sandbox.Auth;

/// <summary>Puts the OpenIddict server under <c>/sandbox/</c> (see <see cref="SandboxBaseUri"/>).</summary>
internal sealed class ServerBaseUriHandler : IOpenIddictServerHandler<ProcessRequestContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; }
        = OpenIddictServerHandlerDescriptor.CreateBuilder<ProcessRequestContext>()
            .UseSingletonHandler<ServerBaseUriHandler>()
            .SetOrder(OpenIddictServerAspNetCoreHandlers.ResolveRequestUri.Descriptor.Order + 1_000)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public ValueTask HandleAsync(ProcessRequestContext context)
    {
        context.BaseUri = SandboxBaseUri.Under(context.BaseUri);
        return default;
    }
}
