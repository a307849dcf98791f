using OpenIddict.Validation;
using OpenIddict.Validation.AspNetCore;
using static OpenIddict.Validation.OpenIddictValidationEvents;

namespace ChatFlow.Sandbox.Auth;

/// <summary>Makes token validation expect the same request-derived issuer as the server (see <see cref="SandboxBaseUri"/>).</summary>
internal sealed class ValidationBaseUriHandler : IOpenIddictValidationHandler<ProcessRequestContext>
{
    public static OpenIddictValidationHandlerDescriptor Descriptor { get; }
        = OpenIddictValidationHandlerDescriptor.CreateBuilder<ProcessRequestContext>()
            .UseSingletonHandler<ValidationBaseUriHandler>()
            .SetOrder(OpenIddictValidationAspNetCoreHandlers.ResolveRequestUri.Descriptor.Order + 1_000)
            .SetType(OpenIddictValidationHandlerType.Custom)
            .Build();

    public ValueTask HandleAsync(ProcessRequestContext context)
    {
        context.BaseUri = SandboxBaseUri.Under(context.BaseUri);
        return default;
    }
}
